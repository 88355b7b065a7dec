package dev.messagepolicy.processor;

import static com.google.common.truth.Truth.assertThat;

import dev.messagepolicy.engine.source.SourcePosition;
import dev.messagepolicy.engine.source.SourceText;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The mapper on its own: Java source as text, the offsets where its literals start, and the value
 * javac would compute (written out by hand here). Positions are asserted as {@code line:column}.
 */
class JavaLiteralMapperTest {

  private static final String FILE = "T.java";

  /**
   * Mixed tab and space indentation (every white space character counts one), {@code \s}
   * protecting a trailing space, trailing spaces stripped, an escaped quote, a line
   * continuation and a unicode escape.
   */
  private static final List<String> TRICKY_TEXT_BLOCK = List.of(
      "class T {",                                   // 1
      "  @A(body = \"\"\"",                          // 2
      "\t    first line\\s",                         // 3: 5 white space characters
      "    \t  \"quoted\\\"\" word   ",              // 4: 7, then 3 trailing spaces
      "    joined \\",                               // 5: 4, ends in a continuation
      "        caf\\u00e9 www.shop.de",              // 6: 8
      "    \"\"\")",                                 // 7: the closing delimiter, indented 4
      "}");

  private static final String TRICKY_VALUE =
      " first line \n\t  \"quoted\"\" word\njoined     caf\u00e9 www.shop.de\n";

  @Test
  void textBlockWithMixedIndentationEscapesAndContinuation() {
    String source = String.join("\n", TRICKY_TEXT_BLOCK);
    SourceText text = mapTextBlock(source, TRICKY_VALUE);
    assertThat(at(text, " first")).isEqualTo("3:5");       // indentation 4 of 5 stripped
    assertThat(at(text, "first")).isEqualTo("3:6");
    assertThat(at(text, " \n\t")).isEqualTo("3:16");      // \s stands at its backslash
    assertThat(at(text, "\t  \"quoted")).isEqualTo("4:5");
    assertThat(at(text, "\"\" word")).isEqualTo("4:15");   // \" at its backslash
    assertThat(at(text, "\" word")).isEqualTo("4:17");
    assertThat(at(text, "joined")).isEqualTo("5:5");
    assertThat(at(text, "    caf")).isEqualTo("6:5");      // the continuation joins line 6 on
    assertThat(at(text, "\u00e9")).isEqualTo("6:12");      // the unicode escape at its backslash
    assertThat(at(text, " www")).isEqualTo("6:18");
    assertThat(at(text, "www")).isEqualTo("6:19");
    assertThat(text.sourceLines().get(6)).isEqualTo("        caf\\u00e9 www.shop.de");
    assertThat(text.lineAt(TRICKY_VALUE.indexOf("www"))).isEqualTo("        caf\\u00e9 www.shop.de");
  }

  @Test
  void crlfSourceMapsLikeLf() {
    SourceText crlf = mapTextBlock(String.join("\r\n", TRICKY_TEXT_BLOCK), TRICKY_VALUE);
    SourceText cr = mapTextBlock(String.join("\r", TRICKY_TEXT_BLOCK), TRICKY_VALUE);
    SourceText lf = mapTextBlock(String.join("\n", TRICKY_TEXT_BLOCK), TRICKY_VALUE);
    assertThat(crlf.segments()).isEqualTo(lf.segments());
    assertThat(cr.segments()).isEqualTo(lf.segments());
    assertThat(crlf.sourceLines()).isEqualTo(lf.sourceLines());
  }

  @Test
  void closingDelimiterAtTheMarginKeepsAllIndentation() {
    String source = String.join("\n", "x = \"\"\"", "    Hello", "      www.a.de", "\"\"\";");
    SourceText text = mapTextBlock(source, "    Hello\n      www.a.de\n");
    assertThat(at(text, "Hello")).isEqualTo("2:5");
    assertThat(at(text, "www")).isEqualTo("3:7");
  }

  @Test
  void contentOnTheClosingLineAndBlankLinesInside() {
    String source = String.join("\n", "x = \"\"\"", "      A", "", "  \t ", "      www.a.de\"\"\";");
    SourceText text = mapTextBlock(source, "A\n\n\nwww.a.de");
    assertThat(at(text, "A")).isEqualTo("2:7");
    assertThat(at(text, "www")).isEqualTo("5:7");
  }

