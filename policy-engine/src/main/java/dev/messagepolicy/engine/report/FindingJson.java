package dev.messagepolicy.engine.report;

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
  static void write(Finding finding, PrettyJsonWriter json) throws IOException {
    json.beginObject();
    json.field("rule", finding.rule());
    json.field("severity", finding.severity().name());
    json.field("template", finding.templateId());
    json.field("file", finding.position().file());
    json.field("line", finding.position().line());
    json.field("column", finding.position().column());
    json.field("message", finding.message());
    json.field("excerpt", finding.excerpt());
    json.field("hint", finding.hint());
    json.field("anchor", finding.anchor().name());
    json.field("sourceLine", finding.sourceLine());
    json.endObject();
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
