package dev.messagepolicy.engine.report;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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

  /** The manifest of {@code entries} (see {@link CatalogManifestWriter}). */
  public static String write(List<Entry> entries) {
    StringWriter out = new StringWriter();
    try {
      CatalogManifestWriter.write(entries, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
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
