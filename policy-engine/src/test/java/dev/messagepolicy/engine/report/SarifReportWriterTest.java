package dev.messagepolicy.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.messagepolicy.engine.rules.RuleDescriptor;
import dev.messagepolicy.engine.rules.RuleRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SarifReportWriterTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonSchema sarifSchema() throws IOException {
    try (InputStream in = SarifReportWriterTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in, config);
    }
  }

  private static JsonNode sarif() throws IOException {
    return MAPPER.readTree(SarifReportWriter.render(ReportFixture.report(), ReportFixture.context()));
  }

  @Test
  void reportIsValidSarif210() throws IOException {
    JsonNode sarif = sarif();
    Set<ValidationMessage> errors = sarifSchema().validate(sarif);
    assertTrue(errors.isEmpty(), "schema violations: " + errors);
    assertEquals("2.1.0", sarif.path("version").asText());
  }

  @Test
  void schemaCheckCatchesABrokenLog() throws IOException {
    ObjectNode broken = (ObjectNode) sarif();
    broken.remove("version");
    ((ObjectNode) broken.path("runs").get(0).path("results").get(0)).put("level", "fatal");
    assertFalse(sarifSchema().validate(broken).isEmpty(), "the schema test would notice a broken log");
  }

  @Test
  void rulesTableComesFromTheRuleMetadata() throws IOException {
    JsonNode rules = sarif().path("runs").get(0).path("tool").path("driver").path("rules");
    List<String> ids = new ArrayList<>();
    rules.forEach(r -> ids.add(r.path("id").asText()));
    List<String> registry = RuleRegistry.builtIn().descriptors().stream().map(RuleDescriptor::id).toList();
    assertEquals(registry, ids);
    JsonNode noLinks = rules.get(ids.indexOf("no-links"));
    assertEquals(RuleRegistry.builtIn().byId("no-links").orElseThrow().descriptor().summary(),
        noLinks.path("shortDescription").path("text").asText());
    assertEquals("error", noLinks.path("defaultConfiguration").path("level").asText());
    assertEquals("docs/rules/no-links.md", noLinks.path("properties").path("docPath").asText());
  }

  @Test
  void resultsPointAtFileLineColumnAndExcerpt() throws IOException {
    JsonNode run = sarif().path("runs").get(0);
    JsonNode link = null;
    for (JsonNode result : run.path("results")) {
      if (result.path("ruleId").asText().equals("no-links") && !result.has("suppressions")) {
        link = result;
      }
    }
    assertTrue(link != null, "the link in the engraving template is a result");
    JsonNode location = link.path("locations").get(0).path("physicalLocation");
    assertEquals(ReportFixture.ENGRAVING, location.path("artifactLocation").path("uri").asText());
    JsonNode region = location.path("region");
    // Line 9 of the file: "Mehr auf www.my-shop.de …", the link starts in column 10.
    assertEquals(9, region.path("startLine").asInt());
    assertEquals(10, region.path("startColumn").asInt());
    assertEquals("www.my-shop.de", region.path("snippet").path("text").asText());
    assertEquals(10 + "www.my-shop.de".length(), region.path("endColumn").asInt());
    assertEquals("error", link.path("level").asText());
    int index = link.path("ruleIndex").asInt();
    assertEquals("no-links", run.path("tool").path("driver").path("rules").get(index).path("id").asText());
    assertTrue(link.path("message").path("text").asText().contains("docs/rules/no-links.md"));
  }

  @Test
  void suppressedFindingsAreSuppressionsWithTheirJustification() throws IOException {
    List<JsonNode> suppressed = new ArrayList<>();
    sarif().path("runs").get(0).path("results").forEach(r -> {
      if (r.has("suppressions")) {
        suppressed.add(r);
      }
    });
    assertEquals(1, suppressed.size());
    JsonNode result = suppressed.get(0);
    assertEquals("no-links", result.path("ruleId").asText());
    assertEquals("src/main/message-templates/review%20%26%20%3Crequest%3E.mustache",
        result.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText());
    JsonNode suppression = result.path("suppressions").get(0);
    assertEquals("inSource", suppression.path("kind").asText());
    assertEquals("the marketplace's own review page, approved by compliance", suppression.path("justification").asText());
  }

  @Test
  void sameInputGivesSameBytes() {
    assertEquals(SarifReportWriter.render(ReportFixture.report(), ReportFixture.context()),
        SarifReportWriter.render(ReportFixture.report(), ReportFixture.context()));
  }
}
