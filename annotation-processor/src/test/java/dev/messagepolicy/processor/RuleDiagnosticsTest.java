package dev.messagepolicy.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.messagepolicy.processor.ProcessorTestSupport.assertNotReported;
import static dev.messagepolicy.processor.ProcessorTestSupport.fileOf;
import static dev.messagepolicy.processor.ProcessorTestSupport.javac;
import static dev.messagepolicy.processor.ProcessorTestSupport.messagesOf;
import static dev.messagepolicy.processor.ProcessorTestSupport.onlyDiagnostic;
import static dev.messagepolicy.processor.ProcessorTestSupport.positionOf;
import static dev.messagepolicy.processor.ProcessorTestSupport.template;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * For each rule, a template that must be reported (on the right line of the declaring file, with
 * the finding's file:line:column in the text) and one that must not. Inline templates only; see
 * {@link ResourceTemplatesTest} for resources.
 */
class RuleDiagnosticsTest {

  /** A compliant ORDER_DETAILS template with the given subject and body lines. */
  private static JavaFileObject orderDetails(String name, String subject, String body) {
    return template(name,
        "@MessageTemplate(",
        "    subject = \"" + subject + "\",",
        "    body = \"" + body + "\")",
        "@ContactReason(Reason.ORDER_DETAILS)",
        "public record " + name + "(String orderId) {}");
  }

  @Nested
  class NoLinks {
    @Test
    void linkInInlineBodyIsReportedAtItsColumn() {
      JavaFileObject source = orderDetails("LinkMessage", "Question about order {{orderId}}",
          "Please visit www.my-shop.de for details.");
      Compilation compilation = javac().compile(source);
      assertThat(compilation).hadErrorContaining("[no-links] links are not allowed in buyer messages: \"www.my-shop.de\"")
          .inFile(source).onLineContaining("body =");
      assertThat(onlyDiagnostic(compilation, "no-links").getMessage(Locale.ROOT))
          .contains("at " + positionOf(source, fileOf("LinkMessage"), "www.my-shop.de"));
    }

    @Test
    void textWithoutLinkAndAllowedDomainsAreNotReported() {
      Compilation plain = javac().compile(orderDetails("PlainMessage", "Question about order {{orderId}}",
          "Please confirm the size for your order."));
      assertThat(plain).succeededWithoutWarnings();

      Compilation allowed = javac("-Amessagepolicy.allowedLinkDomains=my-shop.de").compile(orderDetails(
          "AllowedLinkMessage", "Question about order {{orderId}}", "Please visit www.my-shop.de for details."));
      assertNotReported(allowed, "no-links");
      assertThat(allowed).succeededWithoutWarnings();
    }
  }

  @Nested
  class NoPromotions {
    @Test
    void couponIsReported() {
      JavaFileObject source = orderDetails("CouponMessage", "Your order {{orderId}}",
          "Use code THANKYOU10 for 10% off your next order.");
      Compilation compilation = javac().compile(source);
      assertThat(compilation).hadErrorContaining("[no-promotions]").inFile(source).onLineContaining("body =");
      String messages = String.join("\n", messagesOf(compilation, "no-promotions"));
      assertThat(messages).contains("at " + positionOf(source, fileOf("CouponMessage"), "Use code"));
      assertThat(messages).contains("at " + positionOf(source, fileOf("CouponMessage"), "10% off"));
    }

    @Test
    void plainQuestionIsNotReported() {
      Compilation compilation = javac().compile(orderDetails("EngravingQuestion", "Your order {{orderId}}",
          "Could you confirm the engraving text for your order?"));
      assertNotReported(compilation, "no-promotions");
      assertThat(compilation).succeededWithoutWarnings();
    }
  }

  @Nested
  class CriticalSubjectTag {
    private JavaFileObject critical(String name, String subject) {
      return template(name,
          "@MessageTemplate(",
          "    subject = \"" + subject + "\",",
          "    body = \"Could you confirm the engraving text?\")",
          "@ContactReason(Reason.PRODUCT_CUSTOMIZATION)",
          "@Critical",
          "public record " + name + "(String orderId) {}");
    }

    @Test
    void criticalSubjectWithoutTagIsReportedOnTheSubject() {
      JavaFileObject source = critical("UntaggedCritical", "Engraving for order {{orderId}}");
      Compilation compilation = javac().compile(source);
      assertThat(compilation).hadErrorContaining("[critical-subject-tag]").inFile(source).onLineContaining("subject =");
      assertThat(onlyDiagnostic(compilation, "critical-subject-tag").getMessage(Locale.ROOT))
          .contains("at " + positionOf(source, fileOf("UntaggedCritical"), "Engraving for"));
    }

    @Test
    void taggedCriticalSubjectIsNotReported() {
      Compilation compilation = javac().compile(critical("TaggedCritical", "[Important] Engraving for order {{orderId}}"));
      assertNotReported(compilation, "critical-subject-tag");
      assertThat(compilation).succeededWithoutWarnings();
    }
  }

  @Nested
  class ImportantTagMisuse {
    @Test
    void tagOnNonCriticalTemplateIsReportedAtTheTag() {
      JavaFileObject source = orderDetails("MisusedTag", "Your order {{orderId}} [Important]", "Please confirm the size.");
      Compilation compilation = javac().compile(source);
      assertThat(compilation).hadErrorContaining("[important-tag-misuse]").inFile(source).onLineContaining("subject =");
      assertThat(onlyDiagnostic(compilation, "important-tag-misuse").getMessage(Locale.ROOT))
          .contains("at " + positionOf(source, fileOf("MisusedTag"), "[Important]"));
    }

    @Test
    void nonCriticalTemplateWithoutTagIsNotReported() {
      Compilation compilation = javac().compile(orderDetails("UntaggedRoutine", "Your order {{orderId}}", "Please confirm the size."));
      assertNotReported(compilation, "important-tag-misuse");
    }
  }

  @Nested
  class CriticalReason {
    private JavaFileObject critical(String name, String reason) {
      return template(name,
          "@MessageTemplate(",
          "    subject = \"[Important] About order {{orderId}}\",",
          "    body = \"Please confirm.\")",
          "@ContactReason(Reason." + reason + ")",
          "@Critical",
          "public record " + name + "(String orderId) {}");
    }

    @Test
    void criticalOnANonCriticalReasonIsReportedOnCritical() {
      JavaFileObject source = critical("CriticalDetails", "ORDER_DETAILS");
      Compilation compilation = javac().compile(source);
      assertThat(compilation).hadErrorContaining("[critical-reason]").inFile(source).onLineContaining("@Critical");
      assertThat(onlyDiagnostic(compilation, "critical-reason").getMessage(Locale.ROOT))
          .contains("at " + positionOf(source, fileOf("CriticalDetails"), "@Critical"));
    }

    @Test
    void criticalDeliverySchedulingIsNotReported() {
      Compilation compilation = javac().compile(critical("CriticalDelivery", "DELIVERY_SCHEDULING"));
      assertNotReported(compilation, "critical-reason");
      assertThat(compilation).succeededWithoutWarnings();
    }
  }

  @Nested
  class ReasonNotPermitted {
    private JavaFileObject withReason(String name, String reason) {
      return template(name,
          "@MessageTemplate(subject = \"Your order {{orderId}}\", body = \"Please tell us about the return.\")",
          "@ContactReason(Reason." + reason + ")",
          "public record " + name + "(String orderId) {}");
    }

    @Test
    void forbiddenReasonIsReportedOnTheReasonValue() {
      JavaFileObject source = withReason("ShippingNote", "SHIPPING_CONFIRMATION");
      Compilation compilation = javac().compile(source);
      assertThat(compilation).hadErrorContaining("[reason-not-permitted]").inFile(source).onLineContaining("@ContactReason");
      assertThat(onlyDiagnostic(compilation, "reason-not-permitted").getMessage(Locale.ROOT))
          .contains("at " + positionOf(source, fileOf("ShippingNote"), "Reason.SHIPPING_CONFIRMATION"));
    }

    @Test
    void permittedReasonIsNotReported() {
      Compilation compilation = javac().compile(withReason("ReturnQuestion", "RETURN_QUESTION"));
      assertNotReported(compilation, "reason-not-permitted");
      assertThat(compilation).succeededWithoutWarnings();
    }
  }

  @Nested
  class OrderIdRequired {
    @Test
    void proactiveMessageWithoutOrderIsReportedOnTheSubject() {
      JavaFileObject source = orderDetails("NoOrderId", "A question about your purchase", "Please confirm the size.");
      Compilation compilation = javac().compile(source);
      assertThat(compilation).hadErrorContaining("[order-id-required]").inFile(source).onLineContaining("subject =");
      assertThat(onlyDiagnostic(compilation, "order-id-required").getMessage(Locale.ROOT))
          .contains("at " + positionOf(source, fileOf("NoOrderId"), "A question"));
    }

    @Test
    void orderIdVariableOrWrittenIdIsNotReported() {
      Compilation variable = javac().compile(orderDetails("WithOrderId", "About order {{orderId}}", "Please confirm."));
      Compilation written = javac().compile(orderDetails("WithWrittenId", "About order 123-4567890-1234567", "Please confirm."));
      assertNotReported(variable, "order-id-required");
      assertNotReported(written, "order-id-required");
    }
  }

  @Nested
  class TemplateSyntax {
    @Test
    void unclosedSectionIsReportedWithItsPosition() {
      JavaFileObject source = orderDetails("UnclosedSection", "About order {{orderId}}", "Items: {{#items}}{{name}}");
      Compilation compilation = javac().compile(source);
      assertThat(compilation).hadErrorContaining("[template-syntax]").inFile(source).onLineContaining("body =");
      assertThat(onlyDiagnostic(compilation, "template-syntax").getMessage(Locale.ROOT))
          .contains("at " + positionOf(source, fileOf("UnclosedSection"), "{{#items}}"));
      assertThat(compilation.diagnostics().toString()).doesNotContain("Exception");
    }

    @Test
    void closedSectionIsNotReported() {
      Compilation compilation = javac().compile(
          orderDetails("ClosedSection", "About order {{orderId}}", "Order: {{#orderId}}{{.}}{{/orderId}}"));
      assertNotReported(compilation, "template-syntax");
      assertThat(compilation).succeededWithoutWarnings();
    }
  }

  @Nested
  class SuppressionJustification {
    private JavaFileObject suppressed(String name, String suppression) {
      return template(name,
          "@MessageTemplate(subject = \"A question about your purchase\", body = \"Please confirm the size.\")",
          "@ContactReason(Reason.ORDER_DETAILS)",
          suppression,
          "public record " + name + "() {}");
    }

    @Test
    void unjustifiedSuppressionIsReportedAndStillHonoured() {
      JavaFileObject source = suppressed("Unjustified", "@SuppressPolicy(\"order-id-required\")");
      Compilation compilation = javac().compile(source);
      assertThat(compilation).hadErrorContaining("[suppression-justification] suppression of order-id-required")
          .inFile(source).onLineContaining("@SuppressPolicy");
      assertThat(onlyDiagnostic(compilation, "suppression-justification").getMessage(Locale.ROOT))
          .contains("at " + positionOf(source, fileOf("Unjustified"), "@SuppressPolicy"));
      assertNotReported(compilation, "order-id-required");
    }

    @Test
    void justifiedSuppressionIsHonouredAndNotReported() {
      Compilation compilation = javac().compile(suppressed("Justified",
          "@SuppressPolicy(value = \"order-id-required\", justification = \"Sent in the buyer's order thread\")"));
      assertNotReported(compilation, "suppression-justification");
      assertNotReported(compilation, "order-id-required");
      assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void suppressionOfAnotherRuleDoesNotSilenceThisOne() {
      Compilation compilation = javac().compile(suppressed("OtherRule",
          "@SuppressPolicy(value = \"no-links\", justification = \"The link is the carrier's tracking page\")"));
      assertThat(messagesOf(compilation, "order-id-required")).hasSize(1);
    }
  }

  @Nested
  class OneMessagePerOrder {
    private JavaFileObject reviewRequest(String name, String variant) {
      return template(name,
          "@MessageTemplate(",
          "    subject = \"Your order {{orderId}}\",",
          "    body = \"How was your order {{orderId}}? You can share your experience on the order page.\")",
          "@ContactReason(Reason.REVIEW_REQUEST)",
          variant,
          "public record " + name + "(String orderId) {}");
    }

    @Test
    void twoRoutineMessagesAreBothReportedOnTheirReasons() {
      JavaFileObject first = reviewRequest("FirstReview", "");
      JavaFileObject second = reviewRequest("SecondReview", "");
      Compilation compilation = javac().compile(first, second);
      assertThat(compilation).hadErrorContaining("[one-message-per-order]").inFile(first).onLineContaining("@ContactReason");
      assertThat(compilation).hadErrorContaining("[one-message-per-order]").inFile(second).onLineContaining("@ContactReason");
      List<String> messages = messagesOf(compilation, "one-message-per-order");
      assertThat(messages).hasSize(2);
      assertThat(String.join("\n", messages))
          .contains("at " + positionOf(first, fileOf("FirstReview"), "Reason.REVIEW_REQUEST"));
    }

    @Test
    void variantsOfOneGroupAreNotReported() {
      Compilation compilation = javac().compile(
          reviewRequest("ReviewA", "@Variant(\"review\")"), reviewRequest("ReviewB", "@Variant(\"review\")"));
      assertNotReported(compilation, "one-message-per-order");
      assertThat(compilation).succeededWithoutWarnings();
    }
  }
}
