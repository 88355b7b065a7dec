package dev.messagepolicy.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.messagepolicy.processor.ProcessorTestSupport.javac;
import static dev.messagepolicy.processor.ProcessorTestSupport.onlyDiagnostic;
import static dev.messagepolicy.processor.ProcessorTestSupport.template;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Findings in inline text stand where the offending text is written, even where the value
 * differs from the source: text-block indentation and line continuations, escapes, unicode
 * escapes, concatenation. Lines count from 1 in the whole file; {@link ProcessorTestSupport#template}
 * puts four lines before the given ones, so the first given line is line 5.
 */
class InlinePositionsTest {

  private static String findingOf(Compilation compilation, String rule) {
    return onlyDiagnostic(compilation, rule).getMessage(Locale.ROOT);
  }

  @Test
  void linkOnAnIndentedTextBlockLine() {
    JavaFileObject source = template("TextBlockLink",
        "@MessageTemplate(subject = \"Order {{orderId}}\",",     // 5
        "    body = \"\"\"",                                      // 6
        "        Hello",                                          // 7
        "        visit www.{{shopDomain}}.co.uk",                 // 8
        "        \"\"\")",                                        // 9
        "@ContactReason(Reason.ORDER_DETAILS)",
        "public record TextBlockLink(String orderId, String shopDomain) {}");
    Compilation compilation = javac().compile(source);
    assertThat(compilation).hadErrorContaining("[no-links]").inFile(source).onLineContaining("body = \"\"\"");
    String finding = findingOf(compilation, "no-links");
    assertThat(finding).contains("at com/shop/TextBlockLink.java:8:15");
    // The excerpt shows the Java line, with the caret under "www".
    List<String> lines = finding.lines().toList();
    int excerpt = lines.indexOf(lines.stream().filter(l -> l.endsWith("        visit www.{{shopDomain}}.co.uk"))
        .findFirst().orElseThrow());
    assertThat(lines.get(excerpt + 1).indexOf('^')).isEqualTo(lines.get(excerpt).indexOf("www"));
  }

  @Test
  void linkAfterLineContinuations() {
    JavaFileObject source = template("ContinuedLink",
        "@MessageTemplate(subject = \"Order {{orderId}}\",",     // 5
        "    body = \"\"\"",                                      // 6
        "        Hello, your parcel \\",                          // 7
        "        is on its way. \\",                              // 8
        "        Track it \\",                                    // 9
        "          at www.my-shop.de today.",                    // 10
        "        \"\"\")",
        "@ContactReason(Reason.ORDER_DETAILS)",
        "public record ContinuedLink(String orderId) {}");
    String finding = findingOf(javac().compile(source), "no-links");
    assertThat(finding).contains("at com/shop/ContinuedLink.java:10:14");
  }

  @Test
  void importantTagAfterAUnicodeEscape() {
    JavaFileObject source = template("CafeOrder",
        "@MessageTemplate(subject = \"Caf\\u00e9 order {{orderId}} [Important]\", body = \"Please confirm.\")",
        "@ContactReason(Reason.ORDER_DETAILS)",
        "public record CafeOrder(String orderId) {}");
    String finding = findingOf(javac().compile(source), "important-tag-misuse");
    assertThat(finding).contains("at com/shop/CafeOrder.java:5:57");
  }

  @Test
  void linkAfterANewlineEscape() {
    String padding = "Please read this first. ".repeat(3);
    JavaFileObject source = template("EscapedNewline",
        "@MessageTemplate(subject = \"Order {{orderId}}\",",
        "    body = \"" + padding + "Line one\\nVisit www.example-shop.com\")",
        "@ContactReason(Reason.ORDER_DETAILS)",
        "public record EscapedNewline(String orderId) {}");
    int column = "    body = \"".length() + padding.length() + "Line one\\nVisit ".length() + 1;
    String finding = findingOf(javac().compile(source), "no-links");
    assertThat(finding).contains("at com/shop/EscapedNewline.java:6:" + column);
  }

  @Test
  void importantTagInTheThirdLiteralOfAConcatenation() {
    JavaFileObject source = template("ConcatenatedSubject",
        "@MessageTemplate(subject = \"Order \" + \"{{orderId}}: \" + \"[Important] delay\",",
        "    body = (\"See \" + (\"www.my-shop.de\"))",
        "        + \" today\")",
        "@ContactReason(Reason.ORDER_DETAILS)",
        "public record ConcatenatedSubject(String orderId) {}");
    Compilation compilation = javac().compile(source);
    assertThat(findingOf(compilation, "important-tag-misuse")).contains("at com/shop/ConcatenatedSubject.java:5:58");
    assertThat(findingOf(compilation, "no-links")).contains("at com/shop/ConcatenatedSubject.java:6:24");
  }

  /** The literal of {@link JavaLiteralMapperTest}, now decoded by javac: both must agree, or the mapping falls back. */
  @Test
  void trickyTextBlockAgreesWithJavac() {
    JavaFileObject source = template("Tricky",
        "@MessageTemplate(subject = \"Order {{orderId}}\", body = \"\"\"",  // 5
        "\t    first line\\s",
        "    \t  \"quoted\\\"\" word   ",
        "    joined \\",
        "        caf\\u00e9 www.shop.de",                                 // 9
        "    \"\"\")",
        "@ContactReason(Reason.ORDER_DETAILS)",
        "public record Tricky(String orderId) {}");
    assertThat(findingOf(javac().compile(source), "no-links")).contains("at com/shop/Tricky.java:9:19");
  }

  @Test
  void crlfSource() {
    JavaFileObject source = JavaFileObjects.forSourceString("com.shop.WindowsLines", String.join("\r\n",
        "package com.shop;",
        "import dev.messagepolicy.annotations.*;",
        "@MessageTemplate(subject = \"Order {{orderId}}\", body = \"\"\"",
        "      Hello",
        "        visit www.my-shop.de",
        "      \"\"\")",
        "@ContactReason(Reason.ORDER_DETAILS)",
        "public record WindowsLines(String orderId) {}",
        ""));
    assertThat(findingOf(javac().compile(source), "no-links")).contains("at com/shop/WindowsLines.java:5:15");
  }

  /** A constant's text is not in the annotation: the finding stands at the reference, as before. */
  @Test
  void constantReferenceFallsBackToTheReference() {
    JavaFileObject source = template("FromConstant",
        "@MessageTemplate(subject = \"Order {{orderId}}\", body = FromConstant.BODY)",
        "@ContactReason(Reason.ORDER_DETAILS)",
        "public record FromConstant(String orderId) {",
        "  static final String BODY = \"See www.my-shop.de\";",
        "}");
    Compilation compilation = javac().compile(source);
    assertThat(compilation).hadErrorContaining("[no-links]").inFile(source).onLineContaining("body = FromConstant.BODY");
    assertThat(findingOf(compilation, "no-links")).contains("at com/shop/FromConstant.java:5:");
  }
}
