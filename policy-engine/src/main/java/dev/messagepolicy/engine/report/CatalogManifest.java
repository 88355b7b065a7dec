package dev.messagepolicy.engine.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.Reason;
import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.source.Anchor;
import dev.messagepolicy.engine.source.SourcePosition;
import dev.messagepolicy.engine.source.SourceText;
import dev.messagepolicy.engine.source.Suppression;
import dev.messagepolicy.engine.source.TemplateMetadata;
import dev.messagepolicy.engine.source.TemplateSource;
import dev.messagepolicy.engine.template.SyntaxError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code META-INF/message-policy/catalog.json}: every template class of a module, as the
 * processor saw it (declaration, inline texts, resource paths, positions) and what it found.
 * The plugin reads it to re-check the templates and to run the rules that span templates, also
 * across modules.
 */
public final class CatalogManifest {

  /** Where the processor writes the manifest in the class output. */
  public static final String PATH = "META-INF/message-policy/catalog.json";

  /** One template and the findings the processor reported for it. */
  public record Entry(TemplateSource source, List<Finding> findings) {
    public Entry {
      findings = List.copyOf(findings);
    }
  }

  private CatalogManifest() {}

  public static String write(List<Entry> entries) {
    ObjectNode root = Json.object();
    root.put("schemaVersion", 1);
    root.set("tool", Json.tool());
    ArrayNode templates = root.putArray("templates");
    entries.stream().sorted(Comparator.comparing(e -> e.source().id())).forEach(e -> templates.add(write(e)));
    return Json.write(root);
  }

  /**
   * Reads a manifest.
   *
   * @throws IOException when the text is not a catalog manifest
   */
  public static List<Entry> read(String json) throws IOException {
    JsonNode root = Json.MAPPER.readTree(json);
    if (root == null || root.path("schemaVersion").asInt() != 1 || !root.path("templates").isArray()) {
      throw new IOException("not a message-policy catalog manifest (schemaVersion 1)");
    }
    List<Entry> entries = new ArrayList<>();
    for (JsonNode node : root.path("templates")) {
      entries.add(read(node));
    }
    return entries;
  }

  private static ObjectNode write(Entry entry) {
    TemplateSource source = entry.source();
    TemplateMetadata metadata = source.metadata();
    ObjectNode node = Json.object();
    node.put("id", source.id());
    node.put("file", source.file());
    node.put("reason", metadata.reason() == null ? null : metadata.reason().name());
    node.put("critical", metadata.critical());
    node.put("marketplace", metadata.marketplace().name());
    node.put("variantGroup", metadata.variantGroup());
    ArrayNode suppressions = node.putArray("suppressions");
    for (Suppression suppression : metadata.suppressions()) {
      ObjectNode s = suppressions.addObject();
      ArrayNode rules = s.putArray("rules");
      suppression.rules().forEach(rules::add);
      s.put("justification", suppression.justification());
    }
    node.set("attachments", DeclarationJson.attachments(metadata.attachments()));
    node.set("sendWindow", DeclarationJson.sendWindow(metadata.sendWindow()));
    node.set("model", DeclarationJson.model(source.model()));
    ObjectNode anchors = node.putObject("anchors");
    for (Anchor anchor : Anchor.values()) {
      if (source.anchors().containsKey(anchor)) {
        anchors.set(anchor.name(), Json.position(source.anchors().get(anchor)));
      }
    }
    if (source.subject() != null) {
      node.set("subject", text(source.subject()));
    } else {
      node.putNull("subject");
    }
    ObjectNode body = node.putObject("body");
    if (source.body() instanceof TemplateSource.Inline inline) {
      body.set("inline", text(inline.text()));
      body.put("resourcePath", inline.resourcePath());
    } else if (source.body() instanceof TemplateSource.Resource resource) {
      body.put("resource", resource.path());
    }
    ArrayNode errors = node.putArray("declarationErrors");
    for (SyntaxError error : source.declarationErrors()) {
      ObjectNode e = errors.addObject();
      e.put("message", error.message());
      e.set("position", Json.position(error.position()));
      e.put("sourceLine", error.sourceLine());
      e.put("anchor", error.anchor().name());
      e.put("hint", error.hint());
    }
    ArrayNode findings = node.putArray("findings");
    entry.findings().stream().sorted(Finding.ORDER).forEach(f -> findings.add(FindingJson.write(f)));
    return node;
  }

