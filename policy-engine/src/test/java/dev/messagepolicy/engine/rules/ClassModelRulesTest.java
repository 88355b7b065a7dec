package dev.messagepolicy.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.Reason;
import dev.messagepolicy.engine.PolicyConfig;
import dev.messagepolicy.engine.PolicyEngine;
import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.model.PropertySchema;
import dev.messagepolicy.engine.model.TemplateModel;
import dev.messagepolicy.engine.model.TypeSchema;
import dev.messagepolicy.engine.source.AttachmentDeclaration;
import dev.messagepolicy.engine.source.SendWindowDeclaration;
import dev.messagepolicy.engine.source.SourcePosition;
import dev.messagepolicy.engine.source.SourceText;
import dev.messagepolicy.engine.source.TemplateFiles;
import dev.messagepolicy.engine.source.TemplateLocator;
import dev.messagepolicy.engine.source.TemplateMetadata;
import dev.messagepolicy.engine.source.TemplateSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules that read the template class's model and declarations, run through the engine. */
class ClassModelRulesTest {

  private static final PolicyEngine ENGINE = new PolicyEngine(PolicyConfig.defaults(), RuleRegistry.builtIn());

  /**
   * {@code Order(String orderId, @MaxLength(30) String buyerName, boolean gift, List<Item> items,
   * Optional<Customer> customer, java.net.URI shopUrl, Map<String, String> extras)}, with a
   * recursive {@code Item(String title, List<Item> parts)}.
   */
  private static final TemplateModel ORDER = new TemplateModel.Builder()
      .add(TypeSchema.object("com.shop.Order", List.of(
          new PropertySchema("orderId", "java.lang.String"),
          new PropertySchema("buyerName", "java.lang.String", 30),
          new PropertySchema("gift", "boolean"),
          new PropertySchema("items", "java.util.List<com.shop.Item>"),
          new PropertySchema("customer", "java.util.Optional<com.shop.Customer>"),
          new PropertySchema("shopUrl", "java.net.URI"),
          new PropertySchema("homeAddress", "java.net.URI"),
          new PropertySchema("extras", "java.util.Map<java.lang.String,java.lang.String>"))))
      .add(TypeSchema.scalar("java.lang.String"))
      .add(TypeSchema.scalar("java.net.URI"))
      .add(TypeSchema.bool("boolean"))
      .add(TypeSchema.iterable("java.util.List<com.shop.Item>", "com.shop.Item"))
      .add(TypeSchema.object("com.shop.Item", List.of(
          new PropertySchema("title", "java.lang.String"),
          new PropertySchema("parts", "java.util.List<com.shop.Item>"))))
      .add(TypeSchema.optional("java.util.Optional<com.shop.Customer>", "com.shop.Customer"))
      .add(TypeSchema.object("com.shop.Customer", List.of(new PropertySchema("name", "java.lang.String"))))
      .add(TypeSchema.opaque("java.util.Map<java.lang.String,java.lang.String>"))
      .build("com.shop.Order");

  private static TemplateSource template(Reason reason, String body, TemplateModel model,
      List<AttachmentDeclaration> attachments, SendWindowDeclaration window) {
    TemplateMetadata metadata = new TemplateMetadata(reason, false, Marketplace.DE, null, List.of(), attachments,
        window);
    return new TemplateSource("com.shop.Order", "src/main/java/com/shop/Order.java", metadata,
        new SourceText("src/main/java/com/shop/Order.java", "Bestellung {{orderId}}", 5, 15),
        new TemplateSource.Inline(SourceText.ofFile("body.mustache", body), ""), Map.of(), List.of(), model);
  }

  private static List<String> findings(String rule, TemplateSource source) {
    return ENGINE.check(source, TemplateLocator.none()).findings().stream().filter(f -> f.rule().equals(rule))
        .map(f -> f.position().line() + ":" + f.position().column() + " " + f.excerpt()).toList();
  }

  private static List<Finding> all(String rule, TemplateSource source) {
    return ENGINE.check(source, TemplateLocator.none()).findings().stream().filter(f -> f.rule().equals(rule)).toList();
  }

