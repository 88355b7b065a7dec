package dev.messagepolicy.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.messagepolicy.engine.finding.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** no-email-addresses and no-phone-numbers, with their disguises and their look-alikes. */
class ContactDetailRulesTest {

  private static final String HEADER = "---\nreason: ORDER_DETAILS\nsubject: \"Order {{orderId}}\"\n---\n";

  @Test
  void emailAddressesAlsoObfuscatedAreReported() {
    List<Finding> findings = RuleTester.forRule("no-email-addresses").expectMarked(HEADER + """
        {{! BUG: no-email-addresses }}
        Schreiben Sie an info@my-shop.de bitte.
        {{! BUG: no-email-addresses }}
        Écrivez à service (at) boutique (dot) fr
        {{! BUG: no-email-addresses }}
        Full width: ｓａｌｅｓ＠ｓｈｏｐ．ｃｏｍ
        {{! BUG: no-email-addresses }}
        Or {{sellerName}}[at]shop.co.uk today
        {{! BUG: no-email-addresses }}
        <a href="mailto:help@shop.de">mail us</a>
        """);
    assertEquals(18, findings.get(0).position().column());
    assertEquals("info@my-shop.de", findings.get(0).excerpt());
    assertEquals("service (at) boutique (dot) fr", findings.get(1).excerpt());
  }

  @Test
  void atSignsThatAreNoAddressesPass() {
    RuleTester.forRule("no-email-addresses").expectNone(HEADER + """
        Delivery @ 10:00, 2 @ 5 EUR. Meet us at the shop. Reply via @marketplace please.
        File name (at) the top: report.pdf
        """);
  }

  @Test
  void phoneNumbersOfTheMarketplaceAndInternationalOnesAreReported() {
    List<Finding> findings = RuleTester.forRule("no-phone-numbers").expectMarked(HEADER + """
        {{! BUG: no-phone-numbers }}
        Rufen Sie uns an: 030 12345678
        {{! BUG: no-phone-numbers }}
        Oder international: +49 (0)89 1234 5678.
        {{! BUG: no-phone-numbers }}
        UK: +44 20 7946 0958
        {{! BUG: no-phone-numbers }}
        Voll: ０３０ １２３４５６７８
        <p>Call <a href="tel:+4930123456">us</a></p>
        """.replace("<p>Call", "{{! BUG: no-phone-numbers }}\n<p>Call"));
    assertEquals(19, findings.get(0).position().column());
    assertEquals("030 12345678", findings.get(0).excerpt());
  }

  @Test
  void orderNumbersDatesPricesAndSizesAreNotPhoneNumbers() {
    RuleTester.forRule("no-phone-numbers").expectNone(HEADER + """
        Bestellung 302-1234567-1234567 vom 12.05.2024, Lieferung am 15.06.2025 zwischen 8 und 12 Uhr.
        Preis 1.299,00 EUR, Maße 120 x 200 cm, Artikel-Nr. 4012345678901, Order #1234567890.
        Tracking 1Z999AA10123456784, Rechnung 2024-000123, PLZ 10115 Berlin.
        """);
  }
}
