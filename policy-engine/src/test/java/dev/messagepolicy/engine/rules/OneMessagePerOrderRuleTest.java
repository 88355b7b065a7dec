package dev.messagepolicy.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.engine.PolicyConfig;
import dev.messagepolicy.engine.PolicyEngine;
import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.annotations.Reason;
import dev.messagepolicy.engine.source.Anchor;
import dev.messagepolicy.engine.source.SendWindowDeclaration;
import dev.messagepolicy.engine.source.TemplateFiles;
import dev.messagepolicy.engine.source.TemplateMetadata;
import dev.messagepolicy.engine.source.TemplateSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class OneMessagePerOrderRuleTest {

  private final PolicyEngine engine = new PolicyEngine(PolicyConfig.defaults(), RuleRegistry.builtIn());

  private static TemplateSource template(String file, String reason, String marketplace, String extra) {
    return TemplateFiles.read(file, file, "---\nreason: " + reason + "\nmarketplace: " + marketplace + "\n"
        + extra + "subject: \"Order {{orderId}}\"\n---\nBody\n", Marketplace.US);
  }

  @Test
  void twoReviewRequestsOnOneMarketplaceAreBothReported() {
    List<Finding> findings = engine.checkCatalog(List.of(
        template("a.mustache", "REVIEW_REQUEST", "DE", ""),
        template("b.mustache", "REVIEW_REQUEST", "DE", ""),
        template("c.mustache", "REVIEW_REQUEST", "UK", "")));
    assertEquals(List.of("a.mustache:2:9", "b.mustache:2:9"),
        findings.stream().map(f -> f.position().toString()).toList());
    assertTrue(findings.get(0).message().contains("2 routine messages"), findings.get(0).message());
  }

  @Test
  void variantsOfOneGroupCountOnce() {
    assertEquals(List.of(), engine.checkCatalog(List.of(
        template("a.mustache", "REVIEW_REQUEST", "DE", "variant: review-de\n"),
        template("b.mustache", "REVIEW_REQUEST", "DE", "variant: review-de\n"))));
  }

  @Test
  void situationalMessagesAreNotCounted() {
    assertEquals(List.of(), engine.checkCatalog(List.of(
        template("a.mustache", "REVIEW_REQUEST", "DE", ""),
        template("b.mustache", "UNEXPECTED_PROBLEM", "DE", ""),
        template("c.mustache", "PRODUCT_CUSTOMIZATION", "DE", ""),
        template("d.mustache", "DELIVERY_ADDRESS", "DE", ""))));
  }

  @Test
  void aSecondGroupOrASingleTemplateBesideAGroupIsReported() {
    List<Finding> findings = engine.checkCatalog(List.of(
        template("a.mustache", "REVIEW_REQUEST", "DE", "variant: v1\n"),
        template("b.mustache", "REVIEW_REQUEST", "DE", "variant: v1\n"),
        template("c.mustache", "REVIEW_REQUEST", "DE", "")));
    assertEquals(3, findings.size());
  }

  private static TemplateSource scheduled(TemplateSource file, String reason, String variant) {
    TemplateMetadata m = file.metadata();
    return new TemplateSource(file.id(), file.file(), new TemplateMetadata(Reason.valueOf(reason), false,
        m.marketplace(), variant, List.of(), List.of(), new SendWindowDeclaration(5, 10)), file.subject(), file.body(),
        file.anchors(), List.of());
  }

  @Test
  void aScheduledMessageBesideAReviewRequestIsReported() {
    List<Finding> findings = engine.checkCatalog(List.of(
        template("a.mustache", "REVIEW_REQUEST", "DE", ""),
        scheduled(template("b.mustache", "ORDER_DETAILS", "DE", ""), "ORDER_DETAILS", null)));
    assertEquals(2, findings.size());
    assertEquals(Anchor.SEND_WINDOW, findings.get(1).anchor());
  }

  @Test
  void aVariantGroupCountsPerPurpose() {
    List<Finding> findings = engine.checkCatalog(List.of(
        template("a.mustache", "REVIEW_REQUEST", "DE", "variant: v\n"),
        scheduled(template("b.mustache", "ORDER_DETAILS", "DE", ""), "ORDER_DETAILS", "v")));
    assertEquals(2, findings.size());
  }

  @Test
  void twoReviewRequestsAreNamedAsSuch() {
    List<Finding> findings = engine.checkCatalog(List.of(
        template("a.mustache", "REVIEW_REQUEST", "UK", ""),
        template("b.mustache", "REVIEW_REQUEST", "UK", "")));
    assertTrue(findings.get(0).message().contains("2 of them review requests"), findings.get(0).message());
  }
}