  private static List<String> body(String rule, String body) {
    return findings(rule, template(Reason.ORDER_DETAILS, body, ORDER, List.of(), null));
  }

  @Test
  void unknownVariablesAndSectionsAreReportedAtTheirTags() {
    assertEquals(List.of("1:7 {{ordreId}}", "2:1 {{#itmes}}", "3:11 {{titel}}", "4:3 {{customer.nmae}}"),
        body("unknown-variable", "Order {{ordreId}}\n{{#itmes}}x{{/itmes}}\n{{#items}}{{titel}}{{/items}}\n"
            + "  {{customer.nmae}}\n"));
  }

  @Test
  void aRepeatedUnknownNameIsReportedOnceAtItsFirstTag() {
    List<Finding> findings = all("unknown-variable", template(Reason.ORDER_DETAILS,
        "{{#a}}{{/a}}".repeat(2_500) + " {{orderId}}", ORDER, List.of(), null));
    assertEquals(1, findings.size());
    assertEquals(1, findings.get(0).position().column());
    assertTrue(findings.get(0).message().contains("used 2499 more times"), findings.get(0).message());
  }

  @Test
  void knownNamesInEveryScopeAreNotReported() {
    assertEquals(List.of(), body("unknown-variable", "{{orderId}} {{buyerName}}\n"
        + "{{#gift}}{{orderId}}{{/gift}}{{^gift}}-{{/gift}}\n"
        + "{{#items}}{{title}} for {{orderId}}{{#parts}}{{title}}{{/parts}}{{/items}}\n"
        + "{{#customer}}{{name}}{{/customer}} {{customer.name}}\n"
        + "{{#extras}}{{anything}}{{/extras}} {{extras.key}} {{.}}\n"));
  }

  @Test
  void templateFilesWithoutAClassAreSkipped() {
    TemplateSource file = TemplateFiles.read("t.mustache", "t.mustache", "Hallo {{whatever}}", Marketplace.DE);
    assertEquals(List.of(), ENGINE.check(file, TemplateLocator.none()).findings().stream()
        .filter(f -> f.rule().equals("unknown-variable")).toList());
  }

  @Test
  void rawVariablesAreWarnedAboutInBothForms() {
    List<Finding> findings = all("raw-variable", template(Reason.ORDER_DETAILS,
        "{{orderId}}\n{{{buyerName}}} and {{& orderId}}\n", ORDER, List.of(), null));
    assertEquals(List.of("2:1", "2:21"), findings.stream()
        .map(f -> f.position().line() + ":" + f.position().column()).toList());
    assertEquals("WARNING", findings.get(0).severity().name());
  }

  @Test
  void suspiciousNamesAndLinkTypesAreReported() {
    assertEquals(List.of("1:1 {{shopUrl}}", "1:13 {{homeAddress}}", "2:1 {{couponCode}}"),
        body("suspicious-variable", "{{shopUrl}} {{homeAddress}}\n{{couponCode}} {{orderId}} {{curling}}\n"));
    assertEquals(List.of("shop", "url", "coupon", "code"), SuspiciousVariableRule.words("shopURL.coupon_code"));
  }

  @Test
  void bodyLongerThanTheReasonsLimitIsReportedWhereItOverflows() {
    String text = "a".repeat(790) + "{{buyerName}}" + "b".repeat(20);
    // 790 static + 30 declared for buyerName = 820 > 800: the overflow is inside the variable's value.
    List<Finding> findings = all("message-length",
        template(Reason.PRODUCT_CUSTOMIZATION, text, ORDER, List.of(), null));
    assertEquals(1, findings.size());
    assertEquals(791, findings.get(0).position().column());
    assertTrue(findings.get(0).message().contains("840"), findings.get(0).message());
  }

  @Test
  void variablesWithoutMaxLengthCountZero() {
    String text = "a".repeat(790) + "{{orderId}}" + "b".repeat(10);
    assertEquals(List.of(), findings("message-length",
        template(Reason.PRODUCT_CUSTOMIZATION, text, ORDER, List.of(), null)));
    assertEquals(List.of(), findings("message-length",
        template(Reason.REVIEW_REQUEST, "x".repeat(5000), ORDER, List.of(), null)));
  }

