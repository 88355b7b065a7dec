package dev.messagepolicy.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.engine.PolicyConfig;
import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.text.CustomPhrases;
import dev.messagepolicy.engine.text.Phrase;
import dev.messagepolicy.engine.text.PhraseList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The phrase rules on whole templates: one violation per language on its marked line, honest
 * messages in every language that mention reviews, codes, free replacements and shipping, and
 * the findings' explanation (excerpt, family, language) and position.
 */
class PhraseRulesTest {

  private static final String HEADER = """
      ---
      reason: ORDER_DETAILS
      subject: "Order {{orderId}}"
      ---
      """;

  private static final String CRITICAL = """
      ---
      reason: DELIVERY_SCHEDULING
      critical: true
      subject: "[Important] Additional Information Required: order {{orderId}}"
      ---
      """;

  @Test
  void reviewIncentivesInNineLanguages() {
    RuleTester.forRule("no-review-incentives").expectMarked(HEADER + """
        {{! BUG: no-review-incentives }}
        We'll send you a free gift once your review is live.
        {{! BUG: no-review-incentives }}
        Für jede 5-Sterne-Bewertung erhalten Sie einen Gutschein über 5 Euro.
        {{! BUG: no-review-incentives }}
        Laissez un avis et recevez un bon d'achat de 10 euros.
        {{! BUG: no-review-incentives }}
        In cambio della sua recensione le rimborsiamo la spedizione.
        {{! BUG: no-review-incentives }}
        Deje una reseña y le enviaremos un regalo.
        {{! BUG: no-review-incentives }}
        Deixe uma avaliação e ganhe 10 % de desconto.
        {{! BUG: no-review-incentives }}
        Schrijf een review en ontvang een cadeaubon.
        {{! BUG: no-review-incentives }}
        Lämna ett omdöme och få ett presentkort.
        {{! BUG: no-review-incentives }}
        Za wystawienie opinii otrzymasz prezent.
        """);
  }

  @Test
  void honestReviewRequestsAndRefundsAreNoIncentive() {
    RuleTester.forRule("no-review-incentives").expectNone(HEADER + """
        We have sent you a free replacement. If you have a moment, we'd appreciate a review.
        Ihre Rückerstattung ist veranlasst. Über eine ehrliche Bewertung freuen wir uns.
        Votre remboursement est effectué. Votre avis honnête aide les autres acheteurs.
        Il rimborso è stato effettuato. Una recensione sincera ci aiuta.
        Le enviamos gratis una pieza de repuesto. Su opinión nos ayuda.
        O reembolso foi processado. A sua avaliação ajuda outros compradores.
        Wij sturen u gratis een nieuw onderdeel. Uw review helpt andere kopers.
        Din återbetalning är klar. Ditt omdöme hjälper andra köpare.
        Zwrot pieniędzy został zlecony. Twoja opinia pomaga innym.
        """);
  }

  @Test
  void reviewManipulationInNineLanguages() {
    List<Finding> findings = RuleTester.forRule("no-review-manipulation").expectMarked(HEADER + """
        {{! BUG: no-review-manipulation }}
        If you are happy with the lamp, please leave a review; if not, contact us first.
        {{! BUG: no-review-manipulation }}
        Wir würden uns über eine 5-Sterne-Bewertung freuen.
        {{! BUG: no-review-manipulation }}
        Pourriez-vous modifier votre avis maintenant que le problème est réglé ?
        {{! BUG: no-review-manipulation }}
        Prima di lasciare una recensione, ci contatti.
        {{! BUG: no-review-manipulation }}
        Esperamos una reseña positiva.
        {{! BUG: no-review-manipulation }}
        Deixe uma avaliação de 5 estrelas.
        {{! BUG: no-review-manipulation }}
        Zou u uw negatieve review willen verwijderen?
        {{! BUG: no-review-manipulation }}
        Om du är nöjd, lämna gärna ett omdöme.
        {{! BUG: no-review-manipulation }}
        Prosimy o pozytywną opinię na Allegro.
        """);
    assertTrue(findings.stream().anyMatch(f -> f.message().contains("\"5-Sterne-Bewertung\" (positive-review, de)")),
        RuleTester.describe(findings).toString());
  }

  @Test
  void neutralReviewRequestsAreNotManipulation() {
    RuleTester.forRule("no-review-manipulation").expectNone(HEADER + """
        We read every review, good or bad. If you are not happy with the lamp, please contact us so we can help.
        Wenn Sie einen Moment Zeit haben, freuen wir uns über Ihre ehrliche Bewertung. Danke für Ihre positive Bewertung!
        Votre avis honnête aide les autres acheteurs.
        La sua recensione sincera aiuta altri clienti.
        Su opinión sincera ayuda a otros compradores.
        A sua opinião sincera ajuda outros compradores.
        Uw eerlijke beoordeling helpt andere kopers.
        Ditt ärliga omdöme hjälper andra köpare.
        Dziękujemy za pozytywną opinię.
        """);
  }

