package dev.messagepolicy.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.common.truth.Truth.assertThat;
import static dev.messagepolicy.processor.ProcessorTestSupport.assertNotReported;
import static dev.messagepolicy.processor.ProcessorTestSupport.fileOf;
import static dev.messagepolicy.processor.ProcessorTestSupport.javac;
import static dev.messagepolicy.processor.ProcessorTestSupport.messagesOf;
import static dev.messagepolicy.processor.ProcessorTestSupport.onlyDiagnostic;
import static dev.messagepolicy.processor.ProcessorTestSupport.positionOf;
import static dev.messagepolicy.processor.ProcessorTestSupport.template;

import com.google.testing.compile.Compilation;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The rules that need the template class (its properties) or its {@code @Attachment},
 * {@code @MaxLength} and {@code @SendWindow} declarations: each reported at the right place and
 * not reported on a compliant template.
 */
class ClassModelDiagnosticsTest {

  private static final String[] ORDER_TYPES = {
      "record Item(String title, java.util.List<Item> parts) {}",
      "record Customer(String name) {}"};

  @Nested
  class UnknownVariable {
    @Test
    void misspelledVariableAndSectionAreReportedAtTheirTags() {
      JavaFileObject source = template("ItemQuestion",
          "@MessageTemplate(",
          "    subject = \"Question about order {{orderId}}\",",
          "    body = \"Which of {{#items}}{{titel}}{{/items}} for {{ordreId}}?\")",
          "@ContactReason(Reason.PRODUCT_CUSTOMIZATION)",
          "public record ItemQuestion(String orderId, java.util.List<Item> items) {}",
          ORDER_TYPES[0]);
      Compilation compilation = javac().compile(source);
      assertThat(compilation).hadErrorContaining("[unknown-variable] variable 'titel' is unknown").inFile(source)
          .onLineContaining("body =");
      String messages = String.join("\n", messagesOf(compilation, "unknown-variable"));
      assertThat(messages).contains("at " + positionOf(source, fileOf("ItemQuestion"), "{{titel}}"));
      assertThat(messages).contains("at " + positionOf(source, fileOf("ItemQuestion"), "{{ordreId}}"));
      assertThat(messagesOf(compilation, "unknown-variable")).hasSize(2);
    }

    @Test
    void componentsGettersFieldsNestedSectionsAndOptionalsResolve() {
      Compilation compilation = javac().compile(template("KnownNames",
          "@MessageTemplate(",
          "    subject = \"Question about order {{orderId}}\",",
          "    body = \"{{#items}}{{title}}{{#parts}}{{title}}{{/parts}}{{/items}} {{#customer}}{{name}}{{/customer}}"
              + " {{displayName}} {{note}} {{#gift}}{{orderId}}{{/gift}} {{customer.name}}\")",
          "@ContactReason(Reason.PRODUCT_CUSTOMIZATION)",
          "public record KnownNames(String orderId, java.util.List<Item> items,",
          "    java.util.Optional<Customer> customer, boolean gift) {",
          "  public String getDisplayName() { return orderId; }",
          "  public String note() { return \"\"; }",
          "}",
          ORDER_TYPES[0],
          ORDER_TYPES[1]));
      assertNotReported(compilation, "unknown-variable");
    }
  }

  @Nested
  class RawAndSuspiciousVariables {
    @Test
    void rawVariableIsAWarningAndLinkTypedOrNamedVariablesAreErrors() {
      JavaFileObject source = template("ShopLink",
          "@MessageTemplate(",
          "    subject = \"Question about order {{orderId}}\",",
          "    body = \"Details: {{{note}}} {{shopUrl}} {{couponCode}} {{homepage}}\")",
          "@ContactReason(Reason.ORDER_DETAILS)",
          "public record ShopLink(String orderId, String note, java.net.URI shopUrl, String couponCode,",
          "    java.net.URL homepage) {}");
      Compilation compilation = javac().compile(source);
      assertThat(compilation).hadWarningContaining("[raw-variable] variable 'note' is written without escaping")
          .inFile(source).onLineContaining("body =");
      assertThat(onlyDiagnostic(compilation, "raw-variable").getMessage(Locale.ROOT))
          .contains("at " + positionOf(source, fileOf("ShopLink"), "{{{note}}}"));
      assertThat(messagesOf(compilation, "suspicious-variable")).hasSize(3);
      assertThat(String.join("\n", messagesOf(compilation, "suspicious-variable")))
          .contains("at " + positionOf(source, fileOf("ShopLink"), "{{couponCode}}"));
    }