  @Test
  void stringLiteralEscapes() {
    String source = "x = \"Line one\\nVisit www.a.de \\101\\7\\08 \\\\u0041 \\u005c\\u005c end\";";
    String value = "Line one\nVisit www.a.de A\7\08 \\u0041 \\ end";
    SourceText text = JavaLiteralMapper.map(FILE, source, literal(source.indexOf('"'), value), value).orElseThrow();
    assertThat(at(text, "Line")).isEqualTo("1:6");
    assertThat(at(text, "\nVisit")).isEqualTo("1:14");
    assertThat(at(text, "Visit")).isEqualTo("1:16");
    assertThat(at(text, "www")).isEqualTo("1:22");
    assertThat(at(text, "A\7")).isEqualTo("1:31");        // \101
    assertThat(at(text, "\7")).isEqualTo("1:35");         // \7
    assertThat(at(text, "\0")).isEqualTo("1:37");         // \0, then a plain 8
    assertThat(at(text, "8")).isEqualTo("1:39");
    assertThat(at(text, "\\u0041")).isEqualTo("1:41");    // an escaped backslash: no unicode escape
    assertThat(at(text, "u0041")).isEqualTo("1:43");
    assertThat(at(text, "\\ end")).isEqualTo("1:49");     // \u005c\u005c: unicode backslashes, then an escape
    assertThat(at(text, "end")).isEqualTo("1:62");
  }

  @Test
  void concatenationMapsEachLiteral() {
    String source = "x = \"Order \" + \"{{orderId}}: \"\n    + (\"[Important] delay\");";
    List<JavaLiteralMapper.Literal> literals = List.of(
        new JavaLiteralMapper.Literal(source.indexOf("\"Order"), "Order "),
        new JavaLiteralMapper.Literal(source.indexOf("\"{{"), "{{orderId}}: "),
        new JavaLiteralMapper.Literal(source.indexOf("\"[Important]"), "[Important] delay"));
    SourceText text = JavaLiteralMapper.map(FILE, source, literals, "Order {{orderId}}: [Important] delay").orElseThrow();
    assertThat(at(text, "Order")).isEqualTo("1:6");
    assertThat(at(text, "{{")).isEqualTo("1:17");
    assertThat(at(text, "[Important]")).isEqualTo("2:9");
    assertThat(text.sourceLines()).containsExactly(1, source.lines().toList().get(0), 2, "    + (\"[Important] delay\");");
  }

  @Test
  void emptyValueStandsAtItsContent() {
    String source = "x = \"\"\"\n    \"\"\";";
    SourceText text = JavaLiteralMapper.map(FILE, source, literal(4, ""), "").orElseThrow();
    assertThat(text.text()).isEmpty();
    assertThat(text.position(0)).isEqualTo(new SourcePosition(FILE, 2, 1));
  }

  /** javac's parser folds {@code "a" + "b"} into one literal tree: its value spans both literals. */
  @Test
  void foldedConcatenationIsReadAcrossPlusSigns() {
    String source = "x = \"Order \" /* why */ + // note\n  \"\"\"\n    [Important] delay\"\"\" + \"!\";";
    String value = "Order [Important] delay!";
    SourceText text = JavaLiteralMapper.map(FILE, source, literal(4, value), value).orElseThrow();
    assertThat(at(text, "Order")).isEqualTo("1:6");
    assertThat(at(text, "[Important]")).isEqualTo("3:5");
    assertThat(at(text, "!")).isEqualTo("3:29");
  }

  @Test
  void anyDoubtGivesNoMapping() {
    String source = "x = \"a\\tb\";";
    assertThat(map(source, 4, "a\tb")).isPresent();
    assertThat(map(source, 4, "a\\tb")).isEmpty();   // not javac's value
    assertThat(map(source, 0, "a\tb")).isEmpty();     // not a literal
    assertThat(map(source, 99, "a")).isEmpty();
    assertThat(JavaLiteralMapper.map(FILE, source, List.of(), "a\tb")).isEmpty();
    assertThat(map("x = \"open", 4, "open")).isEmpty();
    assertThat(map("x = \"a\nb\"", 4, "a\nb")).isEmpty();
    assertThat(map("x = \"\\q\"", 4, "q")).isEmpty();
    assertThat(map("x = \"\\u00zz\"", 4, "?")).isEmpty();
    assertThat(map("x = \"\"\"text\"\"\"", 4, "text")).isEmpty();
    assertThat(map("x = \"a\" - \"b\"", 4, "ab")).isEmpty();
  }

  private static Optional<SourceText> map(String source, int start, String value) {
    return JavaLiteralMapper.map(FILE, source, literal(start, value), value);
  }

  private static List<JavaLiteralMapper.Literal> literal(int start, String value) {
    return List.of(new JavaLiteralMapper.Literal(start, value));
  }


  private static SourceText mapTextBlock(String source, String value) {
    Optional<SourceText> text = JavaLiteralMapper.map(FILE, source, literal(source.indexOf("\"\"\""), value), value);
    assertThat(text).isPresent();
    assertThat(text.get().text()).isEqualTo(value);
    return text.get();
  }

  /** {@code line:column} of the first occurrence of {@code needle} in the value. */
  private static String at(SourceText text, String needle) {
    int index = text.text().indexOf(needle);
    assertThat(index).isAtLeast(0);
    SourcePosition position = text.position(index);
    return position.line() + ":" + position.column();
  }

}
