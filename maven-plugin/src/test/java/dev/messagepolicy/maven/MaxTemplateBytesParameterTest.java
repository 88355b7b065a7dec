package dev.messagepolicy.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.messagepolicy.engine.PolicyConfig;
import dev.messagepolicy.engine.PolicyEngine;
import dev.messagepolicy.engine.report.Report;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/**
 * The {@code maxTemplateBytes} parameter ({@code message-policy.maxTemplateBytes}): a template
 * file over the limit is reported at 1:1 with its size and the limit, and not read; a mistyped
 * size is a setup error. {@code unit/standalone} holds two files, of 193 and 239 bytes.
 */
@MojoTest
class MaxTemplateBytesParameterTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OVER = "src/main/message-templates/review-request.mustache";

  private final RecordingLog log = new RecordingLog();

  @Test
  @Basedir("/unit/standalone")
  @InjectMojo(goal = "check", pom = "pom.xml")
  @MojoParameter(name = "maxTemplateBytes", value = "200")
  @MojoParameter(name = "failOnSeverity", value = "NONE")
  void aFileOverTheLimitIsReportedAtItsStartAndNotRead(CheckMojo mojo) throws Exception {
    Path basedir = prepare(mojo);

    mojo.execute();

    assertTrue(log.errors().contains(basedir.resolve(OVER) + ":[1,1] [template-syntax] " + OVER
        + " is 239 bytes, over the limit of 200 bytes (maxTemplateBytes); it is not read"),
        log.lines.toString());
    // Not read: the link on its line 9 is not seen.
    assertEquals(List.of("template-syntax " + OVER + ":1:1"), findingsOf(basedir, OVER));
  }

  @Test
  @Basedir("/unit/standalone")
  @InjectMojo(goal = "check", pom = "pom.xml")
  @MojoParameter(name = "maxTemplateBytes", value = "1KB")
  @MojoParameter(name = "failOnSeverity", value = "NONE")
  void aFileWithinTheLimitIsChecked(CheckMojo mojo) throws Exception {
    Path basedir = prepare(mojo);

    mojo.execute();

    assertEquals(List.of("one-message-per-order " + OVER + ":2:9", "no-links " + OVER + ":9:30"),
        findingsOf(basedir, OVER));
  }

  @Test
  @Basedir("/unit/standalone")
  @InjectMojo(goal = "check", pom = "pom.xml")
  @MojoParameter(name = "maxTemplateBytes", value = "lots")
  void aMistypedSizeIsASetupError(CheckMojo mojo) throws Exception {
    prepare(mojo);

    MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

    assertEquals("message-policy.maxTemplateBytes: 'lots' is not a size such as 7340032, 7MB or 500KB",
        error.getMessage());
  }

  /** {@code report}, {@code baseline} and {@code aggregate} take the setting through {@link PolicySettings}. */
  @Test
  void theOtherGoalsUseTheSameLimit() throws Exception {
    Path basedir = Path.of("src/test/resources/unit/standalone").toAbsolutePath();
    PolicySettings settings = new PolicySettings("DE", "", "", "src/main/message-templates", "200");
    PolicyEngine engine = settings.engine(getClass().getClassLoader());

    Report report = ModuleCheck.run(engine, settings, ModuleLayout.of(basedir, basedir.resolve("target/classes"),
        List.of())).orElseThrow();

    assertEquals(200, engine.config().maxTemplateBytes());
    assertTrue(report.findings().stream().anyMatch(f -> f.rule().equals("template-syntax")
        && f.position().toString().equals(OVER + ":1:1") && f.message().contains("over the limit of 200 bytes")),
        report.findings().toString());
    assertEquals(PolicyConfig.DEFAULT_MAX_TEMPLATE_BYTES,
        new PolicySettings("DE", "", "", "").engine(getClass().getClassLoader()).config().maxTemplateBytes());
  }

  private static List<String> findingsOf(Path basedir, String file) throws IOException {
    JsonNode report = JSON.readTree(basedir.resolve("target/message-policy/report.json").toFile());
    List<String> findings = new ArrayList<>();
    report.path("findings").forEach(f -> {
      if (f.path("file").asText().equals(file)) {
        findings.add(f.path("rule").asText() + " " + file + ":" + f.path("line").asInt() + ":" + f.path("column").asInt());
      }
    });
    return findings;
  }

  /** Sends the mojo's log to {@link #log} and clears what earlier runs left in the project's target. */
  private Path prepare(CheckMojo mojo) throws IOException, IllegalAccessException {
    mojo.setLog(log);
    Path basedir = ((File) MojoExtension.getVariableValueFromObject(mojo, "basedir")).toPath();
    TestTrees.delete(basedir.resolve("target"));
    return basedir;
  }
}
