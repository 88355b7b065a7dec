package dev.messagepolicy.engine.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.finding.Severity;
import dev.messagepolicy.engine.source.Anchor;
import dev.messagepolicy.engine.source.SourcePosition;

/** A finding as report.json and the catalog manifest write it (report contract, schema 1). */
final class FindingJson {

  private FindingJson() {}

  static ObjectNode write(Finding finding) {
    ObjectNode node = Json.object();
    node.put("rule", finding.rule());
    node.put("severity", finding.severity().name());
    node.put("template", finding.templateId());
    node.put("file", finding.position().file());
    node.put("line", finding.position().line());
    node.put("column", finding.position().column());
    node.put("message", finding.message());
    node.put("excerpt", finding.excerpt());
    node.put("hint", finding.hint());
    node.put("anchor", finding.anchor().name());
    node.put("sourceLine", finding.sourceLine());
    return node;
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
