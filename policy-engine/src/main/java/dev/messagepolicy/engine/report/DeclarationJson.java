package dev.messagepolicy.engine.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.messagepolicy.engine.model.PropertySchema;
import dev.messagepolicy.engine.model.TemplateModel;
import dev.messagepolicy.engine.model.TypeSchema;
import dev.messagepolicy.engine.model.ValueKind;
import dev.messagepolicy.engine.source.AttachmentDeclaration;
import dev.messagepolicy.engine.source.SendWindowDeclaration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The catalog manifest's fields for attachments, the send window and the template class's
 * model. Absent fields (manifests written before they existed) read as none.
 */
final class DeclarationJson {

  private DeclarationJson() {}

  static ArrayNode attachments(List<AttachmentDeclaration> attachments) {
    ArrayNode array = Json.MAPPER.createArrayNode();
    for (AttachmentDeclaration attachment : attachments) {
      ObjectNode node = array.addObject();
      node.put("resource", attachment.resource());
      node.put("mediaType", attachment.mediaType());
      node.put("maxBytes", attachment.maxBytes());
      node.put("name", attachment.name());
      node.set("position", Json.position(attachment.position()));
      node.put("resourceBytes", attachment.resourceBytes());
    }
    return array;
  }

  static List<AttachmentDeclaration> attachments(JsonNode array) {
    List<AttachmentDeclaration> attachments = new ArrayList<>();
    for (JsonNode node : array) {
      attachments.add(new AttachmentDeclaration(node.path("resource").asText(""), node.path("mediaType").asText(""),
          node.path("maxBytes").asLong(0), node.path("name").asText(""), Json.position(node.path("position")),
          node.path("resourceBytes").asLong(AttachmentDeclaration.NOT_MEASURED)));
    }
    return attachments;
  }

  static JsonNode sendWindow(SendWindowDeclaration window) {
    if (window == null) {
      return Json.MAPPER.nullNode();
    }
    ObjectNode node = Json.object();
    node.put("fromDays", window.fromDays());
    node.put("toDays", window.toDays());
    return node;
  }

  static SendWindowDeclaration sendWindow(JsonNode node) {
    if (node == null || !node.isObject()) {
      return null;
    }
    return new SendWindowDeclaration(node.path("fromDays").asInt(), node.path("toDays").asInt());
  }

  static JsonNode model(TemplateModel model) {
    if (model == null) {
      return Json.MAPPER.nullNode();
    }
    ObjectNode node = Json.object();
    node.put("rootType", model.rootType());
    ArrayNode types = node.putArray("types");
    // By name: the model's map (Map.copyOf) iterates in an order that changes from one JVM run to the next.
    for (TypeSchema type : new TreeMap<>(model.types()).values()) {
      ObjectNode t = types.addObject();
      t.put("name", type.name());
      t.put("kind", type.kind().name());
      t.put("elementType", type.elementType());
      ArrayNode properties = t.putArray("properties");
      for (PropertySchema property : type.properties()) {
        ObjectNode p = properties.addObject();
        p.put("name", property.name());
        p.put("type", property.type());
        p.put("maxLength", property.maxLength());
      }
    }
    return node;
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
