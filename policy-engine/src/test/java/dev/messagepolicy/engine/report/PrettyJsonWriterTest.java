package dev.messagepolicy.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The hand-written writer gives exactly what Jackson prints for the same tree in our layout. */
class PrettyJsonWriterTest {

  /** Every control character, quote, backslash, DEL, U+2028, a lone surrogate, an emoji, non-ASCII. */
  private static final String AWKWARD;

  static {
    StringBuilder text = new StringBuilder();
    for (char c = 0; c <= 0x20; c++) {
      text.append(c);
    }
    AWKWARD = text.append("\"\\/\u007f\u2028\u2029\ud800x\udc00😀 grüße – </script>").toString();
  }

  @Test
  void sameBytesAsJacksonsPrettyPrinter() throws IOException {
    ObjectNode tree = Json.object();
    tree.put("text", AWKWARD);
    tree.put(AWKWARD, 7);
    tree.putNull("none");
    tree.put("long", Long.MIN_VALUE);
    tree.put("yes", true);
    tree.putObject("emptyObject");
    tree.putArray("emptyArray");
    ArrayNode nested = tree.putArray("nested");
    nested.addArray().add(1).add(-2);
    nested.addObject().put("a", "b").putArray("c");
    nested.add("s");
    nested.addNull();

    StringWriter out = new StringWriter();
    PrettyJsonWriter json = new PrettyJsonWriter(out);
    json.beginObject();
    json.field("text", AWKWARD);
    json.field(AWKWARD, 7);
    json.name("none").nullValue();
    json.field("long", Long.MIN_VALUE);
    json.field("yes", true);
    json.name("emptyObject").beginObject().endObject();
    json.name("emptyArray").beginArray().endArray();
    json.name("nested").beginArray();
    json.beginArray().value(1).value(-2).endArray();
    json.beginObject().field("a", "b").name("c").beginArray().endArray().endObject();
    json.value("s");
    json.value((String) null);
    json.endArray();
    json.endObject();
    out.write('\n');

    assertEquals(Json.write(tree), out.toString());
  }
}
