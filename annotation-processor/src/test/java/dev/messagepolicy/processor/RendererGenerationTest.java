package dev.messagepolicy.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.messagepolicy.processor.ProcessorTestSupport.MODULE;
import static dev.messagepolicy.processor.ProcessorTestSupport.javac;
import static dev.messagepolicy.processor.ProcessorTestSupport.template;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.messagepolicy.annotations.Reason;
import dev.messagepolicy.runtime.MessageDefinition;
import dev.messagepolicy.runtime.MessagePolicyViolation;
import dev.messagepolicy.runtime.RenderedMessage;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The generated renderers and catalog: their shape, their compilation, and what they do when run. */
class RendererGenerationTest {

  private static final JavaFileObject ENGRAVING = template("EngravingQuestion",
      "@MessageTemplate(",
      "    subject = \"[Important] Additional Information Required for order {{orderId}}\",",
      "    body = \"Hello {{buyerName}}, how should we engrave '{{engravingText}}' on {{productTitle}}?\",",
      "    marketplace = Marketplace.UK)",
      "@ContactReason(Reason.PRODUCT_CUSTOMIZATION)",
      "@Critical",
      "public record EngravingQuestion(String orderId, String buyerName, String engravingText, String productTitle) {}");

  /** A resource body with a section and a partial, found at build time and on the class path at run time. */
  private static final JavaFileObject DELAY = template("DispatchDelay",
      "import java.util.List;",
      "",
      "@MessageTemplate(subject = \"Delay with order {{orderId}}\", bodyResource = \"generation/dispatch-delay.mustache\")",
      "@ContactReason(Reason.UNEXPECTED_PROBLEM)",
      "public record DispatchDelay(String orderId, String buyerName, String productTitle, List<String> newDates) {}");

  private static Compilation compile(String... optionsAndNothingElse) {
    return compile(List.of(optionsAndNothingElse), ENGRAVING, DELAY);
  }

  private static Compilation compile(List<String> extraOptions, JavaFileObject... sources) {
    List<String> options = new ArrayList<>(List.of("-Xlint:all", "-Werror",
        "-Amessagepolicy.projectBase=" + MODULE, "-Amessagepolicy.templatesPath=src/test/resources"));
    options.addAll(extraOptions);
    return javac(options.toArray(String[]::new)).compile(sources);
  }

  private static String generated(Compilation compilation, String type) throws IOException {
    JavaFileObject file = compilation.generatedSourceFile(type).orElseThrow(
        () -> new AssertionError("no generated " + type + " in " + compilation.generatedSourceFiles()));
    return file.getCharContent(true).toString();
  }

  private static Object renderer(GeneratedClasses classes, String name) throws ReflectiveOperationException {
    return classes.loadClass(name).getConstructor().newInstance();
  }