    @Test
    void escapedPlainVariablesAreNotReported() {
      Compilation compilation = javac().compile(template("PlainVariables",
          "@MessageTemplate(subject = \"Question about order {{orderId}}\", body = \"Size for {{buyerName}}?\")",
          "@ContactReason(Reason.ORDER_DETAILS)",
          "public record PlainVariables(String orderId, String buyerName) {}"));
      assertNotReported(compilation, "raw-variable");
      assertNotReported(compilation, "suspicious-variable");
    }
  }

  @Nested
  class AttachmentLimits {
    @Test
    void wrongTypeAndAttachmentOnAReasonWithoutAttachmentsAreReportedOnTheAnnotation() {
      JavaFileObject zip = template("ZipManual",
          "@MessageTemplate(subject = \"Question about order {{orderId}}\", body = \"See the manual.\")",
          "@ContactReason(Reason.PRODUCT_CUSTOMIZATION)",
          "@Attachment(mediaType = \"application/zip\", maxBytes = 1000)",
          "public record ZipManual(String orderId) {}");
      Compilation compilation = javac().compile(zip);
      assertThat(compilation).hadErrorContaining("[attachment-limits] attachment application/zip is not a PDF")
          .inFile(zip).onLineContaining("@Attachment(");

      JavaFileObject review = template("ReviewWithPdf",
          "@MessageTemplate(subject = \"Order {{orderId}}\", body = \"How was order {{orderId}}?\")",
          "@ContactReason(Reason.REVIEW_REQUEST)",
          "@Attachment(mediaType = \"application/pdf\", maxBytes = 1000)",
          "public record ReviewWithPdf(String orderId) {}");
      assertThat(javac().compile(review)).hadErrorContaining("REVIEW_REQUEST messages take no attachments")
          .inFile(review).onLineContaining("@Attachment(");
    }

    @Test
    void theSizeLimitIsAnOptionAndABadValueIsOneClearError() {
      JavaFileObject source = template("LargeProof",
          "@MessageTemplate(subject = \"Question about order {{orderId}}\", body = \"Please check the proof.\")",
          "@ContactReason(Reason.PRODUCT_CUSTOMIZATION)",
          "@Attachment(mediaType = \"application/pdf\", maxBytes = 9_000_000)",
          "public record LargeProof(String orderId) {}");
      assertThat(javac().compile(source)).hadErrorContaining("over the limit of 7340032 bytes")
          .inFile(source).onLineContaining("@Attachment(");
      assertNotReported(javac("-Amessagepolicy.maxAttachmentBytes=10MB").compile(source), "attachment-limits");
      assertThat(javac("-Amessagepolicy.maxAttachmentBytes=lots").compile(source))
          .hadErrorContaining("-Amessagepolicy.maxAttachmentBytes: 'lots' is not a size");
    }

    @Test
    void repeatedPdfAndImageOnCustomizationAreNotReported() {
      Compilation compilation = javac().compile(template("ProofImages",
          "@MessageTemplate(subject = \"Question about order {{orderId}}\", body = \"Please check the proof.\")",
          "@ContactReason(Reason.PRODUCT_CUSTOMIZATION)",
          "@Attachment(mediaType = \"application/pdf\", maxBytes = 2_000_000, name = \"proof\")",
          "@Attachment(mediaType = \"image/png\", maxBytes = 500_000)",
          "public record ProofImages(String orderId) {}"));
      assertNotReported(compilation, "attachment-limits");
    }
  }