  @Test
  void repeatedOrderInfoInNineLanguages() {
    RuleTester.forRule("repeats-order-info").expectMarked(HEADER + """
        {{! BUG: repeats-order-info }}
        Your order has been shipped; your tracking number is {{trackingNumber}}.
        {{! BUG: repeats-order-info }}
        Ihre Bestellung wurde versandt.
        {{! BUG: repeats-order-info }}
        Votre colis est en route vers vous.
        {{! BUG: repeats-order-info }}
        Abbiamo ricevuto il suo ordine.
        {{! BUG: repeats-order-info }}
        Su número de seguimiento es {{tracking}}.
        {{! BUG: repeats-order-info }}
        A sua encomenda foi enviada.
        {{! BUG: repeats-order-info }}
        Uw bestelling is vandaag verzonden.
        {{! BUG: repeats-order-info }}
        Din beställning har skickats.
        {{! BUG: repeats-order-info }}
        Twoje zamówienie zostało wysłane.
        """);
  }

  @Test
  void delaysAndDeliveryProblemsAreNews() {
    RuleTester.forRule("repeats-order-info").expectNone(HEADER + """
        Your order will be dispatched on Monday. The tracking shows the parcel came back; could you check the address?
        Ihre Bestellung wird leider erst am Montag versandt.
        Votre commande sera expédiée lundi.
        Il suo ordine sarà spedito lunedì.
        Su pedido se enviará el lunes.
        A sua encomenda será enviada na segunda-feira.
        Uw bestelling wordt pas maandag verzonden.
        Din beställning skickas först på måndag.
        Zamówienie zostanie wysłane w poniedziałek.
        """);
  }

  @Test
  void cancellationRequestsInNineLanguages() {
    RuleTester.forRule("no-cancellation-request").expectMarked(HEADER + """
        {{! BUG: no-cancellation-request }}
        We cannot ship the lamp, so please cancel your order.
        {{! BUG: no-cancellation-request }}
        Bitte stornieren Sie die Bestellung über Ihr Kundenkonto.
        {{! BUG: no-cancellation-request }}
        Veuillez annuler votre commande.
        {{! BUG: no-cancellation-request }}
        La preghiamo di annullare l'ordine.
        {{! BUG: no-cancellation-request }}
        Por favor, cancele su pedido.
        {{! BUG: no-cancellation-request }}
        Por favor cancele a sua encomenda.
        {{! BUG: no-cancellation-request }}
        Wilt u de bestelling annuleren?
        {{! BUG: no-cancellation-request }}
        Vänligen avbryt din beställning.
        {{! BUG: no-cancellation-request }}
        Prosimy o anulowanie zamówienia.
        """);
  }

  @Test
  void aSellerWhoCancelsDoesNotAskTheBuyer() {
    RuleTester.forRule("no-cancellation-request").expectNone(HEADER + """
        We have cancelled your order and refunded you in full; you do not need to do anything.
        Wir haben Ihre Bestellung storniert. Möchten Sie, dass wir stornieren?
        Nous avons annulé votre commande.
        Abbiamo annullato il suo ordine.
        Hemos cancelado su pedido.
        Cancelámos a sua encomenda.
        Wij hebben uw bestelling geannuleerd.
        Vi har avbrutit din beställning.
        Anulowaliśmy zamówienie.
        """);
  }

  @Test
  void thankYouOnlyMessagesInNineLanguages() {
    String[] bodies = {
        "Thank you for your order! We're always here to help.",
        "Vielen Dank für Ihren Einkauf! Wir sind jederzeit für Sie da.",
        "Merci beaucoup pour votre achat. N'hésitez pas à nous contacter.",
        "Grazie mille per il suo acquisto. Siamo sempre a sua disposizione.",
        "Muchas gracias por su compra. No dude en contactarnos.",
        "Muito obrigado pela sua compra. Estamos sempre à sua disposição.",
        "Hartelijk dank voor uw aankoop. Aarzel niet om contact op te nemen.",
        "Tack så mycket för ditt köp. Tveka inte att kontakta oss.",
        "Dziękujemy za zakupy. Jesteśmy do Państwa dyspozycji.",
    };
    for (String body : bodies) {
      RuleTester.forRule("thank-you-only").expectMarked(HEADER + "{{! BUG: thank-you-only }}\n" + body + "\n");
    }
    List<Finding> delivered = RuleTester.forRule("thank-you-only").findings(HEADER + "Your parcel has been delivered.\n");
    assertEquals(1, delivered.size());
    assertTrue(delivered.get(0).message().contains("(delivered, en)"), delivered.get(0).message());
  }