  private static RenderedMessage render(Object renderer, Object model) throws Throwable {
    Method render = renderer.getClass().getMethod("render", model.getClass());
    try {
      return (RenderedMessage) render.invoke(renderer, model);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static Object engraving(GeneratedClasses classes, String productTitle) throws ReflectiveOperationException {
    return classes.loadClass("com.shop.EngravingQuestion")
        .getConstructor(String.class, String.class, String.class, String.class)
        .newInstance("302-1234567-7654321", "Sam", "For Anna", productTitle);
  }

  @Test
  void rendererHasDefinitionRenderAndMayDeliverForTheTemplateType() throws IOException {
    String source = generated(compile(), "com.shop.EngravingQuestionMessage");

    assertThat(source).contains("public final class EngravingQuestionMessage {");
    assertThat(source).contains("public RenderedMessage render(EngravingQuestion model) {");
    assertThat(source).contains("public boolean mayDeliver(Buyer buyer, Order order) {");
    assertThat(source).contains("public static MessageDefinition definition() {");
    assertThat(source).contains("Reason.PRODUCT_CUSTOMIZATION, true, Marketplace.UK, null,");
    assertThat(source).contains("new CompiledTemplate(DEFINITION, EngravingQuestion.class)");
    assertThat(source).contains("this(RuntimeCheck.standard());");
  }

  @Test
  void generatedCodeCompilesWithoutWarningsUnderXlintAllAndWerror() throws IOException {
    JavaFileObject generic = template("Generic",
        "@MessageTemplate(subject = \"Order {{orderId}}\", body = \"Hello, about order {{orderId}}: {{detail}}\")",
        "@ContactReason(Reason.ORDER_DETAILS)",
        "public record Generic<T extends CharSequence>(String orderId, T detail) {}");
    JavaFileObject nested = template("Outer",
        "public class Outer {",
        "  @MessageTemplate(subject = \"Order {{orderId}}\", body = \"Hello, about order {{orderId}}.\")",
        "  @ContactReason(Reason.ORDER_DETAILS)",
        "  record Inner(String orderId) {}",
        "}");
    JavaFileObject deprecated = template("OldNotice",
        "/** @deprecated replaced */",
        "@Deprecated",
        "@MessageTemplate(subject = \"Order {{orderId}}\", body = \"Hello, a problem with order {{orderId}}.\")",
        "@ContactReason(Reason.UNEXPECTED_PROBLEM)",
        "@SuppressPolicy(value = \"no-links\", justification = \"none needed, the text has no link\")",
        "public record OldNotice(String orderId) {}");

    Compilation compilation = compile(List.of(), ENGRAVING, DELAY, generic, nested, deprecated);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, "com.shop.GenericMessage")).contains("render(Generic<?> model)");
    String inner = generated(compilation, "com.shop.Outer_InnerMessage");
    assertThat(inner).contains("final class Outer_InnerMessage {");
    assertThat(inner).doesNotContain("public final class");
    assertThat(generated(compilation, "com.shop.OldNoticeMessage")).contains("List.of(\"no-links\")");
  }

  @Test
  void renderedThroughTheGeneratedClassWithRealValues() throws Throwable {
    GeneratedClasses classes = new GeneratedClasses(compile());
    Object delay = classes.loadClass("com.shop.DispatchDelay")
        .getConstructor(String.class, String.class, String.class, List.class)
        .newInstance("302-1234567-7654321", "Sam O'Neill", "Oak board", List.of("12 May", "13 May"));

    RenderedMessage message = render(renderer(classes, "com.shop.DispatchDelayMessage"), delay);

    assertEquals("Delay with order 302-1234567-7654321", message.subject());
    assertEquals("""
        Hello Sam O'Neill,

        "Oak board" from order 302-1234567-7654321 leaves our workshop later than planned.
        - 12 May
        - 13 May
        Kind regards, the workshop

        """, message.body()); // Mustache.java keeps the newline after a standalone {{> partial}} line
    assertEquals(Reason.UNEXPECTED_PROBLEM, message.reason());
  }

  @Test
  void productTitleWithLinkIsStoppedByTheGeneratedRenderer() throws Throwable {
    GeneratedClasses classes = new GeneratedClasses(compile());
    Object renderer = renderer(classes, "com.shop.EngravingQuestionMessage");

    Throwable thrown = assertThrows(Throwable.class,
        () -> render(renderer, engraving(classes, "Oak board - see www.board-shop.example for sizes")));

    MessagePolicyViolation violation = assertInstanceOf(MessagePolicyViolation.class, thrown);
    assertEquals("no-links", violation.findings().get(0).rule());
    assertThat(violation.getMessage()).contains("EngravingQuestion (rendered body):1:");
  }

  @Test
  void allowedLinkDomainsOfTheBuildAreTheDefaultAtRunTime() throws Throwable {
    Compilation compilation = compile("-Amessagepolicy.allowedLinkDomains=board-shop.example");
    assertThat(generated(compilation, "com.shop.EngravingQuestionMessage"))
        .contains("this(RuntimeCheck.withBuildSettings(\"\", Set.of(\"board-shop.example\")));");
    GeneratedClasses classes = new GeneratedClasses(compilation);
    Object renderer = renderer(classes, "com.shop.EngravingQuestionMessage");

    RenderedMessage allowed = render(renderer, engraving(classes, "Oak board, sizes on www.board-shop.example today"));

    assertThat(allowed.compliant()).isTrue();
    assertThrows(MessagePolicyViolation.class,
        () -> render(renderer, engraving(classes, "Oak board, sizes on www.other-shop.example today")));
  }

