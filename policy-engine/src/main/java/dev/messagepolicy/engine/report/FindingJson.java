package dev.messagepolicy.engine.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.finding.Severity;
import dev.messagepolicy.engine.source.Anchor;
import dev.messagepolicy.engine.source.SourcePosition;
import java.io.IOException;

/** A finding as report.json and the catalog manifest write it (report contract, schema 1). */
final class FindingJson {

  private FindingJson() {}

  /** As one object; report.json takes it as a tree ({@link Json#tree}), the catalog manifest streams it. */
  static void write(Finding finding, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("rule", finding.rule());
    json.writeStringField("severity", finding.severity().name());
    json.writeStringField("template", finding.templateId());
    json.writeStringField("file", finding.position().file());
    json.writeNumberField("line", finding.position().line());
    json.writeNumberField("column", finding.position().column());
    json.writeStringField("message", finding.message());
    json.writeStringField("excerpt", finding.excerpt());
    json.writeStringField("hint", finding.hint());
    json.writeStringField("anchor", finding.anchor().name());
    json.writeStringField("sourceLine", finding.sourceLine());
    json.writeEndObject();
  }

  static Finding read(JsonNode node) {
    return new Finding(
        node.path("rule").asText(),
        Severity.valueOf(node.path("severity").asText("ERROR")),
        node.path("template").asText(),
        new SourcePosition(node.path("file").asText(), node.path("line").asInt(1), node.path("column").asInt(1)),
        Anchor.valueOf(node.path("anchor").asText("TEMPLATE")),
        node.path("message").asText(),
        node.path("excerpt").asText(""),
        node.path("hint").asText(""),
        node.path("sourceLine").asText(""));
  }
}
