package dev.messagepolicy.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static dev.messagepolicy.processor.ProcessorTestSupport.javac;
import static dev.messagepolicy.processor.ProcessorTestSupport.template;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Odd but legal annotation values, the kind a fuzzer would try, compiled with the processor: the
 * processor may report findings, but it never throws into javac and never needs its "internal
 * error, please report a bug" fallback. Each case holds a second, ordinary template that must
 * still be checked (its link is reported).
 */
class OddAnnotationValuesTest {

  private static final String TQ = "\"\"\"";

  static Stream<Arguments> values() {
    return Stream.of(
        odd("empty subject and body", "subject = \"\", body = \"\""),
        odd("blank subject, body of spaces", "subject = \" \", body = \"   \\t  \""),
        odd("60,000-character body literal", "subject = \"s\", body = \"" + "a.".repeat(30_000) + "\""),
        // Valid sections over a property: 5,000 findings would hit javac's limit of 100 printed errors.
        odd("long subject of tags", "subject = \"" + "{{#orderId}}{{/orderId}}".repeat(2_500) + "\", body = \"x\""),
        odd("NUL, lone surrogate and BOM escapes", "subject = \"\\u0000\\uD800\\uFEFF\", body = \"\\uDC00x\\u0000\""),
        odd("right-to-left override and zero-width joiner", "subject = \"\\u202Eab\\u200D\", body = \"w\\u200Bw\\u200Bw.x.de\""),
        odd("unicode escape of a backslash before u", "subject = \"\\u005c\\u005cu0041\", body = \"\\\\u0041\""),
        odd("unicode escapes written outside the literal",
            "subject = \\u0022x\\u0022, body = \\u0022{{#a}}\\u0022"),
        odd("text block with escaped quotes, \\s and line continuation",
            "subject = \"x\", body = " + TQ + "\n    a \\" + TQ + " {{#s}}\\s\n    b \\\n    {{/s}} \\u0041\n    " + TQ),
        odd("text block that is only a tag", "subject = \"x\", body = " + TQ + "\n    {{\n    " + TQ),
        odd("constant concatenation across lines", "subject = \"a\" + \"b\"\n    + 'c' + 1 + 2L + true, body = \"x\" + \"{{\" + \"y}}\""),
        odd("empty bodyResource", "subject = \"x\", bodyResource = \"\""),
        odd("bodyResource escaping the tree", "subject = \"x\", bodyResource = \"../../../../etc/passwd\""),
        odd("bodyResource with NUL and unicode", "subject = \"x\", bodyResource = \"m\\u0000/\\u00e9.mustache\""),
        odd("huge bodyResource", "subject = \"x\", bodyResource = \"" + "d/".repeat(20_000) + "x.mustache\""),
        odd("body and bodyResource both", "subject = \"x\", body = \"y\", bodyResource = \"z.mustache\""),
        odd("partial named by escapes", "subject = \"x\", body = \"{{> \\u002e\\u002e/\\u0000}}\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  void processorNeverThrowsAndStillChecksTheOthers(String name, String attributes) {
    Compilation compilation = javac().compile(
        template("Odd", "@MessageTemplate(" + attributes + ")", "@ContactReason(Reason.ORDER_DETAILS)",
            "public record Odd(String orderId) {}"),
        template("Ordinary", "@MessageTemplate(subject = \"Order {{orderId}}\", body = \"See www.example.de\")",
            "@ContactReason(Reason.ORDER_DETAILS)", "public record Ordinary(String orderId) {}"));
    List<String> messages = compilation.diagnostics().stream().map(d -> d.getMessage(Locale.ROOT)).toList();
    assertWithMessage("diagnostics of %s", name).that(messages.stream()
        .filter(m -> m.contains("internal error") || m.contains("threw an uncaught exception")).toList()).isEmpty();
    assertWithMessage("the other template is still checked, diagnostics %s", messages)
        .that(messages.stream().anyMatch(m -> m.startsWith("[no-links]") && m.contains("www.example.de"))).isTrue();
  }

  private static Arguments odd(String name, String attributes) {
    return Arguments.of(name, attributes);
  }
}
