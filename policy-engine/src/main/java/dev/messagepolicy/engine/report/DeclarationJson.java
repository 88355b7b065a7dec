package dev.messagepolicy.engine.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.messagepolicy.engine.model.PropertySchema;
import dev.messagepolicy.engine.model.TemplateModel;
import dev.messagepolicy.engine.model.TypeSchema;
import dev.messagepolicy.engine.model.ValueKind;
import dev.messagepolicy.engine.source.AttachmentDeclaration;
import dev.messagepolicy.engine.source.SendWindowDeclaration;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the catalog manifest's fields for attachments, the send window and the template class's
 * model ({@link CatalogManifestWriter} writes them). Absent fields (manifests written before they
 * existed) read as none.
 */
final class DeclarationJson {

  private DeclarationJson() {}

  static List<AttachmentDeclaration> attachments(JsonNode array) {
    List<AttachmentDeclaration> attachments = new ArrayList<>();
    for (JsonNode node : array) {
      attachments.add(new AttachmentDeclaration(node.path("resource").asText(""), node.path("mediaType").asText(""),
          node.path("maxBytes").asLong(0), node.path("name").asText(""), Json.position(node.path("position")),
          node.path("resourceBytes").asLong(AttachmentDeclaration.NOT_MEASURED)));
    }
    return attachments;
  }

  static SendWindowDeclaration sendWindow(JsonNode node) {
    if (node == null || !node.isObject()) {
      return null;
    }
    return new SendWindowDeclaration(node.path("fromDays").asInt(), node.path("toDays").asInt());
  }

  /** @throws IllegalArgumentException when the model is malformed (an unknown kind, no root) */
  static TemplateModel model(JsonNode node) {
    if (node == null || !node.isObject()) {
      return null;
    }
    TemplateModel.Builder builder = new TemplateModel.Builder();
    for (JsonNode t : node.path("types")) {
      List<PropertySchema> properties = new ArrayList<>();
      for (JsonNode p : t.path("properties")) {
        properties.add(new PropertySchema(p.path("name").asText(), p.path("type").asText(),
            p.path("maxLength").asInt(PropertySchema.NO_MAX_LENGTH)));
      }
      builder.add(new TypeSchema(t.path("name").asText(), ValueKind.valueOf(t.path("kind").asText()),
          Json.text(t, "elementType"), properties));
    }
    return builder.build(node.path("rootType").asText());
  }
}