  private static Entry read(JsonNode node) throws IOException {
    try {
      List<Suppression> suppressions = new ArrayList<>();
      for (JsonNode s : node.path("suppressions")) {
        List<String> rules = new ArrayList<>();
        s.path("rules").forEach(r -> rules.add(r.asText()));
        suppressions.add(new Suppression(rules, s.path("justification").asText("")));
      }
      String reason = Json.text(node, "reason");
      TemplateMetadata metadata = new TemplateMetadata(
          reason == null ? null : Reason.valueOf(reason),
          node.path("critical").asBoolean(),
          Marketplace.valueOf(node.path("marketplace").asText()),
          Json.text(node, "variantGroup"),
          suppressions,
          DeclarationJson.attachments(node.path("attachments")),
          DeclarationJson.sendWindow(node.get("sendWindow")));
      Map<Anchor, SourcePosition> anchors = new EnumMap<>(Anchor.class);
      node.path("anchors").fields().forEachRemaining(
          e -> anchors.put(Anchor.valueOf(e.getKey()), Json.position(e.getValue())));
      JsonNode subject = node.get("subject");
      JsonNode body = node.path("body");
      TemplateSource.Body parsedBody = body.has("resource")
          ? new TemplateSource.Resource(body.path("resource").asText())
          : new TemplateSource.Inline(text(body.path("inline")), body.path("resourcePath").asText(""));
      List<SyntaxError> errors = new ArrayList<>();
      for (JsonNode e : node.path("declarationErrors")) {
        errors.add(new SyntaxError(e.path("message").asText(), Json.position(e.path("position")),
            e.path("sourceLine").asText(""), Anchor.valueOf(e.path("anchor").asText("TEMPLATE")),
            e.path("hint").asText("")));
      }
      TemplateSource source = new TemplateSource(node.path("id").asText(), node.path("file").asText(), metadata,
          subject == null || subject.isNull() ? null : text(subject), parsedBody, anchors, errors,
          DeclarationJson.model(node.get("model")));
      List<Finding> findings = new ArrayList<>();
      for (JsonNode f : node.path("findings")) {
        findings.add(FindingJson.read(f));
      }
      return new Entry(source, findings);
    } catch (IllegalArgumentException e) {
      throw new IOException("malformed template entry " + node.path("id").asText("?") + ": " + e.getMessage(), e);
    }
  }

  /** Inline text with its exact mapping: segments {@code [textStart, line, column]} and source lines. */
  private static ObjectNode text(SourceText text) {
    ObjectNode node = Json.object();
    node.put("file", text.file());
    node.put("line", text.firstLine());
    node.put("column", text.firstColumn());
    node.put("text", text.text());
    ArrayNode segments = node.putArray("segments");
    for (SourceText.Segment segment : text.segments()) {
      segments.addArray().add(segment.textStart()).add(segment.line()).add(segment.column());
    }
    ObjectNode lines = node.putObject("sourceLines");
    text.sourceLines().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> lines.put(String.valueOf(e.getKey()), e.getValue()));
    return node;
  }

  private static SourceText text(JsonNode node) {
    String file = node.path("file").asText();
    String value = node.path("text").asText("");
    if (!node.path("segments").isArray() || node.path("segments").isEmpty()) {
      return new SourceText(file, value, node.path("line").asInt(1), node.path("column").asInt(1));
    }
    List<SourceText.Segment> segments = new ArrayList<>();
    for (JsonNode s : node.path("segments")) {
      segments.add(new SourceText.Segment(s.path(0).asInt(), s.path(1).asInt(), s.path(2).asInt()));
    }
    Map<Integer, String> lines = new java.util.TreeMap<>();
    node.path("sourceLines").fields().forEachRemaining(e -> lines.put(Integer.parseInt(e.getKey()), e.getValue().asText()));
    return SourceText.mapped(file, value, segments, lines);
  }
}
