package dev.messagepolicy.maven;

import dev.messagepolicy.engine.PolicyEngine;
import dev.messagepolicy.engine.report.Report;
import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The module's findings as a Maven site report page ({@code message-policy.html}), for
 * {@code <reporting>} in the POM or {@code mvn site}. It takes the same rule settings as
 * {@code check} and shows the same findings, but never fails the build: a template that breaks
 * a rule, or a catalog that cannot be read, is shown on the page.
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

  /** Skips the report. */
  @Parameter(property = "message-policy.skip", defaultValue = "false")
  private boolean skip;

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
   * The largest template file that is read (a larger one is reported, not read), and the most a
   * subject or body may have with its partials inlined: bytes, or with {@code KB} or {@code MB}
   * ({@code 2MB}); by default 1 MB.
   */
  @Parameter(property = "message-policy.maxTemplateBytes")
  private String maxTemplateBytes;

  /** The class output, where the processor writes the catalog manifest. */
  @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
  private File classesDirectory;

  /** The project's resource directories, where template classes' body resources are looked up first. */
  @Parameter(defaultValue = "${project.resources}", readonly = true, required = true)
  private List<Resource> resources;

  @Override
  public String getOutputName() {
    return "message-policy";
  }

  @Override
  public String getName(Locale locale) {
    return SiteReportRenderer.TITLE;
  }

  @Override
  public String getDescription(Locale locale) {
    return "Findings of the marketplace messaging rules in the buyer-seller message templates.";
  }

  @Override
  public boolean canGenerateReport() {
    return !skip;
  }

  @Override
  protected void executeReport(Locale locale) throws MavenReportException {
    SiteReportRenderer renderer = new SiteReportRenderer(getSink());
    PolicySettings settings =
        new PolicySettings(marketplace, rules, allowedLinkDomains, templateDirectories, maxTemplateBytes);
    ModuleLayout module = ModuleLayout.of(getProject().getBasedir().toPath(), classesDirectory.toPath(), resources);
    Optional<Report> report;
    try {
      PolicyEngine engine = settings.engine(getClass().getClassLoader());
      report = ModuleCheck.run(engine, settings, module);
    } catch (MojoExecutionException e) {
      // The report never fails the build; the page says what went wrong instead.
      getLog().warn("message-policy report: " + e.getMessage());
      renderer.renderNotice("The templates could not be checked: " + e.getMessage());
      return;
    }
    if (report.isPresent()) {
      renderer.render(report.get());
    } else {
      renderer.renderNotice("This module has no message templates.");
    }
  }
}
