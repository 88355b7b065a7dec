package dev.messagepolicy.engine.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.model.PropertySchema;
import dev.messagepolicy.engine.model.TemplateModel;
import dev.messagepolicy.engine.model.TypeSchema;
import dev.messagepolicy.engine.source.Anchor;
import dev.messagepolicy.engine.source.AttachmentDeclaration;
import dev.messagepolicy.engine.source.SendWindowDeclaration;
import dev.messagepolicy.engine.source.SourceText;
import dev.messagepolicy.engine.source.Suppression;
import dev.messagepolicy.engine.source.TemplateMetadata;
import dev.messagepolicy.engine.source.TemplateSource;
import dev.messagepolicy.engine.template.SyntaxError;
import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the catalog manifest ({@link CatalogManifest}) with jackson-core's streaming generator:
 * the processor writes it inside javac, where databind would load some 400 classes for one file.
 * The fields and their order are the manifest's format; {@link CatalogManifest#read} reads them back.
 */
public final class CatalogManifestWriter {

  private CatalogManifestWriter() {}

  /** Writes the manifest of {@code entries}, sorted by template id, and a final line break; leaves {@code out} open. */
  public static void write(List<CatalogManifest.Entry> entries, Writer out) throws IOException {
    try (JsonGenerator json = JsonOutput.open(out)) {
      json.writeStartObject();
      json.writeNumberField("schemaVersion", 1);
      JsonOutput.tool(json);
      json.writeArrayFieldStart("templates");
      List<CatalogManifest.Entry> sorted = entries.stream()
          .sorted(Comparator.comparing((CatalogManifest.Entry e) -> e.source().id())).toList();
      for (CatalogManifest.Entry entry : sorted) {
        entry(json, entry);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
  }

  private static void entry(JsonGenerator json, CatalogManifest.Entry entry) throws IOException {
    TemplateSource source = entry.source();
    TemplateMetadata metadata = source.metadata();
    json.writeStartObject();
    json.writeStringField("id", source.id());
    json.writeStringField("file", source.file());
    json.writeStringField("reason", metadata.reason() == null ? null : metadata.reason().name());
    json.writeBooleanField("critical", metadata.critical());
    json.writeStringField("marketplace", metadata.marketplace().name());
    json.writeStringField("variantGroup", metadata.variantGroup());
    json.writeArrayFieldStart("suppressions");
    for (Suppression suppression : metadata.suppressions()) {
      json.writeStartObject();
      json.writeArrayFieldStart("rules");
      for (String rule : suppression.rules()) {
        json.writeString(rule);
      }
      json.writeEndArray();
      json.writeStringField("justification", suppression.justification());
      json.writeEndObject();
    }
    json.writeEndArray();
    attachments(json, metadata.attachments());
    sendWindow(json, metadata.sendWindow());
    model(json, source.model());
    json.writeObjectFieldStart("anchors");
    for (Anchor anchor : Anchor.values()) {
      if (source.anchors().containsKey(anchor)) {
        JsonOutput.position(json, anchor.name(), source.anchors().get(anchor));
      }
    }
    json.writeEndObject();
    if (source.subject() != null) {
      text(json, "subject", source.subject());
    } else {
      json.writeNullField("subject");
    }
    json.writeObjectFieldStart("body");
    if (source.body() instanceof TemplateSource.Inline inline) {
      text(json, "inline", inline.text());
      json.writeStringField("resourcePath", inline.resourcePath());
    } else if (source.body() instanceof TemplateSource.Resource resource) {
      json.writeStringField("resource", resource.path());
    }
    json.writeEndObject();
    json.writeArrayFieldStart("declarationErrors");
    for (SyntaxError error : source.declarationErrors()) {
      json.writeStartObject();
      json.writeStringField("message", error.message());
      JsonOutput.position(json, "position", error.position());
      json.writeStringField("sourceLine", error.sourceLine());
      json.writeStringField("anchor", error.anchor().name());
      json.writeStringField("hint", error.hint());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("findings");
    for (Finding finding : entry.findings().stream().sorted(Finding.ORDER).toList()) {
      FindingJson.write(finding, json);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void attachments(JsonGenerator json, List<AttachmentDeclaration> attachments) throws IOException {
    json.writeArrayFieldStart("attachments");
    for (AttachmentDeclaration attachment : attachments) {
      json.writeStartObject();
      json.writeStringField("resource", attachment.resource());
      json.writeStringField("mediaType", attachment.mediaType());
      json.writeNumberField("maxBytes", attachment.maxBytes());
      json.writeStringField("name", attachment.name());
      JsonOutput.position(json, "position", attachment.position());
      json.writeNumberField("resourceBytes", attachment.resourceBytes());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void sendWindow(JsonGenerator json, SendWindowDeclaration window) throws IOException {
    if (window == null) {
      json.writeNullField("sendWindow");
      return;
    }
    json.writeObjectFieldStart("sendWindow");
    json.writeNumberField("fromDays", window.fromDays());
    json.writeNumberField("toDays", window.toDays());
    json.writeEndObject();
  }

  private static void model(JsonGenerator json, TemplateModel model) throws IOException {
    if (model == null) {
      json.writeNullField("model");
      return;
    }
    json.writeObjectFieldStart("model");
    json.writeStringField("rootType", model.rootType());
    json.writeArrayFieldStart("types");
    // By name: the model's map (Map.copyOf) iterates in an order that changes from one JVM run to the next.
    for (TypeSchema type : new TreeMap<>(model.types()).values()) {
      json.writeStartObject();
      json.writeStringField("name", type.name());
      json.writeStringField("kind", type.kind().name());
      json.writeStringField("elementType", type.elementType());
      json.writeArrayFieldStart("properties");
      for (PropertySchema property : type.properties()) {
        json.writeStartObject();
        json.writeStringField("name", property.name());
        json.writeStringField("type", property.type());
        json.writeNumberField("maxLength", property.maxLength());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** Inline text with its exact mapping: segments {@code [textStart, line, column]} and source lines. */
  private static void text(JsonGenerator json, String field, SourceText text) throws IOException {
    json.writeObjectFieldStart(field);
    json.writeStringField("file", text.file());
    json.writeNumberField("line", text.firstLine());
    json.writeNumberField("column", text.firstColumn());
    json.writeStringField("text", text.text());
    json.writeArrayFieldStart("segments");
    for (SourceText.Segment segment : text.segments()) {
      json.writeStartArray();
      json.writeNumber(segment.textStart());
      json.writeNumber(segment.line());
      json.writeNumber(segment.column());
      json.writeEndArray();
    }
    json.writeEndArray();
    json.writeObjectFieldStart("sourceLines");
    for (Map.Entry<Integer, String> line : new TreeMap<>(text.sourceLines()).entrySet()) {
      json.writeStringField(String.valueOf(line.getKey()), line.getValue());
    }
    json.writeEndObject();
    json.writeEndObject();
  }
}
