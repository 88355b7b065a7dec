package dev.messagepolicy.engine.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.messagepolicy.engine.source.SourcePosition;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Our JSON files as databind trees, printed in {@link JsonOutput}'s layout with fields in written order. */
final class Json {

  static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private Json() {}

  static String write(JsonNode node) {
    try {
      return MAPPER.writer(JsonOutput.PRINTER).writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Something written with a streaming generator, such as {@link FindingJson#write}. */
  interface Streamed {
    void writeTo(JsonGenerator json) throws IOException;
  }

  /** The object that {@code streamed} writes, as a tree, so that a file built as a tree can hold it. */
  static ObjectNode tree(Streamed streamed) {
    try (TokenBuffer buffer = new TokenBuffer(MAPPER, false)) {
      streamed.writeTo(buffer);
      return (ObjectNode) MAPPER.readTree(buffer.asParser());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static SourcePosition position(JsonNode node) {
    return new SourcePosition(node.path("file").asText(), node.path("line").asInt(1), node.path("column").asInt(1));
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  static String toolVersion() {
    return JsonOutput.toolVersion();
  }

  static ObjectNode tool() {
    ObjectNode tool = object();
    tool.put("name", "message-policy");
    tool.put("version", toolVersion());
    return tool;
  }
}
