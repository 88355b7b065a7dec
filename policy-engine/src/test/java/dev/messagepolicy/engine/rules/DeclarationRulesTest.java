package dev.messagepolicy.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.messagepolicy.engine.finding.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules about what a template declares: reason, critical flag, subject tag, order id, suppressions. */
class DeclarationRulesTest {

  @Test
  void criticalWithoutImportantTagIsReportedAtTheSubject() {
    List<Finding> findings = RuleTester.forRule("critical-subject-tag").findings("""
        ---
        reason: PRODUCT_CUSTOMIZATION
        critical: true
        subject: "Additional Information Required for order {{orderId}}"
        ---
        Could you confirm the engraving text?
        """);
    assertEquals(1, findings.size(), RuleTester.describe(findings).toString());
    assertEquals(4, findings.get(0).position().line());
    assertEquals(11, findings.get(0).position().column());
  }

  @Test
  void criticalWithWrongCaseTagIsReportedAtTheTag() {
    List<Finding> findings = RuleTester.forRule("critical-subject-tag").findings("""
        ---
        reason: DELIVERY_SCHEDULING
        critical: true
        subject: "Order {{orderId}}: [IMPORTANT] delivery date"
        ---
        Which day suits you for the delivery?
        """);
    assertEquals(1, findings.size());
    assertEquals(30, findings.get(0).position().column());
    assertEquals("[IMPORTANT]", findings.get(0).excerpt());
  }

  @Test
  void criticalWithTagAnywhereInTheSubjectPasses() {
    RuleTester.forRule("critical-subject-tag").expectNone("""
        ---
        reason: DELIVERY_ADDRESS
        critical: true
        subject: "Order {{orderId}} [Important] Additional Information Required"
        ---
        The carrier could not find the address. Could you check the house number?
        """);
  }

  @Test
  void importantTagOnNonCriticalMessageIsReportedAtTheTag() {
    List<Finding> findings = RuleTester.forRule("important-tag-misuse").findings("""
        ---
        reason: REVIEW_REQUEST
        subject: "[Important] How was your order {{orderId}}?"
        ---
        Body
        """);
    assertEquals(1, findings.size());
    assertEquals(3, findings.get(0).position().line());
    assertEquals(11, findings.get(0).position().column());
  }

  @Test
  void nonCriticalMessageWithoutTagPasses() {
    RuleTester.forRule("important-tag-misuse").expectNone("""
        ---
        reason: UNEXPECTED_PROBLEM
        subject: "Your order {{orderId}} will arrive two days later"
        ---
        We are sorry: the parcel service reported a delay.
        """);
  }

  @Test
  void criticalOnAReasonThatCannotBeCriticalIsReportedAtTheFlag() {
    List<Finding> findings = RuleTester.forRule("critical-reason").findings("""
        ---
        reason: REVIEW_REQUEST
        critical: true
        subject: "[Important] Your review of order {{orderId}}"
        ---
        Body
        """);
    assertEquals(1, findings.size());
    assertEquals(3, findings.get(0).position().line());
  }

  @Test
  void criticalOnCustomizationPasses() {
    RuleTester.forRule("critical-reason").expectNone("""
        ---
        reason: PRODUCT_CUSTOMIZATION
        critical: true
        subject: "[Important] Engraving for order {{orderId}}"
        ---
        Body
        """);
  }

  @Test
  void notPermittedReasonIsReportedAtTheReason() {
    List<Finding> findings = RuleTester.forRule("reason-not-permitted").findings("""
        ---
        subject: "Your order {{orderId}} has shipped"
        reason: SHIPPING_CONFIRMATION
        ---
        Body
        """);
    assertEquals(1, findings.size());
    assertEquals(3, findings.get(0).position().line());
    assertEquals(9, findings.get(0).position().column());
  }

  @Test
  void permittedReasonPasses() {
    RuleTester.forRule("reason-not-permitted").expectNone("""
        ---
        reason: RETURN_QUESTION
        subject: "Your return for order {{orderId}}"
        ---
        Body
        """);
  }

  @Test
  void proactiveMessageWithoutOrderIdIsReported() {
    List<Finding> findings = RuleTester.forRule("order-id-required").findings("""
        ---
        reason: DELIVERY_SCHEDULING
        subject: "Delivery of your sofa"
        ---
        Hello {{buyerName}}, which day suits you?
        """);
    assertEquals(1, findings.size());
    assertEquals(3, findings.get(0).position().line());
  }

  @Test
  void orderIdAsVariableOrWrittenOutPasses() {
    RuleTester.forRule("order-id-required").expectNone("""
        ---
        reason: DELIVERY_SCHEDULING
        subject: "Delivery of order {{order.id}}"
        ---
        Hello {{buyerName}}, which day suits you?
        """);
    RuleTester.forRule("order-id-required").expectNone("""
        ---
        reason: ORDER_DETAILS
        subject: "Your order"
        ---
        About order 302-1234567-1234567: which colour would you like?
        """);
    RuleTester.forRule("order-id-required").expectNone("""
        ---
        reason: ORDER_DETAILS
        subject: "Your order"
        ---
        Bestellung {{amazon_order_id}}: welche Farbe möchten Sie?
        """);
  }

  @Test
  void replyAndContentOnlyTemplatesNeedNoOrderId() {
    RuleTester.forRule("order-id-required").expectNone("""
        ---
        reason: BUYER_REPLY
        subject: "Re: your question"
        ---
        Yes, the cover is washable at 30 degrees.
        """);
    RuleTester.forRule("order-id-required").expectNone("Just a partial without front matter.\n");
  }

  @Test
  void suppressionWithoutJustificationIsReported() {
    List<Finding> findings = RuleTester.forRule("suppression-justification").findings("""
        ---
        reason: ORDER_DETAILS
        subject: "Order {{orderId}}"
        suppress: no-links
        ---
        Body
        """);
    assertEquals(1, findings.size());
    assertEquals(4, findings.get(0).position().line());
  }

  @Test
  void suppressionWithJustificationSilencesTheRule() {
    String template = """
        ---
        reason: ORDER_DETAILS
        subject: "Order {{orderId}}"
        suppress: no-links
        justification: "The marketplace's own help page, approved by account health"
        ---
        See sellercentral.example.com for the return form.
        """;
    RuleTester.forRule("suppression-justification").expectNone(template);
    RuleTester.forRule("no-links").expectNone(template);
  }
}
