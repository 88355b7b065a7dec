package dev.messagepolicy.engine.report;

import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.model.PropertySchema;
import dev.messagepolicy.engine.model.TemplateModel;
import dev.messagepolicy.engine.model.TypeSchema;
import dev.messagepolicy.engine.source.Anchor;
import dev.messagepolicy.engine.source.AttachmentDeclaration;
import dev.messagepolicy.engine.source.SendWindowDeclaration;
import dev.messagepolicy.engine.source.SourcePosition;
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
 * Writes the catalog manifest ({@link CatalogManifest}) with {@link PrettyJsonWriter}: the
 * processor writes it inside javac, where Jackson would load 70 (jackson-core) to 400 (databind)
 * classes for one file. The fields and their order are the manifest's format; {@link CatalogManifest#read} reads them back.
 */
public final class CatalogManifestWriter {

  private CatalogManifestWriter() {}

  /** Writes the manifest of {@code entries}, sorted by template id, and a final line break; leaves {@code out} open. */
  public static void write(List<CatalogManifest.Entry> entries, Writer out) throws IOException {
    PrettyJsonWriter json = new PrettyJsonWriter(out);
    json.beginObject();
    json.field("schemaVersion", 1);
    json.name("tool").beginObject().field("name", "message-policy").field("version", ToolVersion.read()).endObject();
    json.name("templates").beginArray();
    List<CatalogManifest.Entry> sorted = entries.stream()
        .sorted(Comparator.comparing((CatalogManifest.Entry e) -> e.source().id())).toList();
    for (CatalogManifest.Entry entry : sorted) {
      entry(json, entry);
    }
    json.endArray();
    json.endObject();
    out.write('\n');
  }

  private static void entry(PrettyJsonWriter json, CatalogManifest.Entry entry) throws IOException {
    TemplateSource source = entry.source();
    TemplateMetadata metadata = source.metadata();
    json.beginObject();
    json.field("id", source.id());
    json.field("file", source.file());
    json.field("reason", metadata.reason() == null ? null : metadata.reason().name());
    json.field("critical", metadata.critical());
    json.field("marketplace", metadata.marketplace().name());
    json.field("variantGroup", metadata.variantGroup());
    json.name("suppressions").beginArray();
    for (Suppression suppression : metadata.suppressions()) {
      json.beginObject();
      json.name("rules").beginArray();
      for (String rule : suppression.rules()) {
        json.value(rule);
      }
      json.endArray();
      json.field("justification", suppression.justification());
      json.endObject();
    }
    json.endArray();
    attachments(json, metadata.attachments());
    sendWindow(json, metadata.sendWindow());
    model(json, source.model());
    json.name("anchors").beginObject();
    for (Anchor anchor : Anchor.values()) {
      if (source.anchors().containsKey(anchor)) {
        position(json, anchor.name(), source.anchors().get(anchor));
      }
    }
    json.endObject();
    if (source.subject() != null) {
      text(json, "subject", source.subject());
    } else {
      json.name("subject").nullValue();
    }
    json.name("body").beginObject();
    if (source.body() instanceof TemplateSource.Inline inline) {
      text(json, "inline", inline.text());
      json.field("resourcePath", inline.resourcePath());
    } else if (source.body() instanceof TemplateSource.Resource resource) {
      json.field("resource", resource.path());
    }
    json.endObject();
    json.name("declarationErrors").beginArray();
    for (SyntaxError error : source.declarationErrors()) {
      json.beginObject();
      json.field("message", error.message());
      position(json, "position", error.position());
      json.field("sourceLine", error.sourceLine());
      json.field("anchor", error.anchor().name());
      json.field("hint", error.hint());
      json.endObject();
    }
    json.endArray();
    json.name("findings").beginArray();
    for (Finding finding : entry.findings().stream().sorted(Finding.ORDER).toList()) {
      FindingJson.write(finding, json);
    }
    json.endArray();
    json.endObject();
  }

  private static void attachments(PrettyJsonWriter json, List<AttachmentDeclaration> attachments) throws IOException {
    json.name("attachments").beginArray();
    for (AttachmentDeclaration attachment : attachments) {
      json.beginObject();
      json.field("resource", attachment.resource());
      json.field("mediaType", attachment.mediaType());
      json.field("maxBytes", attachment.maxBytes());
      json.field("name", attachment.name());
      position(json, "position", attachment.position());
      json.field("resourceBytes", attachment.resourceBytes());
      json.endObject();
    }
    json.endArray();
  }

  private static void sendWindow(PrettyJsonWriter json, SendWindowDeclaration window) throws IOException {
    if (window == null) {
      json.name("sendWindow").nullValue();
      return;
    }
    json.name("sendWindow").beginObject();
    json.field("fromDays", window.fromDays());
    json.field("toDays", window.toDays());
    json.endObject();
  }

  private static void model(PrettyJsonWriter json, TemplateModel model) throws IOException {
    if (model == null) {
      json.name("model").nullValue();
      return;
    }
    json.name("model").beginObject();
    json.field("rootType", model.rootType());
    json.name("types").beginArray();
    // By name: the model's map (Map.copyOf) iterates in an order that changes from one JVM run to the next.
    for (TypeSchema type : new TreeMap<>(model.types()).values()) {
      json.beginObject();
      json.field("name", type.name());
      json.field("kind", type.kind().name());
      json.field("elementType", type.elementType());
      json.name("properties").beginArray();
      for (PropertySchema property : type.properties()) {
        json.beginObject();
        json.field("name", property.name());
        json.field("type", property.type());
        json.field("maxLength", property.maxLength());
        json.endObject();
      }
      json.endArray();
      json.endObject();
    }
    json.endArray();
    json.endObject();
  }

  private static void position(PrettyJsonWriter json, String field, SourcePosition position) throws IOException {
    json.name(field).beginObject();
    json.field("file", position.file());
    json.field("line", position.line());
    json.field("column", position.column());
    json.endObject();
  }

  /** Inline text with its exact mapping: segments {@code [textStart, line, column]} and source lines. */
  private static void text(PrettyJsonWriter json, String field, SourceText text) throws IOException {
    json.name(field).beginObject();
    json.field("file", text.file());
    json.field("line", text.firstLine());
    json.field("column", text.firstColumn());
    json.field("text", text.text());
    json.name("segments").beginArray();
    for (SourceText.Segment segment : text.segments()) {
      json.beginArray();
      json.value(segment.textStart());
      json.value(segment.line());
      json.value(segment.column());
      json.endArray();
    }
    json.endArray();
    json.name("sourceLines").beginObject();
    for (Map.Entry<Integer, String> line : new TreeMap<>(text.sourceLines()).entrySet()) {
      json.field(String.valueOf(line.getKey()), line.getValue());
    }
    json.endObject();
    json.endObject();
  }
}