  @Test
  void attachmentsOnlyReasonsMayNotHaveBodyText() {
    AttachmentDeclaration pdf = new AttachmentDeclaration("docs/warranty.pdf", "", 0, "", at(7), 1000);
    assertEquals(List.of("1:3 Siehe Anhang."), findings("message-length",
        template(Reason.WARRANTY, "  Siehe Anhang.", ORDER, List.of(pdf), null)));
  }

  /** Thousands of nested sections over the same list resolve in linear time (this was quadratic). */
  @Test
  void deeplyNestedSectionsOverOneListResolveWithoutABlowUp() {
    int depth = 20_000;
    String body = "{{#items}}{{title}}".repeat(depth) + "{{/items}}".repeat(depth);
    List<String> unknown = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
        () -> body("unknown-variable", body));
    assertEquals(List.of(), unknown);
  }

  private static SourcePosition at(int line) {
    return new SourcePosition("src/main/java/com/shop/Order.java", line, 1);
  }

  @Test
  void attachmentTypeSizeCountAndReasonAreChecked() {
    List<AttachmentDeclaration> attachments = List.of(
        new AttachmentDeclaration("manuals/setup.pdf", "", 0, "", at(1), 1000),
        new AttachmentDeclaration("manuals/setup.zip", "", 0, "", at(2), 1000),
        new AttachmentDeclaration("manuals/huge.pdf", "", 0, "", at(3), 8L * 1024 * 1024),
        new AttachmentDeclaration("", "application/pdf", 20_000_000, "invoice", at(4)),
        new AttachmentDeclaration("", "application/zip", 1000, "", at(5)),
        new AttachmentDeclaration("manuals/missing.pdf", "", 0, "", at(6), AttachmentDeclaration.MISSING));
    List<Finding> findings = all("attachment-limits",
        template(Reason.PRODUCT_CUSTOMIZATION, "Body {{orderId}}", ORDER, attachments, null));
    assertEquals(List.of(2, 3, 4, 5, 6, 6), findings.stream().map(f -> f.position().line()).sorted().toList());
  }

  @Test
  void attachmentsOnReasonsThatTakeNoneOrMissingWhereRequired() {
    AttachmentDeclaration pdf = new AttachmentDeclaration("manuals/setup.pdf", "", 0, "", at(9), 1000);
    assertEquals(List.of("9:1 manuals/setup.pdf"), findings("attachment-limits",
        template(Reason.REVIEW_REQUEST, "Body", ORDER, List.of(pdf), null)));
    assertEquals(1, findings("attachment-limits", template(Reason.INVOICE, "", ORDER, List.of(), null)).size());
    assertEquals(List.of(), findings("attachment-limits", template(Reason.INVOICE, "", ORDER, List.of(pdf), null)));
  }

  @Test
  void sendWindowsOutsideThePermittedWindowAreReported() {
    assertEquals(1, findings("send-window",
        template(Reason.REVIEW_REQUEST, "b", ORDER, List.of(), new SendWindowDeclaration(2, 10))).size());
    assertEquals(1, findings("send-window",
        template(Reason.REVIEW_REQUEST, "b", ORDER, List.of(), new SendWindowDeclaration(7, 45))).size());
    assertEquals(1, findings("send-window",
        template(Reason.ORDER_DETAILS, "b", ORDER, List.of(), new SendWindowDeclaration(20, 40))).size());
    assertEquals(1, findings("send-window",
        template(Reason.ORDER_DETAILS, "b", ORDER, List.of(), new SendWindowDeclaration(9, 3))).size());
    assertEquals(List.of(), findings("send-window",
        template(Reason.REVIEW_REQUEST, "b", ORDER, List.of(), new SendWindowDeclaration(5, 30))));
    assertEquals(List.of(), findings("send-window",
        template(Reason.ORDER_DETAILS, "b", ORDER, List.of(), new SendWindowDeclaration(0, 30))));
  }
}