  @Test
  void mayDeliverFollowsTheOptOutPolicy() throws Exception {
    GeneratedClasses classes = new GeneratedClasses(compile());
    Class<?> buyer = classes.loadClass("dev.messagepolicy.runtime.Buyer");
    Class<?> order = classes.loadClass("dev.messagepolicy.runtime.Order");
    Object optedOut = dev.messagepolicy.runtime.BuyerFacts.optedOut();
    Object ordinary = dev.messagepolicy.runtime.OrderFacts.ordinary();

    Object critical = renderer(classes, "com.shop.EngravingQuestionMessage");
    Object routine = renderer(classes, "com.shop.DispatchDelayMessage");

    assertEquals(true, critical.getClass().getMethod("mayDeliver", buyer, order).invoke(critical, optedOut, ordinary));
    assertEquals(false, routine.getClass().getMethod("mayDeliver", buyer, order).invoke(routine, optedOut, ordinary));
  }

  @Test
  void catalogListsEveryTemplateInTheirCommonPackage() throws Exception {
    JavaFileObject elsewhere = JavaFileObjects.forSourceLines("com.shop.returns.ReturnQuestion",
        "package com.shop.returns;",
        "import dev.messagepolicy.annotations.*;",
        "@MessageTemplate(subject = \"Your return, order {{orderId}}\", body = \"Hello, what is damaged in order {{orderId}}?\")",
        "@ContactReason(Reason.RETURN_QUESTION)",
        "public record ReturnQuestion(String orderId) {}");
    Compilation compilation = compile(List.of(), ENGRAVING, DELAY, elsewhere);
    assertThat(compilation).succeededWithoutWarnings();

    @SuppressWarnings("unchecked")
    List<MessageDefinition> templates = (List<MessageDefinition>) new GeneratedClasses(compilation)
        .loadClass("com.shop.MessageCatalog").getMethod("templates").invoke(null);

    assertEquals(List.of("com.shop.DispatchDelay", "com.shop.EngravingQuestion", "com.shop.returns.ReturnQuestion"),
        templates.stream().map(MessageDefinition::templateId).toList());
    assertEquals(Reason.RETURN_QUESTION, templates.get(2).reason());
  }

  @Test
  void templateWithSyntaxErrorGetsNoRenderer() {
    JavaFileObject broken = template("Broken",
        "@MessageTemplate(subject = \"Order {{orderId}}\", body = \"Hello, order {{#orderId}} is late.\")",
        "@ContactReason(Reason.UNEXPECTED_PROBLEM)",
        "public record Broken(String orderId) {}");

    // Findings as warnings, so that the compilation succeeds and its generated files can be inspected.
    Compilation compilation = javac("-Amessagepolicy.failOnSeverity=NONE").compile(ENGRAVING, broken);

    assertThat(compilation).succeeded();
    assertThat(ProcessorTestSupport.messagesOf(compilation, "template-syntax")).isNotEmpty();
    assertThat(compilation.generatedSourceFile("com.shop.BrokenMessage").isPresent()).isFalse();
    assertThat(compilation.generatedSourceFile("com.shop.EngravingQuestionMessage").isPresent()).isTrue();
  }

  @Test
  void withoutTheRuntimeOnTheClassPathNothingIsGeneratedAndANoteSaysWhy() {
    List<File> classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.contains("policy-runtime"))
        .map(File::new)
        .toList();

    Compilation compilation = javac("-Xlint:all", "-Werror").withClasspath(classPath).compile(ENGRAVING);

    assertThat(compilation).succeeded();
    assertThat(compilation.generatedSourceFiles()).isEmpty();
    assertThat(compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.NOTE)
        .map(d -> d.getMessage(Locale.ROOT)).toList())
        .contains(Message.RUNTIME_MISSING.format());
  }
}
