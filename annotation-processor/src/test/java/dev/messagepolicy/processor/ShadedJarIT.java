package dev.messagepolicy.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.messagepolicy.annotations.MessageTemplate;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar as a shop's build uses it, with ICU4J relocated, minimized and stripped of its
 * locale data: the processor is found through the jar's {@code META-INF/services}, and a template
 * whose text needs NFKC case folding, confusable skeletons and emoji properties gets its findings.
 *
 * <p>Runs after {@code package} (the POM's {@code shaded-jar} execution). javac would load a
 * processor from the test class path before the processor path (its class loader's parent is
 * the application class loader), so the jar gets a class loader of its own over the platform
 * class loader, and the processor is handed to javac from there.
 */
class ShadedJarIT {

  private static final String NAME = "DisguisedMessage";

  /** Full-width letters (NFKC), Cyrillic а and с (confusables), an emoji; everything else ASCII. */
  private static final String BODY =
      "Hello, about order {{orderId}}: see ｍｙ－ｓｈｏｐ．ｄｅ or exаmple.com and use your сoupon. 😀";

  @TempDir
  static Path project;

  private static URLClassLoader processorPath;
  private static Processor processor;
  private static List<String> sourceLines;
  private static List<Diagnostic<? extends JavaFileObject>> diagnostics;

  @BeforeAll
  static void compileWithTheShadedJar() throws IOException {
    Path jar = Path.of(System.getProperty("shadedJar", "target/message-policy-processor.jar"));
    assertWithMessage("the shaded jar (run through `mvn verify`)").that(Files.isRegularFile(jar)).isTrue();
    // What a build's processor path holds: the shaded jar and the annotations it does not contain.
    processorPath = new URLClassLoader(
        new URL[] {jar.toUri().toURL(), new File(location(MessageTemplate.class)).toURI().toURL()},
        ClassLoader.getPlatformClassLoader());
    processor = ServiceLoader.load(Processor.class, processorPath).stream()
        .map(ServiceLoader.Provider::get)
        .filter(p -> p.getClass().getName().equals(MessagePolicyProcessor.class.getName()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no MessagePolicyProcessor in META-INF/services of " + jar));

    Path source = project.resolve("src/main/java/com/shop/" + NAME + ".java");
    sourceLines = List.of(
        "package com.shop;",
        "",
        "import dev.messagepolicy.annotations.*;",
        "",
        "@MessageTemplate(",
        "    subject = \"Your order {{orderId}}\",",
        "    body = \"" + BODY + "\")",
        "@ContactReason(Reason.ORDER_DETAILS)",
        "public record " + NAME + "(String orderId) {}");
    Files.createDirectories(source.getParent());
    Files.writeString(source, String.join("\n", sourceLines) + "\n", StandardCharsets.UTF_8);
    diagnostics = compile(source);
  }

  @AfterAll
  static void closeTheProcessorPath() throws IOException {
    processorPath.close();
  }

  private static List<Diagnostic<? extends JavaFileObject>> compile(Path source) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of(
          "-encoding", "UTF-8",
          "-d", Files.createDirectories(project.resolve("target/classes")).toString(),
          "-classpath", location(MessageTemplate.class),
          "-Amessagepolicy.projectBase=" + project);
      JavaCompiler.CompilationTask task =
          javac.getTask(new StringWriter(), files, collector, options, null, files.getJavaFileObjects(source.toFile()));
      task.setProcessors(List.of(processor));
      task.call();
    }
    return collector.getDiagnostics();
  }

  private static String location(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  /** The messages of the diagnostics of {@code rule}. */
  private static List<String> messagesOf(String rule) {
    return diagnostics.stream().map(d -> d.getMessage(Locale.ROOT)).filter(m -> m.startsWith("[" + rule + "]")).toList();
  }

  /** {@code file:line:column} of {@code needle} in the template class, as findings give it. */
  private static String positionOf(String needle) {
    for (int i = 0; i < sourceLines.size(); i++) {
      int at = sourceLines.get(i).indexOf(needle);
      if (at >= 0) {
        return NAME + ".java:" + (i + 1) + ":" + (at + 1);
      }
    }
    throw new AssertionError("'" + needle + "' is not in the template");
  }

  /** Asserts that {@code rule} reported {@code excerpt} at its place in the source. */
  private static void assertReported(String rule, String excerpt) {
    String found = String.join("\n---\n", messagesOf(rule));
    assertWithMessage("[%s] diagnostics, among %s", rule, diagnostics).that(found).contains("\"" + excerpt + "\"");
    assertWithMessage("[%s] diagnostics", rule).that(found).contains(positionOf(excerpt));
  }

  @Test
  void theProcessorAndItsLibrariesComeFromTheShadedJar() throws ClassNotFoundException {
    assertThat(processor.getClass().getClassLoader()).isSameInstanceAs(processorPath);
    // ICU4J under its relocated name only: the engine's calls were rewritten to it.
    assertThat(processorPath.loadClass("dev.messagepolicy.shaded.icu.text.SpoofChecker").getClassLoader())
        .isSameInstanceAs(processorPath);
    assertThrows(ClassNotFoundException.class, () -> processorPath.loadClass("com.ibm.icu.text.Normalizer2"));
  }

  @Test
  void fullWidthLinkIsFoundThroughNfkcCaseFolding() {
    assertReported("no-links", "ｍｙ－ｓｈｏｐ．ｄｅ");
  }

  @Test
  void lookAlikeLettersAreReadThroughTheirConfusableSkeleton() {
    assertReported("no-links", "exаmple.com");
    // "сoupon" with a Cyrillic с is the promotion phrase "coupon" only once с reads as c.
    assertReported("no-promotions", "сoupon");
  }

  @Test
  void emojiIsFoundThroughItsUnicodeProperties() {
    assertReported("no-emoji", "😀");
  }

  @Test
  void noInternalErrorFromMissingClassesOrData() {
    List<String> failures = diagnostics.stream().map(d -> d.getMessage(Locale.ROOT))
        .filter(m -> m.contains("internal error") || m.contains("cannot be loaded"))
        .toList();
    assertThat(failures).isEmpty();
  }
}
