package dev.messagepolicy.engine.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.messagepolicy.engine.source.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.Properties;

/**
 * Our JSON layout for files streamed with jackson-core alone: two-space indent, {@code \n} line
 * ends. {@link Json} prints trees with the same printer, so both give the same bytes. Nothing
 * here touches databind, whose classes the processor would otherwise load into javac.
 */
final class JsonOutput {

  static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonOutput() {}

  /** A generator in our layout; closing it flushes but does not close {@code out}. */
  static JsonGenerator open(Writer out) throws IOException {
    JsonGenerator json = FACTORY.createGenerator(out);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.setPrettyPrinter(PRINTER.createInstance());
    return json;
  }

  static void position(JsonGenerator json, String field, SourcePosition position) throws IOException {
    json.writeObjectFieldStart(field);
    json.writeStringField("file", position.file());
    json.writeNumberField("line", position.line());
    json.writeNumberField("column", position.column());
    json.writeEndObject();
  }

  static void tool(JsonGenerator json) throws IOException {
    json.writeObjectFieldStart("tool");
    json.writeStringField("name", "message-policy");
    json.writeStringField("version", toolVersion());
    json.writeEndObject();
  }

  /** The tool's version, from the build. */
  static String toolVersion() {
    try (InputStream in = JsonOutput.class.getResourceAsStream("/dev/messagepolicy/engine/version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
