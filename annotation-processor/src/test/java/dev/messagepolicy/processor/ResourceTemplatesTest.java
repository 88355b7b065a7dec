package dev.messagepolicy.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.messagepolicy.processor.ProcessorTestSupport.TEMPLATES;
import static dev.messagepolicy.processor.ProcessorTestSupport.assertNotReported;
import static dev.messagepolicy.processor.ProcessorTestSupport.compileWithTemplates;
import static dev.messagepolicy.processor.ProcessorTestSupport.javac;
import static dev.messagepolicy.processor.ProcessorTestSupport.onlyDiagnostic;
import static dev.messagepolicy.processor.ProcessorTestSupport.template;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Templates whose body is a resource: findings name the template file (relative to the project
 * base) with line and column, and are shown on the {@code bodyResource} value.
 */
class ResourceTemplatesTest {

  private static JavaFileObject withResource(String name, String resource) {
    return template(name,
        "@MessageTemplate(",
        "    subject = \"Your order {{orderId}}\",",
        "    bodyResource = \"" + resource + "\")",
        "@ContactReason(Reason.ORDER_DETAILS)",
        "public record " + name + "(String orderId, String buyerName) {}");
  }

  @Test
  void findingInResourceNamesTheTemplateFileLineAndColumn() {
    JavaFileObject source = withResource("LinkResource", "messages/link.mustache");
    Compilation compilation = compileWithTemplates(source);
    assertThat(compilation).hadErrorContaining("[no-links]").inFile(source).onLineContaining("bodyResource =");
    String message = onlyDiagnostic(compilation, "no-links").getMessage(Locale.ROOT);
    assertThat(message).contains("at " + TEMPLATES + "/messages/link.mustache:4:10");
    assertCaretUnder(message, "our page www.my-shop.de for details.", "www.");
  }

  /** The excerpt line is in the message and the next line puts a caret under {@code target}. */
  static void assertCaretUnder(String message, String excerptLine, String target) {
    String[] lines = message.split("\n");
    for (int i = 0; i + 1 < lines.length; i++) {
      if (lines[i].endsWith(excerptLine)) {
        assertThat(lines[i + 1].indexOf('^')).isEqualTo(lines[i].indexOf(target));
        return;
      }
    }
    throw new AssertionError("no excerpt line '" + excerptLine + "' in:\n" + message);
  }

  @Test
  void cleanResourceIsNotReported() {
    Compilation compilation = compileWithTemplates(withResource("CleanResource", "messages/clean.mustache"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void findingInPartialNamesThePartialFile() {
    JavaFileObject source = withResource("FooterResource", "messages/with-footer.mustache");
    Compilation compilation = compileWithTemplates(source);
    assertThat(compilation).hadErrorContaining("[no-links]").inFile(source).onLineContaining("bodyResource =");
    assertThat(onlyDiagnostic(compilation, "no-links").getMessage(Locale.ROOT))
        .contains("at " + TEMPLATES + "/messages/footer.mustache:2:7");
  }

  @Test
  void malformedResourceIsATemplateSyntaxFindingWithPosition() {
    JavaFileObject source = withResource("BrokenResource", "messages/broken.mustache");
    Compilation compilation = compileWithTemplates(source);
    assertThat(compilation).hadErrorContaining("[template-syntax]").inFile(source).onLineContaining("bodyResource =");
    String message = onlyDiagnostic(compilation, "template-syntax").getMessage(Locale.ROOT);
    assertThat(message).contains("at " + TEMPLATES + "/messages/broken.mustache:2:3");
    assertThat(message).doesNotContain("Exception");
  }

  @Test
  void missingResourceIsATemplateSyntaxFindingOnTheResourceValue() {
    JavaFileObject source = withResource("MissingResource", "messages/nowhere.mustache");
    Compilation compilation = compileWithTemplates(source);
    assertThat(compilation).hadErrorContaining("[template-syntax] body resource 'messages/nowhere.mustache' not found")
        .inFile(source).onLineContaining("bodyResource =");
    assertThat(onlyDiagnostic(compilation, "template-syntax").getMessage(Locale.ROOT))
        .contains("at com/shop/MissingResource.java:7:21");
  }

  @Test
  void missingPartialIsReportedAtItsTag(@TempDir Path templates) throws IOException {
    Files.createDirectories(templates.resolve("messages"));
    Files.writeString(templates.resolve("messages/lost.mustache"), "About order {{orderId}}.\n  {{> signature}}\n");
    JavaFileObject source = withResource("LostPartial", "messages/lost.mustache");
    Compilation compilation = javac("-Amessagepolicy.templatesPath=" + templates).compile(source);
    String message = onlyDiagnostic(compilation, "template-syntax").getMessage(Locale.ROOT);
    assertThat(message).contains("partial 'signature' not found");
    assertThat(message).contains("messages/lost.mustache:2:3");
  }

  /** Without options, the project base is the part of the source path before src/, as in a Maven build. */
  @Test
  void projectBaseAndResourcesAreDerivedFromTheSourcePath(@TempDir Path project) throws IOException {
    Path java = project.resolve("src/main/java/com/shop/DerivedBase.java");
    Files.createDirectories(java.getParent());
    Files.writeString(java, String.join("\n",
        "package com.shop;",
        "import dev.messagepolicy.annotations.*;",
        "@MessageTemplate(subject = \"Your order {{orderId}}\", bodyResource = \"messages/derived.mustache\")",
        "@ContactReason(Reason.ORDER_DETAILS)",
        "public record DerivedBase(String orderId) {}",
        ""));
    Path resource = project.resolve("src/main/resources/messages/derived.mustache");
    Files.createDirectories(resource.getParent());
    Files.writeString(resource, "About order {{orderId}}:\nsee http://my-shop.de/help\n");

    Compilation compilation = javac().compile(JavaFileObjects.forResource(java.toUri().toURL()));
    String message = onlyDiagnostic(compilation, "no-links").getMessage(Locale.ROOT);
    assertThat(message).contains("at src/main/resources/messages/derived.mustache:2:5");
    assertNotReported(compilation, "template-syntax");
  }
}
