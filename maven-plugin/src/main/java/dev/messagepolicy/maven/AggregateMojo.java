package dev.messagepolicy.maven;

import dev.messagepolicy.engine.PolicyEngine;
import dev.messagepolicy.engine.finding.FailOnSeverity;
import dev.messagepolicy.engine.finding.Severity;
import dev.messagepolicy.engine.report.JsonReportWriter;
import dev.messagepolicy.engine.report.Report;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Checks the whole reactor as one catalog and writes one report at the root: every module's
 * template classes (from the catalog manifests the processor wrote) and standalone templates,
 * and the rules that span templates across modules, such as two modules that each send a
 * routine message for the same order. Runs once, after the modules are built:
 * {@code mvn verify message-policy:aggregate}. Modules without templates pass quietly.
 */
@Mojo(name = "aggregate", aggregator = true, threadSafe = true)
public class AggregateMojo extends AbstractPolicyMojo {

  /**
   * The lowest severity that fails the build: {@code ERROR}, {@code WARNING}, or {@code NONE}
   * to report only.
   */
  @Parameter(property = "message-policy.failOnSeverity", defaultValue = "ERROR")
  private String failOnSeverity;

  /** Where the reactor's report is written. */
  @Parameter(property = "message-policy.outputDirectory", defaultValue = "${project.build.directory}/message-policy")
  private File outputDirectory;

  /** The projects of the reactor, in build order. */
  @Parameter(defaultValue = "${reactorProjects}", readonly = true, required = true)
  private List<MavenProject> reactorProjects;

  /** The reactor root's base directory: report paths are relative to it. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  private File basedir;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("message-policy: skipped");
      return;
    }
    FailOnSeverity failOn = CheckSettings.failOnSeverity(failOnSeverity);
    PolicyEngine engine = settings().engine(getClass().getClassLoader());
    Path root = basedir.toPath().toAbsolutePath().normalize();
    Report report = new ReactorCheck(engine, settings(), root)
        .check(reactorProjects.stream().map(ModuleLayout::of).toList());
    Path written;
    try {
      written = JsonReportWriter.write(report, outputDirectory.toPath());
    } catch (IOException e) {
      throw new MojoExecutionException("cannot write the message-policy report to " + outputDirectory + ": "
          + e.getMessage(), e);
    }
    FindingPrinter printer = new FindingPrinter(getLog(), root);
    report.findings().forEach(printer::print);
    long violations = report.findings().stream().filter(f -> failOn.fails(f.severity())).count();
    getLog().info("message-policy: " + reactorProjects.size() + " projects, " + report.templates().size()
        + " templates checked together, " + report.count(Severity.ERROR) + " errors, "
        + report.count(Severity.WARNING) + " warnings; report: " + written);
    if (violations > 0) {
      throw new MojoFailureException(violations + " message-policy violation" + (violations == 1 ? "" : "s")
          + " across the reactor (severity " + failOn.threshold().orElseThrow() + " or higher); see " + written);
    }
  }
}
