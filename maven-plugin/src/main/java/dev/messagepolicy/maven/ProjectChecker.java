package dev.messagepolicy.maven;

import dev.messagepolicy.engine.PolicyEngine;
import dev.messagepolicy.engine.TemplateResult;
import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.report.CatalogManifest;
import dev.messagepolicy.engine.report.Report;
import dev.messagepolicy.engine.source.DirectoryTemplateLocator;
import dev.messagepolicy.engine.source.SourcePosition;
import dev.messagepolicy.engine.source.Suppression;
import dev.messagepolicy.engine.source.TemplateMetadata;
import dev.messagepolicy.engine.source.TemplateSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a module: re-checks the catalog's template classes, checks the standalone template
 * files, then runs the rules that span templates over both together, and gathers it all into
 * one {@link Report}. No Maven types here, so that tests can drive it directly.
 */
final class ProjectChecker {

  private final PolicyEngine engine;
  private final Path basedir;
  private final List<Path> resourceRoots;
  private final long maxBytes;

  /**
   * @param resourceRoots where class templates' resources are looked up, in order: the module's
   *     resource directories, then its class output
   */
  ProjectChecker(PolicyEngine engine, Path basedir, List<Path> resourceRoots, long maxBytes) {
    this.engine = engine;
    this.basedir = basedir.toAbsolutePath().normalize();
    this.resourceRoots = resourceRoots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    this.maxBytes = maxBytes;
  }

  /**
   * The module's templates checked one by one, before the rules that span templates.
   *
   * @param templates the templates as the report lists them
   * @param findings their findings, paths relative to the project
   * @param sources every checked template, for the rules that span templates
   * @param suppressed the findings that suppressions silenced, with their justifications
   */
  record Checked(List<Report.TemplateEntry> templates, List<Finding> findings, List<TemplateSource> sources,
      List<Report.Suppressed> suppressed) {}

  Report check(List<CatalogManifest.Entry> catalog, List<StandaloneTemplate> standalone) {
    Checked checked = checkTemplates(catalog, standalone);
    List<Finding> findings = new ArrayList<>(checked.findings());
    engine.checkCatalog(checked.sources()).stream().map(this::relative).forEach(findings::add);
    return new Report(checked.templates(), findings, checked.suppressed());
  }

  /** Checks each template on its own; {@link #check} adds the rules that span templates. */
  Checked checkTemplates(List<CatalogManifest.Entry> catalog, List<StandaloneTemplate> standalone) {
    List<Report.TemplateEntry> templates = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    List<TemplateSource> all = new ArrayList<>();
    List<Report.Suppressed> suppressed = new ArrayList<>();

    DirectoryTemplateLocator resources = new DirectoryTemplateLocator(resourceRoots, basedir, maxBytes);
    Set<Path> bodiesOfClasses = new HashSet<>();
    for (CatalogManifest.Entry entry : catalog) {
      TemplateSource source = entry.source();
      check(source, resources, templates, findings, suppressed);
      all.add(source);
      if (source.body() instanceof TemplateSource.Resource resource) {
        resolve(resource.path()).ifPresent(bodiesOfClasses::add);
      }
    }
    for (StandaloneTemplate template : standalone) {
      // A file that a class names as its body is that class's template, checked above.
      if (bodiesOfClasses.contains(template.file().toAbsolutePath().normalize())) {
        continue;
      }
      List<Path> roots = new ArrayList<>();
      roots.add(template.directory().toAbsolutePath().normalize());
      roots.addAll(resourceRoots);
      check(template.source(), new DirectoryTemplateLocator(roots, basedir, maxBytes), templates, findings, suppressed);
      all.add(template.source());
    }
    return new Checked(templates, findings.stream().map(this::relative).toList(), all, suppressed);
  }

  private void check(TemplateSource source, DirectoryTemplateLocator locator, List<Report.TemplateEntry> templates,
      List<Finding> findings, List<Report.Suppressed> suppressed) {
    TemplateResult result = engine.check(source, locator);
    findings.addAll(result.findings());
    TemplateMetadata metadata = source.metadata();
    for (Finding silenced : result.suppressed()) {
      String justification = metadata.suppressions().stream().filter(s -> s.covers(silenced.rule()))
          .map(Suppression::justification).findFirst().orElse("");
      suppressed.add(new Report.Suppressed(relative(silenced), justification));
    }
    templates.add(new Report.TemplateEntry(source.id(), relative(result.bodyFile()),
        metadata.reason() == null ? null : metadata.reason().name(), metadata.critical(),
        metadata.marketplace().name(), metadata.variantGroup()));
  }

  /** The file a class-path resource path names, the way the locator finds it (first root wins). */
  private Optional<Path> resolve(String resourcePath) {
    for (Path root : resourceRoots) {
      Path candidate = root.resolve(resourcePath).normalize();
      if (candidate.startsWith(root) && Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Report paths are relative to the project (DESIGN.md); a catalog may carry absolute ones. */
  private Finding relative(Finding finding) {
    SourcePosition position = finding.position();
    String file = relative(position.file());
    if (file.equals(position.file())) {
      return finding;
    }
    return new Finding(finding.rule(), finding.severity(), finding.templateId(),
        new SourcePosition(file, position.line(), position.column()), finding.anchor(), finding.message(),
        finding.excerpt(), finding.hint(), finding.sourceLine());
  }

  private String relative(String file) {
    if (file == null || file.isEmpty()) {
      return file;
    }
    Path path = Path.of(file);
    return path.isAbsolute() && path.normalize().startsWith(basedir)
        ? DirectoryTemplateLocator.relativeName(path, basedir)
        : file;
  }
}
