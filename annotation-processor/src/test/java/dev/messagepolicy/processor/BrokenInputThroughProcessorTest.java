package dev.messagepolicy.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.messagepolicy.processor.ProcessorTestSupport.assertNotReported;
import static dev.messagepolicy.processor.ProcessorTestSupport.javac;
import static dev.messagepolicy.processor.ProcessorTestSupport.onlyDiagnostic;
import static dev.messagepolicy.processor.ProcessorTestSupport.template;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broken-input catalogue ({@code maven-plugin/src/test/resources/broken-input/}) through the
 * processor: the cases that a template class can have, written inline where javac allows it, each
 * with the finding javac must print: the rule, the line and column of the diagnostic (the start of
 * the annotation value, where javac puts it) and the exact {@code at file:line:column} of the
 * offending text in the message. The Java sources put four lines before the given ones (see
 * {@link ProcessorTestSupport#template}), so the first given line is line 5.
 */
class BrokenInputThroughProcessorTest {

  private static final String SYNTAX = "template-syntax";

  /** A DE template class with the given annotation lines after {@code @MessageTemplate(subject = …,}. */
  private static JavaFileObject templateClass(String name, String... valueLines) {
    String[] lines = new String[valueLines.length + 4];
    lines[0] = "@MessageTemplate(subject = \"Ihre Bestellung {{orderId}}\", marketplace = Marketplace.DE,"; // 5
    System.arraycopy(valueLines, 0, lines, 1, valueLines.length);
    lines[valueLines.length + 1] = "@ContactReason(Reason.ORDER_DETAILS)";
    lines[valueLines.length + 2] = "public record " + name + "(String orderId, String buyerName, java.util.List<Item> items) {";
    lines[valueLines.length + 3] = "  public record Item(String name) {} }";
    return template(name, lines);
  }

  /** The only template-syntax diagnostic: its message has {@code text} and {@code at}, javac puts it at {@code line:column}. */
  private static void assertSyntaxFinding(Compilation compilation, String text, String at, int line, int column) {
    Diagnostic<? extends JavaFileObject> diagnostic = onlyDiagnostic(compilation, SYNTAX);
    String message = diagnostic.getMessage(Locale.ROOT);
    assertThat(message).contains(text);
    assertThat(message).contains("at " + at + "\n");
    assertWithMessage("javac's position of %s", message)
        .that(List.of(diagnostic.getLineNumber(), diagnostic.getColumnNumber()))
        .containsExactly((long) line, (long) column).inOrder();
    assertThat(diagnostic.getKind()).isEqualTo(Diagnostic.Kind.ERROR);
  }

  private static void assertNoInternalError(Compilation compilation) {
    assertWithMessage("%s", compilation.diagnostics()).that(compilation.diagnostics().stream()
        .anyMatch(d -> d.getMessage(Locale.ROOT).contains("internal error"))).isFalse();
  }

  @Test
  void unclosedSection() {
    Compilation compilation = javac().compile(templateClass("UnclosedSection",
        "    body = \"\"\"",                                        // 6
        "        Hallo {{buyerName}},",                             // 7
        "        {{#items}}",                                       // 8
        "        - {{name}}",
        "        \"\"\")"));

    assertSyntaxFinding(compilation, "section 'items' is never closed", "com/shop/UnclosedSection.java:8:9", 6, 12);
  }

  @Test
  void mismatchedEndTag() {
    Compilation compilation = javac().compile(templateClass("MismatchedEndTag",
        "    body = \"\"\"",                                        // 6
        "        {{#items}}",
        "          x {{/item}}",                                    // 8
        "        \"\"\")"));

    assertSyntaxFinding(compilation, "closing tag 'item' does not match the open section 'items'",
        "com/shop/MismatchedEndTag.java:8:13", 6, 12);
  }

  @Test
  void brokenSetDelimiterTag() {
    Compilation compilation = javac().compile(templateClass("BrokenDelimiter",
        "    body = \"Hallo {{=<% =}}\")"));                        // 6

    assertSyntaxFinding(compilation, "malformed set-delimiter tag", "com/shop/BrokenDelimiter.java:6:19", 6, 12);
  }

  @Test
  void missingPartial() {
    Compilation compilation = javac().compile(templateClass("MissingPartial",
        "    body = \"\"\"",                                        // 6
        "        Hallo {{buyerName}},",
        "          {{> signature-that-does-not-exist}}",            // 8
        "        \"\"\")"));

    assertSyntaxFinding(compilation, "partial 'signature-that-does-not-exist' not found",
        "com/shop/MissingPartial.java:8:11", 6, 12);
  }

  /** The two partials of the catalogue, written as they are there. */
  @Test
  void cycleOfPartials(@TempDir Path project) throws IOException {
    Path partials = Files.createDirectories(project.resolve("templates/partials"));
    Files.writeString(partials.resolve("cycle-a.mustache"), "Start\n{{> cycle-b}}\n");
    Files.writeString(partials.resolve("cycle-b.mustache"), "B\n  {{> cycle-a}}\n");

    Compilation compilation = javac("-Amessagepolicy.projectBase=" + project, "-Amessagepolicy.templatesPath=templates")
        .compile(templateClass("CycleOfPartials",
            "    body = \"Hallo {{> partials/cycle-a}}\")"));          // 6

    assertSyntaxFinding(compilation,
        "cycle of partials: partials/cycle-a.mustache > partials/cycle-b.mustache > partials/cycle-a.mustache never ends",
        "templates/partials/cycle-b.mustache:2:3", 6, 12);
  }

  @Test
  void missingBodyResource() {
    Compilation compilation = javac().compile(templateClass("MissingResource",
        "    bodyResource = \"messages/missing.mustache\")"));      // 6

    assertSyntaxFinding(compilation, "body resource 'messages/missing.mustache' not found",
        "com/shop/MissingResource.java:6:21", 6, 20);
  }

  /** A Java file with CR LF line endings: the \r is no column, and lines count as in an editor. */
  @Test
  void crLfLineEndings() {
    JavaFileObject source = JavaFileObjects.forSourceString("com.shop.CrLf", String.join("\r\n",
        "package com.shop;",
        "import dev.messagepolicy.annotations.*;",
        "@MessageTemplate(subject = \"Ihre Bestellung {{orderId}}\", marketplace = Marketplace.DE,",
        "    body = \"\"\"",                                        // 4
        "        Bestellung {{orderId}}",
        "        Besuchen Sie www.shop.de",                         // 6
        "        \"\"\")",
        "@ContactReason(Reason.ORDER_DETAILS)",
        "public record CrLf(String orderId) {}",
        ""));

    Diagnostic<? extends JavaFileObject> link = onlyDiagnostic(javac().compile(source), "no-links");

    assertThat(link.getMessage(Locale.ROOT)).contains("at com/shop/CrLf.java:6:22\n");
    assertThat(List.of(link.getLineNumber(), link.getColumnNumber())).containsExactly(4L, 12L).inOrder();
  }

  /** CR LF written as escapes: the link stands on the same Java line, after the four escape characters. */
  @Test
  void crLfEscapesInALiteral() {
    Compilation compilation = javac().compile(templateClass("CrLfEscapes",
        "    body = \"Bestellung {{orderId}}\\r\\nBesuchen Sie www.shop.de\")")); // 6

    assertThat(onlyDiagnostic(compilation, "no-links").getMessage(Locale.ROOT))
        .contains("at com/shop/CrLfEscapes.java:6:52\n");
  }

  /** An empty body resource (an empty inline body is a declaration error: "give the body"). */
  @Test
  void emptyTemplate(@TempDir Path templates) throws IOException {
    Files.writeString(templates.resolve("empty.mustache"), "");

    Compilation compilation = javac("-Amessagepolicy.templatesPath=" + templates).compile(templateClass(
        "EmptyTemplate", "    bodyResource = \"empty.mustache\")"));

    assertNotReported(compilation, SYNTAX);
    assertNoInternalError(compilation);
  }

  /**
   * 10,000 nested sections, all closed, as in the catalogue: legal Mustache, checked without a
   * stack overflow. Inline they would be 120,001 characters, over javac's limit of 65,535 for a
   * constant: a resource.
   */
  @Test
  void tenThousandNestedSections(@TempDir Path templates) throws IOException {
    Files.writeString(templates.resolve("nested-sections.mustache"),
        "{{#s}}".repeat(10_000) + "x" + "{{/s}}".repeat(10_000) + "\n");

    Compilation compilation = assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
        javac("-Amessagepolicy.templatesPath=" + templates).compile(templateClass("NestedSections",
            "    bodyResource = \"nested-sections.mustache\")")));

    assertNotReported(compilation, SYNTAX);
    assertNoInternalError(compilation);
  }

  /** 10,000 nested sections never closed fit inline: 10,000 findings, of which javac shows 20 and a count. */
  @Test
  void tenThousandUnclosedNestedSectionsInline() {
    Compilation compilation = assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
        javac().compile(templateClass("UnclosedSections",
            "    body = \"" + "{{#s}}".repeat(10_000) + "\")")));

    List<String> messages = compilation.diagnostics().stream().map(d -> d.getMessage(Locale.ROOT)).toList();
    List<String> shown = messages.stream().filter(m -> m.startsWith("[") && !m.startsWith("[message-policy]")).toList();
    assertThat(shown).hasSize(DiagnosticBudget.PER_TEMPLATE);
    long shownSyntax = shown.stream().filter(m -> m.startsWith("[template-syntax] section 's' is never closed")).count();
    List<String> counts = messages.stream().filter(m -> m.startsWith("[message-policy]")).toList();
    assertWithMessage("%s", messages).that(counts).hasSize(1);
    assertThat(counts.get(0)).contains((10_000 - shownSyntax) + " template-syntax");
    assertNoInternalError(compilation);
  }
}
