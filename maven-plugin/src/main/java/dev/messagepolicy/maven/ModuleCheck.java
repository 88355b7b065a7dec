package dev.messagepolicy.maven;

import dev.messagepolicy.engine.PolicyEngine;
import dev.messagepolicy.engine.report.CatalogManifest;
import dev.messagepolicy.engine.report.Report;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * What {@code check} does up to the report, for the goals that need the same findings
 * ({@code report}, {@code baseline}): the module's catalog and standalone templates, checked.
 */
final class ModuleCheck {

  private ModuleCheck() {}

  /** The module's report, or empty when the module has no templates at all. */
  static Optional<Report> run(PolicyEngine engine, PolicySettings settings, ModuleLayout module)
      throws MojoExecutionException {
    List<CatalogManifest.Entry> catalog = CatalogReader.read(module.classesDirectory());
    List<StandaloneTemplate> standalone = new TemplateDirectoryScanner(module.basedir(),
        engine.config().marketplace(), engine.config().maxTemplateBytes())
        .scan(module.templateDirectories(settings.templateDirectories()));
    if (catalog.isEmpty() && standalone.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ProjectChecker(engine, module.basedir(), module.resourceRoots(),
        engine.config().maxTemplateBytes()).check(catalog, standalone));
  }
}
