package dev.messagepolicy.maven;

import dev.messagepolicy.engine.PolicyEngine;
import dev.messagepolicy.engine.report.Report;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.doxia.module.xhtml5.Xhtml5SinkFactory;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenReport;

/**
 * The module's findings as a Maven site report page ({@code message-policy.html}), for
 * {@code <reporting>} in the POM or {@code mvn site}. It takes the same rule settings as
 * {@code check} and shows the same findings, but never fails the build: a template that breaks
 * a rule, or a catalog that cannot be read, is shown on the page.
 *
 * <p>It implements {@link MavenReport} itself rather than extending maven-reporting-impl's base
 * class: that base class brings the site renderer (Doxia's site tools, Velocity, the archivers),
 * and Maven resolves and wires a plugin's whole dependency tree for every goal, so {@code check}
 * paid about 1.3 s for a page it never writes. Run on its own, the goal writes the page with
 * Doxia's XHTML5 sink; under {@code mvn site} the site plugin hands it the site's sink.
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractPolicyMojo implements MavenReport {

  private static final String OUTPUT_NAME = "message-policy";

  /** Where the goal run on its own writes {@code message-policy.html}; the site plugin sets its own. */
  @Parameter(property = "message-policy.reportOutputDirectory", defaultValue = "${project.build.directory}/reports")
  private File reportOutputDirectory;

  /** The class output, where the processor writes the catalog manifest. */
  @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
  private File classesDirectory;

  /** The project's resource directories, where template classes' body resources are looked up first. */
  @Parameter(defaultValue = "${project.resources}", readonly = true, required = true)
  private List<Resource> resources;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Override
  public void execute() throws MojoExecutionException {
    if (!canGenerateReport()) {
      getLog().info("message-policy report skipped");
      return;
    }
    File page = new File(reportOutputDirectory, getOutputPath() + ".html");
    try {
      // The renderer closes the sink, which writes the page's end.
      generate(new Xhtml5SinkFactory().createSink(reportOutputDirectory, page.getName()), Locale.getDefault());
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot write the message-policy report " + page + ": " + e.getMessage(), e);
    }
    getLog().info("message-policy report: " + page);
  }

  @Override
  public void generate(Sink sink, Locale locale) {
    SiteReportRenderer renderer = new SiteReportRenderer(sink);
    PolicySettings settings = settings();
    ModuleLayout module = ModuleLayout.of(project.getBasedir().toPath(), classesDirectory.toPath(), resources);
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

  @Override
  public String getOutputName() {
    return OUTPUT_NAME;
  }

  @Override
  public String getCategoryName() {
    return CATEGORY_PROJECT_REPORTS;
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
  public void setReportOutputDirectory(File directory) {
    this.reportOutputDirectory = directory;
  }

  @Override
  public File getReportOutputDirectory() {
    return reportOutputDirectory;
  }

  @Override
  public boolean isExternalReport() {
    return false;
  }

  @Override
  public boolean canGenerateReport() {
    return !skip;
  }
}
