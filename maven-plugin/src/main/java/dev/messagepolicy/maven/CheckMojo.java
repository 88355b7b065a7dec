package dev.messagepolicy.maven;

import dev.messagepolicy.engine.PolicyConfig;
import dev.messagepolicy.engine.PolicyEngine;
import dev.messagepolicy.engine.finding.FailOnSeverity;
import dev.messagepolicy.engine.finding.Severity;
import dev.messagepolicy.engine.report.CatalogManifest;
import dev.messagepolicy.engine.report.ReportContext;
import dev.messagepolicy.engine.report.ReportFormat;
import dev.messagepolicy.engine.report.RuleCounts;
import dev.messagepolicy.engine.report.SourceLines;
import dev.messagepolicy.engine.report.Report;
import dev.messagepolicy.engine.rules.RuleRegistry;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the module's message templates against the marketplace's messaging rules: the template
 * classes listed in the catalog manifest that the annotation processor wrote, and the standalone
 * template files in the template directories. Runs the rules that span templates (one message
 * per order) over both, writes {@code report.json}, prints each finding and fails the build when
 * a finding reaches {@code failOnSeverity}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {

  /** Skips the check. */
  @Parameter(property = "message-policy.skip", defaultValue = "false")
  private boolean skip;

  /**
   * The lowest severity that fails the build: {@code ERROR}, {@code WARNING}, or {@code NONE}
   * to report only.
   */
  @Parameter(property = "message-policy.failOnSeverity", defaultValue = "ERROR")
  private String failOnSeverity;

  /**
   * The marketplace of templates that do not name one, for instance {@code DE}. Without it, the
   * engine's default ({@code US}) applies.
   */
  @Parameter(property = "message-policy.marketplace")
  private String marketplace;

  /**
   * Comma-separated directories, relative to the project, whose {@code *.mustache} files are
   * checked as standalone templates (with optional front matter). Missing directories are
   * skipped.
   */
  @Parameter(property = "message-policy.templateDirectories", defaultValue = "src/main/message-templates")
  private String templateDirectories;

  /**
   * The report formats to write, comma-separated: {@code json}, {@code html}, {@code sarif},
   * {@code junit} (one test case per template, one failure per finding) and {@code markdown} (a
   * short summary for CI pages and pull-request comments).
   */
  @Parameter(property = "message-policy.formats", defaultValue = ReportFormat.DEFAULT)
  private String formats;

  /** Where the reports are written. */
  @Parameter(property = "message-policy.outputDirectory", defaultValue = "${project.build.directory}/message-policy")
  private File outputDirectory;

  /**
   * Per-rule severity overrides, comma-separated {@code <rule-id>=<ERROR|WARNING|NOTE|OFF>}, for
   * instance {@code no-links=WARNING,one-message-per-order=OFF}.
   */
  @Parameter(property = "message-policy.rules")
  private String rules;

  /**
   * Comma-separated domains that {@code no-links} lets pass, with their subdomains, for instance
   * {@code amazon.de}.
   */
  @Parameter(property = "message-policy.allowedLinkDomains")
  private String allowedLinkDomains;

  /**
   * The baseline file ({@code message-policy:baseline} writes it): findings it lists are accepted
   * and only new ones fail the build. Matched by rule, template and excerpt, not by line. No file,
   * no baseline.
   */
  @Parameter(property = "message-policy.baseline", defaultValue = "${project.basedir}/" + BaselineFile.DEFAULT_NAME)
  private File baseline;

  /**
   * A directory of the shop's own phrases for the phrase rules, added to the built-in ones:
   * {@code <rule>/<language>.txt} files in the built-in packs' format, for instance
   * {@code src/message-policy/phrases/no-promotions/de.txt}.
   */
  @Parameter(property = "message-policy.phrases")
  private File phrases;

  /**
   * The largest attachment that {@code attachment-limits} accepts: bytes, or with {@code KB} or
   * {@code MB} ({@code 10MB}); by default 7 MB, the stricter of the published limits.
   */
  @Parameter(property = "message-policy.maxAttachmentBytes")
  private String maxAttachmentBytes;

  /**
   * The largest template file that is read (a larger one is reported, not read), and the most a
   * subject or body may have with its partials inlined: bytes, or with {@code KB} or {@code MB}
   * ({@code 2MB}); by default 1 MB.
   */
  @Parameter(property = "message-policy.maxTemplateBytes")
  private String maxTemplateBytes;

  /** The project's base directory: template ids and report paths are relative to it. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  private File basedir;

  /** The class output, where the processor writes the catalog manifest and resources are copied. */
  @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
  private File classesDirectory;

  /** The project's resource directories, where template classes' body resources are looked up first. */
  @Parameter(defaultValue = "${project.resources}", readonly = true, required = true)
  private List<Resource> resources;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("message-policy: skipped");
      return;
    }
    FailOnSeverity failOn = CheckSettings.failOnSeverity(failOnSeverity);
    Set<ReportFormat> reportFormats = CheckSettings.formats(formats);
    RuleRegistry registry = RuleRegistry.withServices(getClass().getClassLoader());
    PolicyConfig config = CheckSettings.policyConfig(marketplace, rules, allowedLinkDomains, registry);
    config = config.withMaxAttachmentBytes(attachmentLimit())
        .withMaxTemplateBytes(CheckSettings.templateLimit(maxTemplateBytes));
    Path base = basedir.toPath().toAbsolutePath().normalize();
    config = PhraseSettings.apply(config, phrases, base);

    List<CatalogManifest.Entry> catalog = CatalogReader.read(classesDirectory == null ? null : classesDirectory.toPath());
    List<StandaloneTemplate> standalone =
        new TemplateDirectoryScanner(base, config.marketplace(), config.maxTemplateBytes())
            .scan(templateDirectories(base));
    if (catalog.isEmpty() && standalone.isEmpty()) {
      getLog().debug("message-policy: no templates in this module");
      return;
    }

    Report report = new ProjectChecker(new PolicyEngine(config, registry), base, resourceRoots(),
        config.maxTemplateBytes()).check(catalog, standalone);
    Path written = writeReports(report, reportFormats, new ReportContext(registry.descriptors(), SourceLines.under(base)));

    FindingPrinter printer = new FindingPrinter(getLog(), base);
    report.findings().forEach(printer::print);
    long violations = BaselineFile.notAccepted(baseline == null ? null : baseline.toPath(), report.findings(), getLog())
        .stream().filter(f -> failOn.fails(f.severity())).count();
    RuleCounts.of(report).forEach(c -> getLog().info("message-policy: [" + c.rule() + "] " + c.describe()));
    getLog().info(summary(report, written));
    if (violations > 0) {
      throw new MojoFailureException(violations + " message-policy violation" + (violations == 1 ? "" : "s")
          + " (severity " + failOn.threshold().orElseThrow() + " or higher); see " + written);
    }
  }

  private List<Path> templateDirectories(Path base) {
    return CheckSettings.list(templateDirectories).stream().map(d -> base.resolve(d).normalize()).toList();
  }

  private List<Path> resourceRoots() {
    List<Path> roots = new ArrayList<>();
    if (resources != null) {
      for (Resource resource : resources) {
        if (resource.getDirectory() != null) {
          roots.add(basedir.toPath().resolve(resource.getDirectory()));
        }
      }
    }
    if (classesDirectory != null) {
      roots.add(classesDirectory.toPath());
    }
    return roots;
  }

  /** Writes every chosen format; returns the one a person opens first (HTML, else the first written). */
  private Path writeReports(Report report, Set<ReportFormat> reportFormats, ReportContext context)
      throws MojoExecutionException {
    try {
      Path first = null;
      Path html = null;
      for (ReportFormat format : reportFormats) {
        Path file = format.write(report, context, outputDirectory.toPath());
        first = first == null ? file : first;
        html = format == ReportFormat.HTML ? file : html;
      }
      return html != null ? html : first != null ? first : outputDirectory.toPath();
    } catch (IOException e) {
      throw new MojoExecutionException("cannot write the message-policy report to " + outputDirectory + ": "
          + e.getMessage(), e);
    }
  }

  private static String summary(Report report, Path written) {
    int templates = report.templates().size();
    return "message-policy: " + templates + (templates == 1 ? " template" : " templates") + " checked, "
        + report.count(Severity.ERROR) + " errors, " + report.count(Severity.WARNING) + " warnings, "
        + report.count(Severity.NOTE) + " notes; report: " + written;
  }


  private long attachmentLimit() throws MojoExecutionException {
    try {
      return PolicyConfig.parseBytes(maxAttachmentBytes);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("message-policy.maxAttachmentBytes: " + e.getMessage());
    }
  }
}
