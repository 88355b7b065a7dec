package dev.messagepolicy.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.Reason;
import dev.messagepolicy.engine.PolicyConfig;
import dev.messagepolicy.engine.PolicyEngine;
import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.report.CatalogManifest;
import dev.messagepolicy.engine.report.Report;
import dev.messagepolicy.engine.rules.RuleRegistry;
import dev.messagepolicy.engine.source.Anchor;
import dev.messagepolicy.engine.source.DirectoryTemplateLocator;
import dev.messagepolicy.engine.source.SourcePosition;
import dev.messagepolicy.engine.source.TemplateMetadata;
import dev.messagepolicy.engine.source.TemplateSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broken-input catalogue ({@code src/test/resources/broken-input/}): every kind of broken
 * template file a shop can have, read through the plugin's own loading path (directory scan,
 * strict decoding, size limit, front matter, partials beside the file, catalog entries), and the
 * finding each must give, from {@code expectations.txt}. One dynamic test per file.
 */
class BrokenInputCatalogueTest {

  private static final Path CATALOGUE = Path.of("src/test/resources/broken-input");
  private static final String TEMPLATES = "templates";
  private static final String SYNTAX = "template-syntax";

  @TempDir static Path project;
  private static Report report;

  /** One row of the table: the rule must report at {@code line:column} a message containing {@code text}. */
  record Expected(String file, String rule, String position, String text) {}

  @BeforeAll
  static void checkTheCatalogue() throws Exception {
    Path templates = project.resolve(TEMPLATES);
    TestTrees.copy(CATALOGUE.resolve(TEMPLATES), templates);
    generate(templates);
    List<StandaloneTemplate> standalone =
        new TemplateDirectoryScanner(project, Marketplace.DE, DirectoryTemplateLocator.DEFAULT_MAX_BYTES)
            .scan(List.of(templates));
    PolicyEngine engine = new PolicyEngine(new PolicyConfig(Marketplace.DE, Map.of(), Set.of()), RuleRegistry.builtIn());
    report = new ProjectChecker(engine, project, List.of(project.resolve("src/main/resources")),
        DirectoryTemplateLocator.DEFAULT_MAX_BYTES).check(List.of(missingResource()), standalone);
  }

  @TestFactory
  Stream<DynamicTest> everyBrokenInputGivesItsExpectedFinding() throws IOException {
    Map<String, List<Expected>> byFile = expectations();
    return byFile.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> assertFile(e.getKey(), e.getValue())));
  }

  @Test
  void everyFileOfTheCatalogueIsListedAndChecked() throws IOException {
    Set<String> listed = expectations().keySet();
    Set<String> checked = new TreeSet<>();
    report.templates().forEach(t -> checked.add(t.id()));
    assertEquals(new TreeSet<>(listed), checked, "templates in the report vs. files in expectations.txt");
  }

  @Test
  void noFindingIsAnInternalError() {
    report.findings().forEach(f -> assertTrue(!f.message().contains("internal error"), f::toString));
  }

  @Test
  void theSizeLimitIsConfigurable(@TempDir Path otherProject) throws Exception {
    Path directory = Files.createDirectories(otherProject.resolve(TEMPLATES));
    Files.writeString(directory.resolve("two-kilobytes.mustache"), "Hallo {{buyerName}}\n".repeat(100));
    List<StandaloneTemplate> scanned = new TemplateDirectoryScanner(otherProject, Marketplace.DE, 1024)
        .scan(List.of(directory));
    TemplateSource source = scanned.get(0).source();
    assertEquals(1, source.declarationErrors().size());
    assertTrue(source.declarationErrors().get(0).message().contains("2000 bytes, over the limit of 1024 bytes"),
        source.declarationErrors().get(0).message());
  }

  private static void assertFile(String file, List<Expected> expected) {
    List<Finding> findings = report.findings().stream().filter(f -> f.position().file().equals(file)
        || f.templateId().equals(file)).toList();
    List<String> described = findings.stream().map(f -> f.position() + " [" + f.rule() + "] " + f.message()).toList();
    for (Expected row : expected) {
      if (row.rule().equals("none")) {
        continue;
      }
      boolean found = findings.stream().anyMatch(f -> f.rule().equals(row.rule())
          && f.position().file().equals(file)
          && (f.position().line() + ":" + f.position().column()).equals(row.position())
          && (f.message() + " " + f.excerpt()).contains(row.text()));
      assertTrue(found, () -> "expected " + row + "\nbut " + file + " gave " + described);
    }
    long expectedSyntax = expected.stream().filter(r -> r.rule().equals(SYNTAX)).count();
    long actualSyntax = findings.stream().filter(f -> f.rule().equals(SYNTAX) && f.position().file().equals(file)).count();
    assertEquals(expectedSyntax, actualSyntax, () -> "template-syntax findings of " + file + ": " + described);
  }

  /** expectations.txt by file id (as reports name it), in table order. */
  private static Map<String, List<Expected>> expectations() throws IOException {
    Map<String, List<Expected>> byFile = new LinkedHashMap<>();
    for (String line : Files.readAllLines(CATALOGUE.resolve("expectations.txt"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      for (String cell : line.split("\\|", -1)) {
        cells.add(cell.strip());
      }
      String file = cells.get(0).startsWith("src/") ? cells.get(0) : TEMPLATES + "/" + cells.get(0);
      byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(new Expected(file, cells.get(1), cells.get(2), cells.get(3)));
    }
    return byFile;
  }

  /** Inputs too large or too repetitive to commit. */
  private static void generate(Path templates) throws IOException {
    byte[] overLimit = new byte[(int) DirectoryTemplateLocator.DEFAULT_MAX_BYTES + 1];
    java.util.Arrays.fill(overLimit, (byte) 'a');
    Files.write(templates.resolve("over-size-limit.mustache"), overLimit);
    Files.writeString(templates.resolve("nested-sections.mustache"),
        "{{#s}}".repeat(10_000) + "x" + "{{/s}}".repeat(10_000) + "\n");
    Files.writeString(templates.resolve("one-megabyte-line.mustache"), "Hallo ".repeat(174_000) + "www.shop.de\n");
  }

  /** A template class (as the processor's catalog lists it) whose body resource does not exist. */
  private static CatalogManifest.Entry missingResource() {
    String file = "src/main/java/com/shop/MissingResource.java";
    TemplateSource source = new TemplateSource(file, file,
        new TemplateMetadata(Reason.ORDER_DETAILS, false, Marketplace.DE, null, List.of()), null,
        new TemplateSource.Resource("messages/missing.mustache"),
        Map.of(Anchor.TEMPLATE, new SourcePosition(file, 5, 1), Anchor.BODY, new SourcePosition(file, 7, 18)),
        List.of());
    return new CatalogManifest.Entry(source, List.of());
  }

}
