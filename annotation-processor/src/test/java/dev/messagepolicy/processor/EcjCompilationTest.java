package dev.messagepolicy.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.engine.report.CatalogManifest;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor under the Eclipse compiler (ecj), which IDEs and some builds use instead of
 * javac. ecj has no javac tree API ({@code Trees}), so findings in Java source fall back to the
 * annotated element: ecj places them on the type's declaration, and the column inside the
 * annotation is not known. Findings in resource templates keep their exact file, line and
 * column, which the engine computes itself and puts into the message.
 */
class EcjCompilationTest {

  @TempDir
  Path project;

  /** One compilation with ecj through {@code javax.tools}, the processor found on the processor path. */
  private record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, Path classes) {

    List<Diagnostic<? extends JavaFileObject>> ofRule(String rule) {
      return diagnostics.stream().filter(d -> d.getMessage(Locale.ROOT).startsWith("[" + rule + "]")).toList();
    }

    Diagnostic<? extends JavaFileObject> only(String rule) {
      List<Diagnostic<? extends JavaFileObject>> matching = ofRule(rule);
      assertWithMessage("diagnostics of %s in %s", rule, diagnostics).that(matching).hasSize(1);
      return matching.get(0);
    }
  }

  private Path write(String relative, String... lines) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private Path sourceOf(String name, String... annotationLines) throws IOException {
    List<String> lines = new ArrayList<>(List.of("package com.shop;", "", "import dev.messagepolicy.annotations.*;", ""));
    lines.addAll(List.of(annotationLines));
    lines.add("public record " + name + "(String orderId, String buyerName) {}");
    return write("src/main/java/com/shop/" + name + ".java", lines.toArray(String[]::new));
  }

  private Result compile(Path source, String... processorOptions) throws IOException {
    JavaCompiler ecj = new EclipseCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path classes = Files.createDirectories(project.resolve("target/classes"));
    List<String> options = new ArrayList<>(List.of(
        "--release", "17",
        "-d", classes.toString(),
        // Generated renderers go here: without -s ecj writes them into the working directory.
        "-s", Files.createDirectories(project.resolve("target/generated-sources/annotations")).toString(),
        "-classpath", location(MessageTemplate.class),
        // The processor as a build would give it: its classes and the engine's jars, found through
        // META-INF/services, not handed over as an instance.
        "-processorpath", System.getProperty("java.class.path")));
    options.addAll(List.of(processorOptions));
    try (StandardJavaFileManager files = ecj.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      StringWriter out = new StringWriter();
      boolean success = ecj.getTask(out, files, diagnostics, options, null, files.getJavaFileObjects(source.toFile()))
          .call();
      return new Result(success, diagnostics.getDiagnostics(), classes);
    }
  }

  private static String location(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void inlineViolationIsAnErrorNamingTheFileButNoJavaLine() throws IOException {
    Path source = sourceOf("LinkInline",
        "@MessageTemplate(",
        "    subject = \"Your order {{orderId}}\",",
        "    body = \"Hello {{buyerName}}, see www.my-shop.de about order {{orderId}}.\")",
        "@ContactReason(Reason.ORDER_DETAILS)");

    Result result = compile(source, "-Amessagepolicy.projectBase=" + project);

    assertThat(result.success()).isFalse();
    Diagnostic<? extends JavaFileObject> link = result.only("no-links");
    assertThat(link.getKind()).isEqualTo(Diagnostic.Kind.ERROR);
    // What ecj gives: a Messager diagnostic on an element reaches the listener without a source
    // file or line. The message still names the file (guessed from the type, since without Trees
    // the processor cannot see the source path) and shows the offending text with a caret.
    assertThat(link.getSource()).isNull();
    assertThat(link.getLineNumber()).isEqualTo(0L);
    String message = link.getMessage(Locale.ROOT);
    assertThat(message).contains("\"www.my-shop.de\"");
    assertThat(message).contains("at com/shop/LinkInline.java:");
    ResourceTemplatesTest.assertCaretUnder(message, "see www.my-shop.de about order {{orderId}}.", "www.");
  }

  @Test
  void cleanTemplateCompilesAndLandsInTheCatalog() throws IOException {
    Path source = sourceOf("EngravingQuestion",
        "@MessageTemplate(",
        "    subject = \"Your order {{orderId}}\",",
        "    body = \"Hello {{buyerName}}, could you confirm the engraving text for order {{orderId}}?\")",
        "@ContactReason(Reason.PRODUCT_CUSTOMIZATION)");

    Result result = compile(source, "-Amessagepolicy.projectBase=" + project);

    assertWithMessage("%s", result.diagnostics()).that(result.success()).isTrue();
    Path manifest = result.classes().resolve(CatalogManifest.PATH);
    assertThat(Files.isRegularFile(manifest)).isTrue();
    List<CatalogManifest.Entry> catalog = CatalogManifest.read(Files.readString(manifest));
    assertThat(catalog.stream().map(e -> e.source().id()).toList()).containsExactly("com.shop.EngravingQuestion");
  }

  @Test
  void resourceOnTheTemplatesPathIsFoundWithItsExactPosition() throws IOException {
    write("templates/messages/link.mustache",
        "Hello {{buyerName}},", "", "about your order {{orderId}}: please see", "our page www.my-shop.de for details.");
    Path source = sourceOf("LinkResource",
        "@MessageTemplate(subject = \"Your order {{orderId}}\", bodyResource = \"messages/link.mustache\")",
        "@ContactReason(Reason.ORDER_DETAILS)");

    Result result = compile(source,
        "-Amessagepolicy.projectBase=" + project, "-Amessagepolicy.templatesPath=templates");

    assertThat(result.success()).isFalse();
    assertThat(result.only("no-links").getMessage(Locale.ROOT)).contains("at templates/messages/link.mustache:4:10");
  }

  @Test
  void resourceInTheClassOutputIsFoundAsUnderMaven() throws IOException {
    // Maven copies src/main/resources to target/classes before compiling; under ecj, whose
    // processor cannot derive the project from the source path, the class output is where the
    // processor finds the resource (through the Filer), named by its resource path.
    write("target/classes/messages/link.mustache",
        "Hello {{buyerName}},", "", "about your order {{orderId}}: please see", "our page www.my-shop.de for details.");
    Path source = sourceOf("LinkResource",
        "@MessageTemplate(subject = \"Your order {{orderId}}\", bodyResource = \"messages/link.mustache\")",
        "@ContactReason(Reason.ORDER_DETAILS)");

    Result result = compile(source);

    assertThat(result.success()).isFalse();
    assertThat(result.only("no-links").getMessage(Locale.ROOT)).contains("at messages/link.mustache:4:10");
  }

  @Test
  void resourceOnlyUnderSrcMainResourcesNeedsTheProjectBaseUnderEcj() throws IOException {
    write("src/main/resources/messages/link.mustache",
        "Hello {{buyerName}},", "", "about your order {{orderId}}: please see", "our page www.my-shop.de for details.");
    Path source = sourceOf("LinkResource",
        "@MessageTemplate(subject = \"Your order {{orderId}}\", bodyResource = \"messages/link.mustache\")",
        "@ContactReason(Reason.ORDER_DETAILS)");

    // Without Trees the project base is not derived from the source path: the resource is
    // reported missing (a clear error, not a silent skip) ...
    assertThat(compile(source).only("template-syntax").getMessage(Locale.ROOT))
        .contains("body resource 'messages/link.mustache' not found");
    // ... and found once the build names the project base, as the README tells ecj users to.
    assertThat(compile(source, "-Amessagepolicy.projectBase=" + project).only("no-links").getMessage(Locale.ROOT))
        .contains("at src/main/resources/messages/link.mustache:4:10");
  }

  @Test
  void missingResourceIsAClearErrorNotACrash() throws IOException {
    Path source = sourceOf("Missing",
        "@MessageTemplate(subject = \"Your order {{orderId}}\", bodyResource = \"messages/nowhere.mustache\")",
        "@ContactReason(Reason.ORDER_DETAILS)");

    Result result = compile(source, "-Amessagepolicy.projectBase=" + project);

    assertThat(result.success()).isFalse();
    assertThat(result.only("template-syntax").getMessage(Locale.ROOT)).contains("messages/nowhere.mustache");
  }
}
