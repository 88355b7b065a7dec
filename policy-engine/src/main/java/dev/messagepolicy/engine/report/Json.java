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
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The JSON conventions of our files: two-space indent, {@code \n} line ends, fields in written order. */
final class Json {

  static final ObjectMapper MAPPER = JsonMapper.builder().build();

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

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ObjectNode position(SourcePosition position) {
    ObjectNode node = object();
    node.put("file", position.file());
    node.put("line", position.line());
    node.put("column", position.column());
    return node;
  }

  static SourcePosition position(JsonNode node) {
    return new SourcePosition(node.path("file").asText(), node.path("line").asInt(1), node.path("column").asInt(1));
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  /** The tool's version, from the build. */
  static String toolVersion() {
    try (InputStream in = Json.class.getResourceAsStream("/dev/messagepolicy/engine/version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  static ObjectNode tool() {
    ObjectNode tool = object();
    tool.put("name", "message-policy");
    tool.put("version", toolVersion());
    return tool;
  }
}
