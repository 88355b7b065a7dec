package dev.messagepolicy.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.engine.PolicyConfig;
import dev.messagepolicy.engine.finding.Finding;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** no-links and no-promotions over template text, with the positions they report. */
class ContentRulesTest {

  private static final String HEADER = """
      ---
      reason: ORDER_DETAILS
      subject: "Order {{orderId}}"
      ---
      """;

  @Test
  void linksOfEveryFirstVersionKindAreReported() {
    List<Finding> findings = RuleTester.forRule("no-links").expectMarked(HEADER + """
        {{! BUG: no-links }}
        Visit www.myshop.com for the manual.
        {{! BUG: no-links }}
        Details: https://my-shop.de/faq?id=4
        {{! BUG: no-links }}
        Short link: bit.ly/3xYz
        {{! BUG: no-links }}
        Unser Shop: my-shop.de.
        {{! BUG: no-links }}
        Our store at www.{{shopName}}.com
        {{! BUG: no-links }}
        Or {{shopName}}.co.uk
        """);
    assertTrue(findings.stream().anyMatch(f -> f.excerpt().equals("www.{{shopName}}.com")),
        RuleTester.describe(findings).toString());
    Finding first = findings.get(0);
    assertEquals(6, first.position().line());
    assertEquals(7, first.position().column());
    assertEquals("www.myshop.com", first.excerpt());
  }

  @Test
  void versionsSizesFileNamesAndAbbreviationsAreNotLinks() {
    RuleTester.forRule("no-links").expectNone(HEADER + """
        The firmware 2.4.1 fixes the display; size 10.5 is in stock.
        Please open manual.pdf and invoice.docx attached to the box, e.g. on page 3.
        Lieferung z.B. am Mo. 12.05. zwischen 8 und 12 Uhr, ca. 2 Std.
        Your order {{orderId}}. Thanks, {{sellerName}}.
        """);
  }

  @Test
  void allowedDomainsPass() {
    PolicyConfig config = new PolicyConfig(Marketplace.DE, Map.of(), Set.of("amazon.de"));
    RuleTester.forRule("no-links").config(config).expectNone(HEADER + "Returns: www.amazon.de/returns\n");
    RuleTester.forRule("no-links").config(config).expectMarked(HEADER + """
        {{! BUG: no-links }}
        But not www.amazon.de.evil.com
        """);
  }

  @Test
  void linkColumnIsRightAfterNonAsciiText() {
    List<Finding> findings = RuleTester.forRule("no-links").findings(HEADER + "Grüße aus Köln: www.kölner-shop.de\n");
    assertEquals(1, findings.size(), RuleTester.describe(findings).toString());
    assertEquals(17, findings.get(0).position().column());
  }

  @Test
  void linkInAPartialIsReportedInThePartialsFile() {
    List<Finding> findings = RuleTester.forRule("no-links")
        .partials(Map.of("footer.mustache", "Best regards\nwww.myshop.com\n"))
        .findings(HEADER + "Hello\n{{> footer}}\n");
    assertEquals(1, findings.size());
    assertEquals("footer.mustache", findings.get(0).position().file());
    assertEquals(2, findings.get(0).position().line());
    assertEquals(1, findings.get(0).position().column());
  }

  @Test
  void englishPromotionsAreReported() {
    List<Finding> findings = RuleTester.forRule("no-promotions").expectMarked(HEADER + """
        {{! BUG: no-promotions }}
        Use code THANKYOU10 for 10% off your next order.
        {{! BUG: no-promotions }}
        Check out our new garden range while it lasts.
        {{! BUG: no-promotions }}
        Follow us on Instagram for more ideas!
        {{! BUG: no-promotions }}
        Sign up for our newsletter today.
        {{! BUG: no-promotions }}
        Everything is on sale this weekend.
        {{! BUG: no-promotions }}
        You might also like our matching pillow covers.
        """);
    assertTrue(findings.get(0).message().contains("(discount, en)"), findings.get(0).message());
  }

  @Test
  void germanPromotionsAreReportedWithCompounds() {
    RuleTester.forRule("no-promotions").expectMarked(HEADER + """
        {{! BUG: no-promotions }}
        Mit dem Gutscheincode DANKE10 sparen Sie 10 % bei Ihrer nächsten Bestellung.
        {{! BUG: no-promotions }}
        Folgen Sie uns auf Instagram!
        {{! BUG: no-promotions }}
        Als Dankeschön erhalten Sie 15 % Rabatt.
        {{! BUG: no-promotions }}
        Besuchen Sie unseren Onlineshop für weitere Angebote.
        {{! BUG: no-promotions }}
        Abonnieren Sie unseren Newsletter.
        {{! BUG: no-promotions }}
        Das könnte Ihnen auch gefallen: passende Kissenhüllen.
        """);
  }

  @Test
  void honestMessagesThatMentionCodesOrFreeArePassed() {
    RuleTester.forRule("no-promotions").expectNone(HEADER + """
        Your activation code is {{activationKey}}; enter it in the app under Settings.
        We will send you a free replacement for the damaged lamp.
        Could you confirm the engraving text for order 123-4567890-1234567?
        The postcode on the label seems incomplete.
        Ihr Aktivierungscode lautet {{activationKey}}.
        Bitte bestätigen Sie uns den gewünschten Liefertermin für Ihre Bestellung.
        Wir senden Ihnen kostenlos ein Ersatzteil zu.
        Die Postleitzahl auf dem Etikett ist unvollständig.
        """);
  }

  @Test
  void promotionsInTheSubjectAreReportedInTheSubject() {
    List<Finding> findings = RuleTester.forRule("no-promotions").findings("""
        ---
        reason: ORDER_DETAILS
        subject: "Order {{orderId}}: 20% off your next order"
        ---
        Body
        """);
    assertEquals(1, findings.size());
    assertEquals(3, findings.get(0).position().line());
    assertEquals(30, findings.get(0).position().column());
    assertEquals("20% off", findings.get(0).excerpt());
  }
}
