package dev.messagepolicy.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.engine.PolicyConfig;
import dev.messagepolicy.engine.PolicyEngine;
import dev.messagepolicy.engine.report.JsonReportWriter;
import dev.messagepolicy.engine.report.Report;
import dev.messagepolicy.engine.rules.RuleRegistry;
import dev.messagepolicy.engine.source.DirectoryTemplateLocator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two checks of the same templates give the same report.json bytes, even from two different
 * checkouts (directories) of the project: no absolute path, no time stamp, no hash order. The
 * templates are the broken shop's standalone files and resources, which produce findings of
 * many rules.
 */
class ReportDeterminismTest {

  private static final Path BROKEN_SHOP = Path.of("../samples/broken-shop/src/main");

  @Test
  void twoCheckoutsGiveByteIdenticalReports(@TempDir Path first, @TempDir Path second) throws IOException {
    byte[] one = Files.readAllBytes(check(first.resolve("checkout-one")));
    byte[] two = Files.readAllBytes(check(second.resolve("another-checkout")));
    assertArrayEquals(one, two, "report.json differs between two checks of the same templates");
    String text = new String(one, StandardCharsets.UTF_8);
    assertTrue(text.contains("\"rule\""), "the report holds findings, so the comparison means something");
    assertFalse(text.contains(first.toString()) || text.contains(second.toString()), "absolute path in the report");
    assertFalse(text.contains(System.getProperty("user.dir")), "the build's working directory leaked into the report");
  }

  @Test
  void theReportIsWrittenThroughATemporaryFileAndNothingIsLeftBehind(@TempDir Path project) throws IOException {
    Path report = check(project);
    try (Stream<Path> files = Files.list(report.getParent())) {
      assertArrayEquals(new Object[] {report.getFileName().toString()},
          files.map(p -> p.getFileName().toString()).toArray(), "only report.json, no temporary file");
    }
  }

  /** Copies the broken shop's templates to {@code project} and writes its report there. */
  private static Path check(Path project) throws IOException {
    TestTrees.copy(BROKEN_SHOP.resolve("message-templates"), project.resolve("src/main/message-templates"));
    TestTrees.copy(BROKEN_SHOP.resolve("resources"), project.resolve("src/main/resources"));
    try {
      List<StandaloneTemplate> standalone = new TemplateDirectoryScanner(project, Marketplace.DE,
          DirectoryTemplateLocator.DEFAULT_MAX_BYTES).scan(List.of(project.resolve("src/main/message-templates"),
              project.resolve("src/main/resources")));
      PolicyEngine engine = new PolicyEngine(new PolicyConfig(Marketplace.DE, Map.of(), Set.of()), RuleRegistry.builtIn());
      Report report = new ProjectChecker(engine, project, List.of(project.resolve("src/main/resources")),
          DirectoryTemplateLocator.DEFAULT_MAX_BYTES).check(List.of(), standalone);
      return JsonReportWriter.write(report, project.resolve("target/message-policy"));
    } catch (org.apache.maven.plugin.MojoExecutionException e) {
      throw new AssertionError(e);
    }
  }

}
