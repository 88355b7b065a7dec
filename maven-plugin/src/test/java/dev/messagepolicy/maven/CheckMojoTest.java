package dev.messagepolicy.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.messagepolicy.engine.report.CatalogManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** The check goal run through the plugin testing harness, on the test projects under {@code unit/}. */
@MojoTest
class CheckMojoTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RecordingLog log = new RecordingLog();

  @Test
  @Basedir("/unit/standalone")
  @InjectMojo(goal = "check", pom = "pom.xml")
  void violationInStandaloneTemplateFailsWithTheCount(CheckMojo mojo) throws Exception {
    Path basedir = prepare(mojo);

    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

    assertTrue(failure.getMessage().startsWith("3 message-policy violations"), failure.getMessage());
    Path template = basedir.resolve("src/main/message-templates/review-request.mustache");
    assertTrue(log.errors().contains(template + ":[9,30] [no-links] links are not allowed in buyer messages: "
        + "\"www.my-shop.de\""), log.lines.toString());
    assertEquals(3, log.errors().size(), log.lines.toString());
    assertTrue(Files.isRegularFile(basedir.resolve("target/message-policy/report.json")),
        "the report is written before the build fails");
  }

  @Test
  @Basedir("/unit/standalone")
  @InjectMojo(goal = "check", pom = "pom.xml")
  @MojoParameter(name = "failOnSeverity", value = "NONE")
  void failOnSeverityNoneReportsWithoutFailing(CheckMojo mojo) throws Exception {
    Path basedir = prepare(mojo);

    mojo.execute();

    JsonNode report = JSON.readTree(basedir.resolve("target/message-policy/report.json").toFile());
    assertEquals(1, report.path("schemaVersion").asInt());
    assertEquals(2, report.path("summary").path("templates").asInt());
    assertEquals(3, report.path("summary").path("errors").asInt());
    List<String> findings = new ArrayList<>();
    report.path("findings").forEach(f -> findings.add(f.path("rule").asText() + " " + f.path("file").asText() + ":"
        + f.path("line").asInt() + ":" + f.path("column").asInt()));
    assertEquals(List.of(
        "one-message-per-order src/main/message-templates/orders/follow-up.mustache:2:9",
        "one-message-per-order src/main/message-templates/review-request.mustache:2:9",
        "no-links src/main/message-templates/review-request.mustache:9:30"), findings);
    JsonNode first = report.path("templates").get(0);
    assertEquals("src/main/message-templates/orders/follow-up.mustache", first.path("id").asText());
    assertEquals("REVIEW_REQUEST", first.path("reason").asText());
    assertEquals("DE", first.path("marketplace").asText());
  }

  @Test
  @Basedir("/unit/standalone")
  @InjectMojo(goal = "check", pom = "pom.xml")
  @MojoParameter(name = "rules", value = "no-links=WARNING,one-message-per-order=OFF")
  void ruleOverridesChangeWhatFails(CheckMojo mojo) throws Exception {
    Path basedir = prepare(mojo);

    mojo.execute();

    assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("[WARNING] ") && l.contains("[no-links]")), log.lines.toString());
    assertTrue(Files.isRegularFile(basedir.resolve("target/message-policy/report.json")));
  }

  @Test
  @Basedir("/unit/standalone")
  @InjectMojo(goal = "check", pom = "pom.xml")
  @MojoParameter(name = "failOnSeverity", value = "WARNING")
  @MojoParameter(name = "rules", value = "no-links=WARNING,one-message-per-order=OFF")
  void failOnSeverityWarningCountsWarnings(CheckMojo mojo) throws Exception {
    prepare(mojo);

    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

    assertTrue(failure.getMessage().startsWith("1 message-policy violation "), failure.getMessage());
  }

  @Test
  @Basedir("/unit/standalone")
  @InjectMojo(goal = "check", pom = "pom.xml")
  @MojoParameter(name = "skip", value = "true")
  void skipDoesNothing(CheckMojo mojo) throws Exception {
    Path basedir = prepare(mojo);

    mojo.execute();

    assertFalse(Files.exists(basedir.resolve("target/message-policy")));
    assertEquals(List.of("[INFO] message-policy: skipped"), log.lines);
  }

  @Test
  @Basedir("/unit/empty")
  @InjectMojo(goal = "check", pom = "pom.xml")
  void moduleWithoutTemplatesPassesQuietly(CheckMojo mojo) throws Exception {
    Path basedir = prepare(mojo);

    mojo.execute();

    assertEquals(List.of(), log.lines);
    assertFalse(Files.exists(basedir.resolve("target/message-policy")));
  }

  @Test
  @Basedir("/unit/catalog")
  @InjectMojo(goal = "check", pom = "pom.xml")
  @MojoParameter(name = "failOnSeverity", value = "NONE")
  void catalogTemplatesAreRecheckedTogetherWithStandaloneOnes(CheckMojo mojo) throws Exception {
    Path basedir = prepare(mojo);
    Path manifest = basedir.resolve("target/classes").resolve(CatalogManifest.PATH);
    Files.createDirectories(manifest.getParent());
    Files.copy(basedir.resolve("catalog.json"), manifest, StandardCopyOption.REPLACE_EXISTING);

    mojo.execute();

    JsonNode report = JSON.readTree(basedir.resolve("target/message-policy/report.json").toFile());
    List<String> templates = new ArrayList<>();
    report.path("templates").forEach(t -> templates.add(t.path("id").asText() + " " + t.path("source").asText()));
    assertEquals(List.of(
        "com.shop.EngravingQuestion src/main/resources/messages/engraving-question.mustache",
        "com.shop.ReviewRequest src/main/java/com/shop/ReviewRequest.java",
        "src/main/message-templates/review-reminder.mustache src/main/message-templates/review-reminder.mustache"),
        templates);
    List<String> findings = new ArrayList<>();
    report.path("findings").forEach(f -> findings.add(f.path("rule").asText() + " " + f.path("template").asText()
        + " " + f.path("file").asText() + ":" + f.path("line").asInt()));
    assertTrue(findings.contains(
        "no-links com.shop.EngravingQuestion src/main/resources/messages/engraving-question.mustache:4"), findings.toString());
    // One routine message from a class and one from a file: the cross-template rule sees both.
    assertTrue(findings.contains("one-message-per-order com.shop.ReviewRequest src/main/java/com/shop/ReviewRequest.java:8"),
        findings.toString());
    assertTrue(findings.contains("one-message-per-order src/main/message-templates/review-reminder.mustache "
        + "src/main/message-templates/review-reminder.mustache:2"), findings.toString());
  }

  @Test
  @Basedir("/unit/catalog")
  @InjectMojo(goal = "check", pom = "pom.xml")
  void malformedCatalogIsASetupError(CheckMojo mojo) throws Exception {
    Path basedir = prepare(mojo);
    Path manifest = basedir.resolve("target/classes").resolve(CatalogManifest.PATH);
    Files.createDirectories(manifest.getParent());
    Files.writeString(manifest, "{\"schemaVersion\": 1, \"templates\": [ {\"id\": ");

    MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

    assertTrue(error.getMessage().startsWith("cannot read the message-policy catalog "), error.getMessage());
    assertTrue(error.getMessage().contains("catalog.json"), error.getMessage());
  }

  @Test
  @Basedir("/unit/standalone")
  @InjectMojo(goal = "check", pom = "pom.xml")
  @MojoParameter(name = "rules", value = "no-linkz=OFF")
  void unknownRuleIsASetupError(CheckMojo mojo) throws Exception {
    prepare(mojo);

    MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

    assertTrue(error.getMessage().contains("unknown rule 'no-linkz'"), error.getMessage());
  }

  @Test
  @Basedir("/unit/standalone")
  @InjectMojo(goal = "check", pom = "pom.xml")
  @MojoParameter(name = "marketplace", value = "ATLANTIS")
  void unknownMarketplaceIsASetupError(CheckMojo mojo) throws Exception {
    prepare(mojo);

    MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

    assertTrue(error.getMessage().contains("'ATLANTIS'"), error.getMessage());
  }

  /** Sends the mojo's log to {@link #log} and clears what earlier runs left in the project's target. */
  private Path prepare(CheckMojo mojo) throws IOException, IllegalAccessException {
    mojo.setLog(log);
    Path basedir = ((java.io.File) MojoExtension.getVariableValueFromObject(mojo, "basedir")).toPath();
    TestTrees.delete(basedir.resolve("target"));
    return basedir;
  }
}
