package dev.messagepolicy.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.messagepolicy.processor.ProcessorTestSupport.assertNotReported;
import static dev.messagepolicy.processor.ProcessorTestSupport.javac;
import static dev.messagepolicy.processor.ProcessorTestSupport.onlyDiagnostic;
import static dev.messagepolicy.processor.ProcessorTestSupport.template;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -Amessagepolicy.maxTemplateBytes}: the largest template resource read, and the most a
 * subject or body may have with its partials inlined. 1 MB when not given.
 */
class MaxTemplateBytesOptionTest {

  @TempDir
  Path templates;

  /** 300 bytes of plain text. */
  @BeforeEach
  void writeTemplates() throws IOException {
    Files.createDirectories(templates.resolve("messages"));
    Files.writeString(templates.resolve("messages/long.mustache"), "Ihre Bestellung ist unterwegs.\n".repeat(10));
    Files.writeString(templates.resolve("messages/footer.mustache"), "Mit freundlichen Grüßen\n".repeat(5));
  }

  private static JavaFileObject withResource(String name, String resource) {
    return template(name,
        "@MessageTemplate(",
        "    subject = \"Ihre Bestellung {{orderId}}\",",
        "    bodyResource = \"" + resource + "\",",
        "    marketplace = Marketplace.DE)",
        "@ContactReason(Reason.ORDER_DETAILS)",
        "public record " + name + "(String orderId) {}");
  }

  private Compilation compile(String limit, JavaFileObject source) {
    return javac("-Amessagepolicy.templatesPath=" + templates, "-Amessagepolicy.maxTemplateBytes=" + limit)
        .compile(source);
  }

  @Test
  void aResourceOverTheLimitIsReportedOnBodyResourceWithItsSizeAndNotRead() {
    JavaFileObject source = withResource("LongResource", "messages/long.mustache");

    Compilation compilation = compile("200", source);

    assertThat(compilation).hadErrorContaining("[template-syntax] body resource 'messages/long.mustache' cannot be read")
        .inFile(source).onLineContaining("bodyResource =");
    assertThat(onlyDiagnostic(compilation, "template-syntax").getMessage(Locale.ROOT)).contains(
        "messages/long.mustache is 310 bytes, over the limit of 200 bytes (maxTemplateBytes); it is not read");
    assertThat(onlyDiagnostic(compilation, "template-syntax").getMessage(Locale.ROOT)).contains(
        "Make the resource smaller, or raise the limit (maxTemplateBytes).");
  }

  @Test
  void aResourceWithinTheLimitIsChecked() {
    assertNotReported(compile("1KB", withResource("LongResource", "messages/long.mustache")), "template-syntax");
  }

  @Test
  void partialsCountTowardTheLimitOfTheInlinedText() {
    // An inline body of 64 bytes and a footer of 130 bytes: 194 bytes, over 150.
    JavaFileObject source = template("WithFooter",
        "@MessageTemplate(",
        "    subject = \"Ihre Bestellung {{orderId}}\",",
        "    body = \"Ihre Bestellung {{orderId}} ist unterwegs. {{> messages/footer}}\",",
        "    marketplace = Marketplace.DE)",
        "@ContactReason(Reason.ORDER_DETAILS)",
        "public record WithFooter(String orderId) {}");

    Compilation compilation = compile("150", source);

    String message = onlyDiagnostic(compilation, "template-syntax").getMessage(Locale.ROOT);
    assertThat(message).contains("partial 'messages/footer' is not inlined");
    assertThat(message).contains("over the template size limit of 150 bytes");
    assertNotReported(compile("1KB", source), "template-syntax");
  }

  @Test
  void aMistypedLimitIsOneErrorNamingTheOption() {
    Compilation compilation = compile("lots", withResource("LongResource", "messages/long.mustache"));

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(
        "-Amessagepolicy.maxTemplateBytes: 'lots' is not a size such as 7340032, 7MB or 500KB");
  }
}