  @Test
  void thanksWithAPurposeOrAQuestionIsNotThankYouOnly() {
    String[] bodies = {
        "Thank you for your order. If you have a moment, we'd appreciate a review.",
        "Vielen Dank für Ihre Bestellung. Leider verzögert sich der Versand um eine Woche.",
        "Merci pour votre commande. Quel jour de livraison vous convient ?",
        "Grazie per l'ordine. La fattura è in allegato.",
        "Gracias por su compra. Confirme el texto del grabado, por favor.",
        "Obrigado pela sua compra. A sua chave de licença está abaixo.",
        "Bedankt voor uw bestelling. Helaas is de lamp uitverkocht.",
        "Tack för ditt köp. Vi behöver en tid för leverans: välj ett leveransdatum.",
        "Dziękujemy za zakupy. Niestety przesyłka jest opóźniona.",
        "Der Tisch wiegt 80 kg und kommt mit einer Spedition.",
    };
    for (String body : bodies) {
      RuleTester.forRule("thank-you-only").expectNone(HEADER + body + "\n");
    }
  }

  @Test
  void criticalMessagesCarryNoReviewRequestOrMarketing() {
    List<Finding> findings = RuleTester.forRule("critical-content").expectMarked(CRITICAL + """
        Which delivery day suits you for the table?
        {{! BUG: critical-content }}
        Once it has arrived, we'd appreciate a review.
        {{! BUG: critical-content }}
        Welcher Tag passt Ihnen? Über eine Bewertung würden wir uns freuen.
        {{! BUG: critical-content }}
        Quel jour vous convient ? Laissez un avis ensuite.
        {{! BUG: critical-content }}
        Quale giorno le va bene? Lasci una recensione dopo la consegna.
        {{! BUG: critical-content }}
        ¿Qué día le viene bien? Deje una reseña después.
        {{! BUG: critical-content }}
        Que dia lhe convém? Deixe uma avaliação depois.
        {{! BUG: critical-content }}
        Welke dag past u? Schrijf een review na de levering.
        {{! BUG: critical-content }}
        Vilken dag passar? Lämna ett omdöme efteråt.
        {{! BUG: critical-content }}
        Który dzień Panu pasuje? Prosimy o opinię po dostawie.
        {{! BUG: critical-content }}
        Follow us on Instagram for assembly tips.
        """);
    assertTrue(findings.get(findings.size() - 1).message().contains("marketing"), findings.toString());
  }

  @Test
  void criticalContentIgnoresNonCriticalTemplatesAndPlainQuestions() {
    RuleTester.forRule("critical-content").expectNone(HEADER + "If you have a moment, we'd appreciate a review.\n");
    RuleTester.forRule("critical-content").expectNone(CRITICAL + """
        Welcher Liefertermin passt Ihnen? Bitte bestätigen Sie auch die Adresse.
        Which delivery day suits you? Please confirm the engraving text for order {{orderId}}.
        """);
  }

  @Test
  void findingsPointAtTheOriginalTextAcrossVariablesAndNonAscii() {
    List<Finding> findings = RuleTester.forRule("repeats-order-info").findings("""
        ---
        reason: ORDER_DETAILS
        subject: "Ihre Bestellung {{orderId}} ist unterwegs"
        ---
        Grüße! Wir haben Ihr Päckchen heute an {{carrier}} übergeben.
        """);
    assertEquals(2, findings.size(), RuleTester.describe(findings).toString());
    assertEquals(3, findings.get(0).position().line());
    assertEquals(16, findings.get(0).position().column());
    assertEquals("Bestellung {{orderId}} ist unterwegs", findings.get(0).excerpt());
    assertEquals(5, findings.get(1).position().line());
    assertEquals(8, findings.get(1).position().column());
    assertTrue(findings.get(1).message().contains("\"Wir haben Ihr Päckchen heute an {{carrier}} übergeben\" (shipped, de)"),
        findings.get(1).message());
  }

  @Test
  void aShopsOwnPhrasesAreAddedToTheBuiltInOnes() {
    List<Phrase> own = new ArrayList<>();
    own.addAll(PhraseList.parse("[club]\nwerkstattclub*\n", "de", "shop/de.txt"));
    own.addAll(PhraseList.parse("[purpose]\ncare tips\n", "en", "shop/en.txt"));
    PolicyConfig config = new PolicyConfig(Marketplace.DE, Map.of(), Set.of(), new CustomPhrases(Map.of(
        "no-promotions", own.subList(0, 1), "thank-you-only", own.subList(1, 2))));
    List<Finding> findings = RuleTester.forRule("no-promotions").config(config).expectMarked(HEADER + """
        {{! BUG: no-promotions }}
        Werden Sie Mitglied im Werkstattclub.
        {{! BUG: no-promotions }}
        Follow us on Instagram.
        """);
    assertTrue(findings.get(0).message().contains("(club, de)"), findings.get(0).message());
    RuleTester.forRule("thank-you-only").config(config).expectNone(HEADER + "Thank you! Here are our care tips.\n");
    RuleTester.forRule("thank-you-only").expectMarked(HEADER + "{{! BUG: thank-you-only }}\nThank you! Here are our care tips.\n");
  }
}
