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
  void writtenOutAtSignsAndDotsOfEveryLanguageAreAddresses() {
    List<Finding> findings = RuleTester.forRule("no-email-addresses").expectMarked(HEADER + """
        {{! BUG: no-email-addresses }}
        Please write to design (at) printpalace (dot) co (dot) uk so we can help.
        {{! BUG: no-email-addresses }}
        Schreiben Sie an grafik [ät] druckpalast (punkt) de, danke.
        {{! BUG: no-email-addresses }}
        Écrivez à graphisme (arobase) imprimerie-duval (point) fr, merci.
        {{! BUG: no-email-addresses }}
        Scriva a grafica (chiocciola) tipografia-verdi (punto) it, grazie.
        {{! BUG: no-email-addresses }}
        Escriba a diseno arroba imprenta-sol punto es y le ayudamos.
        {{! BUG: no-email-addresses }}
        Escreva para arte (arroba) grafica-sol (ponto) com (ponto) br que ajudamos.
        {{! BUG: no-email-addresses }}
        Mail naar ontwerp (apenstaartje) drukkerij-bakker (punt) nl, dan helpen wij.
        {{! BUG: no-email-addresses }}
        Mejla grafik (snabel-a) tryckeriet-berg (punkt) se så hjälper vi dig.
        {{! BUG: no-email-addresses }}
        Prosimy pisać na grafika (małpa) drukarnia-zielinski (kropka) pl, dziękujemy.
        {{! BUG: no-email-addresses }}
        Skicka en bild till kundtjanst snabel-a glashyttan punkt se så skickar vi en ny.
        """);
    assertEquals("graphisme (arobase) imprimerie-duval (point) fr", findings.get(2).excerpt());
    assertEquals("diseno arroba imprenta-sol punto es", findings.get(4).excerpt());
    // After a written at-sign the label is a host: its dot word counts though a word follows the suffix.
    assertEquals("kundtjanst snabel-a glashyttan punkt se", findings.get(9).excerpt());
  }

  @Test
  void atAndDotInOrdinarySentencesAreNoAddresses() {
    RuleTester.forRule("no-email-addresses").expectNone(HEADER + """
        We are at home at 10 am; look at the dot on the label. Meet us at the shop dot.
        Op dit punt is de doos bij ons; om tien uur punt uit. De pluszowa małpa jest w paczce.
        L'arroba de riz; a chiocciola shell; call at six.
        """);
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
  void aDialableNumberIsAPhoneNumberEvenInAnUnassignedRange() {
    String header = HEADER.replace("reason:", "marketplace: US\nreason:");
    List<Finding> findings = RuleTester.forRule("no-phone-numbers").expectMarked(header + """
        {{! BUG: no-phone-numbers }}
        Please call our dispatch team at (555) 214-7788, Monday to Friday.
        {{! BUG: no-phone-numbers }}
        Or text 555-214-7789 or
        {{! BUG: no-phone-numbers }}
        from abroad +1 555 214 7790.
        Order 111-2223334-4445556, SKU 123-456-7890, total $1,234.56, item 5552147788, Order #4155552671.
        """);
    assertEquals("(555) 214-7788", findings.get(0).excerpt());
  }

  @Test
  void aNumberAfterANumberSignOrInAFileNameIsNoPhoneNumber() {
    String header = HEADER.replace("reason:", "marketplace: BR\nreason:");
    RuleTester.forRule("no-phone-numbers").expectNone(header + """
        Segue a nota fiscal do pedido #1134567890 (nota_fiscal_2024-0512.pdf), medidas 180 x 200 cm.
        """);
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
