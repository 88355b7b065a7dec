package dev.messagepolicy.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.engine.PolicyConfig;
import dev.messagepolicy.engine.PolicyEngine;
import dev.messagepolicy.engine.TemplateResult;
import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.rules.RuleRegistry;
import dev.messagepolicy.engine.source.TemplateFiles;
import dev.messagepolicy.engine.source.TemplateLocator;
import dev.messagepolicy.engine.source.TemplateSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

  private final PolicyEngine engine = new PolicyEngine(PolicyConfig.defaults(), RuleRegistry.builtIn());

  private static final String TEMPLATE = """
      ---
      reason: PRODUCT_CUSTOMIZATION
      critical: true
      marketplace: DE
      subject: "Gravur für Bestellung {{orderId}}"
      ---
      Hallo {{buyerName}},
      mehr auf www.my-shop.de und 10 % Rabatt mit Gutscheincode DANKE10.
      """;

  private Report report(TemplateSource source) {
    TemplateResult result = engine.check(source, TemplateLocator.none());
    return new Report(List.of(new Report.TemplateEntry(source.id(), result.bodyFile(), "PRODUCT_CUSTOMIZATION",
        true, "DE", null)), result.findings());
  }

  @Test
  void reportFollowsTheContractAndIsDeterministic(@TempDir Path dir) throws IOException {
    TemplateSource source = TemplateFiles.read("src/main/message-templates/engraving.mustache", "engraving.mustache",
        TEMPLATE, Marketplace.US);
    Path written = JsonReportWriter.write(report(source), dir);
    String first = Files.readString(written);
    JsonReportWriter.write(report(source), dir);
    assertEquals(first, Files.readString(written), "two runs give byte-identical reports");

    JsonNode root = new ObjectMapper().readTree(first);
    assertEquals(1, root.path("schemaVersion").asInt());
    assertEquals("message-policy", root.path("tool").path("name").asText());
    assertEquals("DE", root.path("templates").get(0).path("marketplace").asText());
    List<String> rules = new ArrayList<>();
    root.path("findings").forEach(f -> rules.add(f.path("rule").asText() + "@" + f.path("line").asInt()
        + ":" + f.path("column").asInt()));
    assertEquals(List.of("critical-subject-tag@5:11", "no-links@8:10", "critical-content@8:29", "no-promotions@8:29",
        "critical-content@8:45", "no-promotions@8:45"), rules);
    assertEquals(6, root.path("summary").path("errors").asInt());
    assertEquals(0, root.path("summary").path("warnings").asInt());
    try (var files = Files.list(dir)) {
      assertEquals(List.of(written), files.toList(), "no temporary file is left behind");
    }
  }

  @Test
  void catalogManifestRoundTripsEveryField() throws IOException {
    TemplateSource source = TemplateFiles.read("t.mustache", "t.mustache",
        TEMPLATE.replace("marketplace: DE\n", "marketplace: DE\nvariant: a\nsuppress: no-links\n"), Marketplace.US);
    TemplateResult result = engine.check(source, TemplateLocator.none());
    String json = CatalogManifest.write(List.of(new CatalogManifest.Entry(source, result.findings())));
    List<CatalogManifest.Entry> read = CatalogManifest.read(json);
    assertEquals(1, read.size());
    TemplateSource back = read.get(0).source();
    assertEquals(source.metadata(), back.metadata());
    assertEquals(source.anchors(), back.anchors());
    assertEquals(result.findings(), read.get(0).findings());
    List<Finding> again = engine.check(back, TemplateLocator.none()).findings();
    assertEquals(result.findings(), again, "a template read back from the catalog gives the same findings");
    assertEquals(json, CatalogManifest.write(read));
  }

  @Test
  void malformedCatalogIsAnIoErrorNotACrash() {
    assertThrows(IOException.class, () -> CatalogManifest.read("{\"schemaVersion\": 7}"));
    IOException e = assertThrows(IOException.class, () -> CatalogManifest.read(
        "{\"schemaVersion\":1,\"templates\":[{\"id\":\"x\",\"marketplace\":\"MOON\"}]}"));
    assertTrue(e.getMessage().contains("x"), e.getMessage());
  }
}
