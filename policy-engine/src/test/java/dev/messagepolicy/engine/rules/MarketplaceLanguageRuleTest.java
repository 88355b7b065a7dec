package dev.messagepolicy.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.messagepolicy.engine.finding.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** marketplace-language: the wrong language, two languages, and texts too short to judge. */
class MarketplaceLanguageRuleTest {

  private static String template(String marketplace, String body) {
    return "---\nreason: ORDER_DETAILS\nmarketplace: " + marketplace + "\nsubject: \"Order {{orderId}}\"\n---\n" + body;
  }

  @Test
  void englishOnTheGermanMarketplaceIsReported() {
    List<Finding> findings = RuleTester.forRule("marketplace-language").expectMarked(template("DE", """
        {{! BUG: marketplace-language }}
        Hello {{buyerName}}, thank you for your order {{orderId}}. We would like to confirm the delivery
        date with you: could you please tell us which day of the week suits you best? Kind regards
        """));
    assertTrue(findings.get(0).message().contains("English"), findings.get(0).message());
    assertEquals(1, findings.get(0).position().column());
  }

  @Test
  void eachLanguageOnItsOwnMarketplacePasses() {
    RuleTester tester = RuleTester.forRule("marketplace-language");
    tester.expectNone(template("DE", "Hallo {{buyerName}}, vielen Dank für Ihre Bestellung {{orderId}}. Bitte bestätigen Sie uns"
        + " den gewünschten Liefertermin, damit wir die Lieferung mit der Spedition planen können.\n"));
    tester.expectNone(template("FR", "Bonjour {{buyerName}}, merci pour votre commande {{orderId}}. Pourriez-vous nous"
        + " confirmer le texte de la gravure pour que nous puissions la préparer ? Cordialement\n"));
    tester.expectNone(template("IT", "Gentile cliente, grazie per il suo ordine {{orderId}}. Potrebbe confermarci il testo"
        + " dell'incisione per la sua penna? Non vediamo l'ora di prepararla. Cordiali saluti\n"));
    tester.expectNone(template("ES", "Hola {{buyerName}}, gracias por su pedido {{orderId}}. ¿Podría confirmarnos la"
        + " dirección de entrega para que el transportista pueda llevar el sofá? Saludos\n"));
    tester.expectNone(template("BR", "Olá {{buyerName}}, obrigado pelo seu pedido {{orderId}}. Poderia confirmar o"
        + " endereço de entrega do seu pedido para que a transportadora possa entregar? Atenciosamente\n"));
    tester.expectNone(template("NL", "Beste {{buyerName}}, bedankt voor uw bestelling {{orderId}}. Kunt u ons laten weten"
        + " op welke dag de levering van de bank het beste uitkomt? Met vriendelijke groet\n"));
    tester.expectNone(template("SE", "Hej {{buyerName}}, tack för din beställning {{orderId}}. Kan du bekräfta texten för"
        + " graveringen så att vi kan göra den klar till leveransen? Vänliga hälsningar\n"));
    tester.expectNone(template("PL", "Dzień dobry, dziękujemy za zamówienie {{orderId}}. Czy mogą Państwo potwierdzić"
        + " adres dostawy, aby kurier mógł dostarczyć sofę? Pozdrawiamy serdecznie\n"));
    tester.expectNone(template("TR", "Merhaba {{buyerName}}, siparişiniz {{orderId}} için çok teşekkür ederiz. Teslimat"
        + " adresini bizim için lütfen onaylar mısınız? Bu bilgi kargo için gerekli. Saygılarımızla\n"));
  }

  @Test
  void twoLanguagesInOneTemplateAreReportedAtTheSecond() {
    List<Finding> findings = RuleTester.forRule("marketplace-language").expectMarked(template("CA", """
        Hello {{buyerName}}, thank you for your order. Could you please confirm the delivery date for the sofa?
        {{! BUG: marketplace-language }}
        Bonjour, merci pour votre commande. Pourriez-vous nous confirmer la date de livraison du canapé ?
        """));
    assertTrue(findings.get(0).message().contains("two languages"), findings.get(0).message());
  }

  @Test
  void aTranslationIntoANeighbouringLanguageIsReported() {
    RuleTester tester = RuleTester.forRule("marketplace-language");
    tester.expectMarked(template("BR", """
        Olá, {{buyerName}}! O CEP do endereço do pedido {{orderId}} não corresponde à cidade. Você poderia confirmar o endereço completo?
        {{! BUG: marketplace-language }}
        Hola, {{buyerName}}: el código postal de la dirección de su pedido no coincide con la ciudad. ¿Podría confirmarnos la dirección completa?
        """));
    tester.expectMarked(template("ES", """
        Hola, {{buyerName}}: el código postal de la dirección del pedido {{orderId}} no coincide con la localidad. ¿Podría confirmarnos su dirección completa?
        {{! BUG: marketplace-language }}
        Hello {{buyerName}}, the postcode in the address of your order does not match the town. Could you please confirm your full address?
        """));
  }

  @Test
  void productNamesAndAQuotedEngravingInEnglishAreNoSecondLanguage() {
    RuleTester.forRule("marketplace-language").expectNone(template("DE", """
        Guten Tag {{buyerName}}, vielen Dank für Ihre Bestellung {{orderId}} des Bluetooth Speaker Pro in Space Grey.
        Für die Gravur haben wir notiert: "Happy Birthday to the best dad in the world". Ist das so richtig?
        Bitte geben Sie uns kurz Bescheid, dann geht das Paket noch heute in den Versand. Viele Grüße
        """));
  }

  @Test
  void shortTextsPlaceholderTextsAndSignOffsPass() {
    RuleTester tester = RuleTester.forRule("marketplace-language");
    tester.expectNone(template("DE", "Thank you for your order {{orderId}}!\n"));
    tester.expectNone(template("DE", "{{greeting}} {{buyerName}}, {{line1}} {{line2}} {{line3}} {{line4}} {{line5}} {{line6}}"
        + " {{line7}} the {{x}} of {{y}} and {{z}} you.\n"));
    tester.expectNone(template("DE", "Hallo {{buyerName}}, bitte bestätigen Sie uns den gewünschten Liefertermin für Ihre"
        + " Bestellung, damit wir die Lieferung planen können. Vielen Dank!\nKind regards, the Brandt team\n"));
    tester.expectNone(template("JP", "Hello, thank you for your order. Could you please confirm the delivery date with us?\n"));
  }
}
