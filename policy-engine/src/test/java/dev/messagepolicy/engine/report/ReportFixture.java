package dev.messagepolicy.engine.report;

import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.engine.PolicyConfig;
import dev.messagepolicy.engine.PolicyEngine;
import dev.messagepolicy.engine.TemplateResult;
import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.rules.RuleRegistry;
import dev.messagepolicy.engine.source.Suppression;
import dev.messagepolicy.engine.source.TemplateFiles;
import dev.messagepolicy.engine.source.TemplateLocator;
import dev.messagepolicy.engine.source.TemplateMetadata;
import dev.messagepolicy.engine.source.TemplateSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small shop checked with the real engine, for the report writers' tests: a critical German
 * template with a link and a coupon, a compliant buyer reply, and an English review request
 * whose link is suppressed with a justification.
 */
final class ReportFixture {

  static final String ENGRAVING = "src/main/message-templates/gravur.mustache";
  static final String REPLY = "src/main/message-templates/reply.mustache";
  static final String REVIEW = "src/main/message-templates/review & <request>.mustache";

  static final Map<String, String> FILES = new LinkedHashMap<>();

  static {
    FILES.put(ENGRAVING, """
        ---
        reason: PRODUCT_CUSTOMIZATION
        critical: true
        marketplace: DE
        subject: "Gravur für Bestellung {{orderId}}"
        ---
        Hallo {{buyerName}},
        bitte bestätigen Sie den Gravurtext "{{engravingText}}".
        Mehr auf www.my-shop.de und 10 % Rabatt mit Gutscheincode DANKE10.
        Viele Grüße
        """);
    FILES.put(REPLY, """
        ---
        reason: BUYER_REPLY
        marketplace: US
        ---
        Hello {{buyerName}},
        thank you for your question about order {{orderId}}. The parcel leaves our warehouse tomorrow.
        """);
    FILES.put(REVIEW, """
        ---
        reason: REVIEW_REQUEST
        marketplace: US
        suppress: no-links
        justification: the marketplace's own review page, approved by compliance
        ---
        Hello {{buyerName}}, please review order {{orderId}} at https://www.amazon.com/review.
        """);
  }

  private ReportFixture() {}

  static Report report() {
    PolicyEngine engine = new PolicyEngine(PolicyConfig.defaults(), RuleRegistry.builtIn());
    List<Report.TemplateEntry> templates = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    List<Report.Suppressed> suppressed = new ArrayList<>();
    List<TemplateSource> sources = new ArrayList<>();
    for (Map.Entry<String, String> file : FILES.entrySet()) {
      String name = file.getKey().substring(file.getKey().lastIndexOf('/') + 1);
      TemplateSource source = TemplateFiles.read(file.getKey(), name, file.getValue(), Marketplace.US);
      TemplateResult result = engine.check(source, TemplateLocator.none());
      TemplateMetadata metadata = source.metadata();
      templates.add(new Report.TemplateEntry(source.id(), result.bodyFile(),
          metadata.reason() == null ? null : metadata.reason().name(), metadata.critical(),
          metadata.marketplace().name(), metadata.variantGroup()));
      findings.addAll(result.findings());
      for (Finding f : result.suppressed()) {
        String why = metadata.suppressions().stream().filter(s -> s.covers(f.rule())).map(Suppression::justification)
            .findFirst().orElse("");
        suppressed.add(new Report.Suppressed(f, why));
      }
      sources.add(source);
    }
    findings.addAll(engine.checkCatalog(sources));
    return new Report(templates, findings, suppressed);
  }

  static ReportContext context() {
    return new ReportContext(RuleRegistry.builtIn().descriptors(),
        file -> FILES.containsKey(file) ? FILES.get(file).lines().toList() : List.of());
  }
}