  @Nested
  class MessageLength {
    @Test
    void declaredMaxLengthIsAddedToTheStaticText() {
      String text = "x".repeat(780);
      JavaFileObject source = template("LongEngraving",
          "@MessageTemplate(subject = \"Question about order {{orderId}}\",",
          "    body = \"" + text + " {{engraving}} end\")",
          "@ContactReason(Reason.PRODUCT_CUSTOMIZATION)",
          "public record LongEngraving(String orderId, @MaxLength(40) String engraving) {}");
      Compilation compilation = javac().compile(source);
      assertThat(compilation).hadErrorContaining("[message-length] the body of a PRODUCT_CUSTOMIZATION message is at"
          + " least 825 characters long; the marketplace accepts at most 800").inFile(source).onLineContaining("body =");
    }

    @Test
    void withoutMaxLengthAVariableCountsZero() {
      Compilation compilation = javac().compile(template("ShortEngraving",
          "@MessageTemplate(subject = \"Question about order {{orderId}}\",",
          "    body = \"" + "x".repeat(780) + " {{engraving}} end\")",
          "@ContactReason(Reason.PRODUCT_CUSTOMIZATION)",
          "public record ShortEngraving(String orderId, String engraving) {}"));
      assertNotReported(compilation, "message-length");
    }
  }

  @Nested
  class SendWindowAndOneMessagePerOrder {
    @Test
    void reviewRequestTooEarlyIsReportedOnTheSendWindow() {
      JavaFileObject source = template("EarlyReview",
          "@MessageTemplate(subject = \"Order {{orderId}}\", body = \"How was order {{orderId}}?\")",
          "@ContactReason(Reason.REVIEW_REQUEST)",
          "@SendWindow(fromDays = 1, toDays = 10)",
          "public record EarlyReview(String orderId) {}");
      assertThat(javac().compile(source)).hadErrorContaining("[send-window] a review request is scheduled 1 to 10"
          + " days after delivery").inFile(source).onLineContaining("@SendWindow(");
    }

    @Test
    void permittedWindowIsNotReported() {
      Compilation compilation = javac().compile(template("TimelyReview",
          "@MessageTemplate(subject = \"Order {{orderId}}\", body = \"How was order {{orderId}}?\")",
          "@ContactReason(Reason.REVIEW_REQUEST)",
          "@SendWindow(fromDays = 5, toDays = 30)",
          "public record TimelyReview(String orderId) {}"));
      assertNotReported(compilation, "send-window");
      assertNotReported(compilation, "one-message-per-order");
    }

    @Test
    void aScheduledNoticeBesideAReviewRequestIsReportedOnBoth() {
      JavaFileObject review = template("Review",
          "@MessageTemplate(subject = \"Order {{orderId}}\", body = \"How was order {{orderId}}?\")",
          "@ContactReason(Reason.REVIEW_REQUEST)",
          "public record Review(String orderId) {}");
      JavaFileObject notice = template("CareNotice",
          "@MessageTemplate(subject = \"Order {{orderId}}\", body = \"Care for the table of order {{orderId}}.\")",
          "@ContactReason(Reason.ORDER_DETAILS)",
          "@SendWindow(fromDays = 3, toDays = 7)",
          "public record CareNotice(String orderId) {}");
      Compilation compilation = javac().compile(review, notice);
      assertThat(compilation).hadErrorContaining("[one-message-per-order] 2 routine messages").inFile(notice)
          .onLineContaining("@SendWindow(");
      assertThat(compilation).hadErrorContaining("[one-message-per-order] 2 routine messages").inFile(review)
          .onLineContaining("@ContactReason(");
    }

    @Test
    void variantsOfAScheduledReviewCountOnce() {
      Compilation compilation = javac().compile(
          template("ReviewA",
              "@MessageTemplate(subject = \"Order {{orderId}}\", body = \"How was order {{orderId}}?\")",
              "@ContactReason(Reason.REVIEW_REQUEST)", "@Variant(\"review\")", "@SendWindow(fromDays = 5, toDays = 20)",
              "public record ReviewA(String orderId) {}"),
          template("ReviewB",
              "@MessageTemplate(subject = \"Order {{orderId}}\", body = \"Did order {{orderId}} arrive well?\")",
              "@ContactReason(Reason.REVIEW_REQUEST)", "@Variant(\"review\")",
              "public record ReviewB(String orderId) {}"));
      assertNotReported(compilation, "one-message-per-order");
    }
  }
}
