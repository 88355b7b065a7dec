package dev.messagepolicy.engine.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.messagepolicy.engine.source.SourcePosition;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** The JSON conventions of our files: two-space indent, {@code \n} line ends, fields in written order. */
final class Json {

  static final ObjectMapper MAPPER = JsonMapper.builder().build();

  /** The layout {@link PrettyJsonWriter} writes too. */
  private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private Json() {}

  static String write(JsonNode node) {
    try {
      return MAPPER.writer(PRINTER).writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Something written with {@link PrettyJsonWriter}, such as {@link FindingJson#write}. */
  interface Streamed {
    void writeTo(PrettyJsonWriter json) throws IOException;
  }

  /** The object that {@code streamed} writes, as a tree, so that a file built as a tree can hold it. */
  static ObjectNode tree(Streamed streamed) {
    try {
      StringWriter text = new StringWriter();
      streamed.writeTo(new PrettyJsonWriter(text));
      return (ObjectNode) MAPPER.readTree(text.toString());
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
    return ToolVersion.read();
  }

  static ObjectNode tool() {
    ObjectNode tool = object();
    tool.put("name", "message-policy");
    tool.put("version", toolVersion());
    return tool;
  }
}
