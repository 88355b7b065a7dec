package dev.messagepolicy.maven;

import dev.messagepolicy.engine.PolicyEngine;
import dev.messagepolicy.engine.report.Report;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the module's current findings to the baseline file, so that {@code check} from then on
 * fails only on new ones: the way to adopt the rules in a codebase that already breaks some.
 * Run it after compilation, so that the processor's catalog is there:
 * {@code mvn compile message-policy:baseline}. The file is meant to be committed; it is written
 * deterministically (sorted, no line numbers), so it changes only when findings do.
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends AbstractPolicyMojo {

  /** The baseline file to write; {@code check} reads the same parameter. */
  @Parameter(property = "message-policy.baseline", defaultValue = "${project.basedir}/" + BaselineFile.DEFAULT_NAME)
  private File baseline;

  /** The project's base directory: template ids and report paths are relative to it. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  private File basedir;

  /** The class output, where the processor writes the catalog manifest. */
  @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
  private File classesDirectory;

  /** The project's resource directories, where template classes' body resources are looked up first. */
  @Parameter(defaultValue = "${project.resources}", readonly = true, required = true)
  private List<Resource> resources;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("message-policy: skipped");
      return;
    }
    PolicyEngine engine = settings().engine(getClass().getClassLoader());
    ModuleLayout module = ModuleLayout.of(basedir.toPath(), classesDirectory.toPath(), resources);
    Optional<Report> report = ModuleCheck.run(engine, settings(), module);
    if (report.isEmpty()) {
      getLog().debug("message-policy: no templates in this module, no baseline written");
      return;
    }
    Path file = baseline.toPath();
    Baseline written = Baseline.of(report.get().findings());
    BaselineFile.write(file, written);
    getLog().info("message-policy: baseline of " + report.get().findings().size() + " findings written to " + file);
  }
}
