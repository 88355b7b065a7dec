package dev.messagepolicy.maven;

import dev.messagepolicy.engine.PolicyEngine;
import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.report.CatalogManifest;
import dev.messagepolicy.engine.report.Report;
import dev.messagepolicy.engine.source.DirectoryTemplateLocator;
import dev.messagepolicy.engine.source.SourcePosition;
import dev.messagepolicy.engine.source.TemplateSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Checks a whole reactor as one catalog: every module's templates on their own, then the rules
 * that span templates (one message per order) over all of them together, because a shop's
 * routine messages can live in different modules. Paths in the report are relative to the
 * reactor root. Modules without templates add nothing.
 */
final class ReactorCheck {

  private final PolicyEngine engine;
  private final PolicySettings settings;
  private final Path root;

  ReactorCheck(PolicyEngine engine, PolicySettings settings, Path root) {
    this.engine = engine;
    this.settings = settings;
    this.root = root.toAbsolutePath().normalize();
  }

  Report check(List<ModuleLayout> modules) throws MojoExecutionException {
    List<Report.TemplateEntry> templates = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    List<TemplateSource> sources = new ArrayList<>();
    Map<String, JavaFileOfModule> javaFiles = new HashMap<>();
    for (ModuleLayout module : modules) {
      List<CatalogManifest.Entry> catalog = CatalogReader.read(module.classesDirectory());
      // Standalone template ids are named from the root, so that equal names in two modules stay apart.
      List<StandaloneTemplate> standalone = new TemplateDirectoryScanner(root, engine.config().marketplace(),
          engine.config().maxTemplateBytes()).scan(module.templateDirectories(settings.templateDirectories()));
      if (catalog.isEmpty() && standalone.isEmpty()) {
        continue;
      }
      String prefix = DirectoryTemplateLocator.relativeName(module.basedir(), root);
      for (CatalogManifest.Entry entry : catalog) {
        javaFiles.put(entry.source().id(), new JavaFileOfModule(entry.source().file(), prefix));
      }
      ProjectChecker.Checked checked = new ProjectChecker(engine, root, module.resourceRoots(),
          engine.config().maxTemplateBytes()).checkTemplates(catalog, standalone);
      templates.addAll(checked.templates());
      findings.addAll(checked.findings());
      sources.addAll(checked.sources());
    }
    findings.addAll(engine.checkCatalog(sources));
    return new Report(
        templates.stream().map(t -> fromRoot(t, javaFiles)).toList(),
        findings.stream().map(f -> fromRoot(f, javaFiles)).toList());
  }

  /**
   * The processor names a class's source file relative to its own module
   * ({@code src/main/java/...}); from the root it is {@code <module>/src/main/java/...}.
   */
  private record JavaFileOfModule(String file, String modulePrefix) {
    String fromRoot(String name) {
      if (modulePrefix.isEmpty() || name == null || !name.equals(file) || Path.of(name).isAbsolute()) {
        return name;
      }
      return modulePrefix + "/" + name;
    }
  }

  private static Finding fromRoot(Finding finding, Map<String, JavaFileOfModule> javaFiles) {
    JavaFileOfModule javaFile = javaFiles.get(finding.templateId());
    if (javaFile == null) {
      return finding;
    }
    SourcePosition position = finding.position();
    String file = javaFile.fromRoot(position.file());
    if (file.equals(position.file())) {
      return finding;
    }
    return new Finding(finding.rule(), finding.severity(), finding.templateId(),
        new SourcePosition(file, position.line(), position.column()), finding.anchor(), finding.message(),
        finding.excerpt(), finding.hint(), finding.sourceLine());
  }

  private static Report.TemplateEntry fromRoot(Report.TemplateEntry template, Map<String, JavaFileOfModule> javaFiles) {
    JavaFileOfModule javaFile = javaFiles.get(template.id());
    if (javaFile == null) {
      return template;
    }
    return new Report.TemplateEntry(template.id(), javaFile.fromRoot(template.source()), template.reason(),
        template.critical(), template.marketplace(), template.variantGroup());
  }
}
