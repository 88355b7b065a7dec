package dev.messagepolicy.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.messagepolicy.processor.ProcessorTestSupport.MODULE;
import static dev.messagepolicy.processor.ProcessorTestSupport.TEMPLATES;
import static dev.messagepolicy.processor.ProcessorTestSupport.javac;
import static dev.messagepolicy.processor.ProcessorTestSupport.template;

import com.google.testing.compile.Compilation;
import dev.messagepolicy.engine.report.CatalogManifest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Pins the catalog manifest byte for byte: how it is written may change (it was Jackson's tree
 * model, then its streaming generator), what it holds and how it is laid out must not, because
 * the plugin and users' scripts read it. The templates cover every field: inline texts with
 * escapes, text blocks and non-ASCII, a resource body, attachments, a send window, suppressions,
 * a variant, a nested model, declaration errors, per-template and catalog findings.
 *
 * <p>To regenerate after an intended change: run with {@code -DupdateGolden=true} and review the diff.
 */
class CatalogManifestGoldenTest {

  private static final String GOLDEN = "golden/catalog.json";

  private static JavaFileObject[] templates() {
    return new JavaFileObject[] {
      template("Engraving",
          "import java.util.List;",
          "import java.util.Optional;",
          "@MessageTemplate(subject = \"[Important] Gravur f\\u00fcr {{orderId}} \\\"\\u200b\\\" \\t\",",
          "    body = \"\"\"",
          "        Hallo {{buyerName}}, grüße 😀 \\",
          "        Ihre Gravur: {{engravingText}} – siehe www.my-shop.de\\\\x",
          "        \"\"\" + \"\\u0001 \\u001f\\u007f \\b\\f\\r end\",",
          "    marketplace = Marketplace.DE)",
          "@ContactReason(Reason.PRODUCT_CUSTOMIZATION)",
          "@Critical",
          "@Variant(\"engraving\")",
          "@SuppressPolicy(value = {\"no-promotions\", \"all-caps\"}, justification = \"legal said \\\"ok\\\"\")",
          "@Attachment(resource = \"manuals/engraving.pdf\", mediaType = \"application/pdf\", maxBytes = 1000)",
          "@Attachment(resource = \"missing.png\", name = \"photo\")",
          "@SendWindow(fromDays = 1, toDays = 3)",
          "public record Engraving(String orderId, @MaxLength(40) String buyerName, String engravingText,",
          "    List<Line> lines, Optional<Line> first) {",
          "  public record Line(String sku, int quantity, Engraving back) {}",
          "}"),
      template("WithFooter",
          "@MessageTemplate(subject = \"Your order {{orderId}}\", bodyResource = \"/messages/with-footer.mustache\")",
          "@ContactReason(Reason.ORDER_DETAILS)",
          "public class WithFooter { public String getOrderId() { return \"\"; } public boolean isGift() { return true; } }"),
      template("Broken",
          "@MessageTemplate(subject = \"\", body = \"x\", bodyResource = \"messages/clean.mustache\",",
          "    marketplace = Marketplace.UK)",
          "public interface Broken {}"),
      template("FirstReview",
          "@MessageTemplate(subject = \"Your order {{orderId}}\", body = \"How was your order {{orderId}}?\")",
          "@ContactReason(Reason.REVIEW_REQUEST)",
          "public record FirstReview(String orderId) {}"),
      template("SecondReview",
          "@MessageTemplate(subject = \"Your order {{orderId}}\", body = \"How was it?\", marketplace = Marketplace.UK)",
          "@ContactReason(Reason.REVIEW_REQUEST)",
          "public record SecondReview(String orderId) {}"),
    };
  }

  @Test
  void manifestIsByteForByteAsPinned() throws IOException {
    Compilation compilation = javac("-Amessagepolicy.failOnSeverity=NONE", "-Amessagepolicy.marketplace=UK",
        "-Amessagepolicy.projectBase=" + MODULE, "-Amessagepolicy.templatesPath=" + TEMPLATES)
        .compile(templates());
    assertThat(compilation).succeeded();
    byte[] written;
    try (InputStream in = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, CatalogManifest.PATH)
        .orElseThrow().openInputStream()) {
      written = in.readAllBytes();
    }
    String text = new String(written, StandardCharsets.UTF_8);
    // Valid UTF-8 (decoding is lossless), so comparing the text compares the bytes.
    assertThat(text.getBytes(StandardCharsets.UTF_8)).isEqualTo(written);
    String actual = withoutToolVersion(text);
    Path golden = MODULE.resolve("src/test/resources").resolve(GOLDEN);
    if (Boolean.getBoolean("updateGolden")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  /** The tool's version changes with every release; everything else is pinned. */
  private static String withoutToolVersion(String json) {
    Matcher version = Pattern.compile("(\"name\" : \"message-policy\",\\s*\"version\" : )\"[^\"]*\"").matcher(json);
    assertThat(version.find()).isTrue();
    return version.replaceFirst("$1\"VERSION\"");
  }
}
