package dev.messagepolicy.benchmarks;

import java.util.List;
import java.util.Map;

/**
 * Sentences of honest shop messages per language, from which synthetic templates are put
 * together, and the violations sprinkled into about one template in twenty.
 */
final class Phrasebook {

  /** A language with its marketplace, a greeting, body sentences and a signature partial. */
  record Language(String code, String marketplace, String greeting, List<String> sentences, String signature,
      String subject) {}

  static final List<Language> LANGUAGES = List.of(
      new Language("en", "UK", "Hello {{buyerName}},", List.of(
          "Thank you for your order {{orderId}}.",
          "Could you confirm the engraving text for the wooden board?",
          "The carrier can deliver the sofa on Tuesday or Thursday morning.",
          "Please let us know which of the two dates suits you best.",
          "The parcel is delayed by two days because of a strike at the depot.",
          "We are sorry for the inconvenience and will keep you informed.",
          "The house number seems to be missing from the delivery address.",
          "Your activation key is {{activationKey}}; enter it under Settings.",
          "The firmware 2.4.1 fixes the display issue mentioned in the manual.pdf.",
          "If anything is unclear, simply reply to this message."),
          "Kind regards,\n{{sellerName}}\n", "Order {{orderId}}: a question about your delivery"),
      new Language("de", "DE", "Hallo {{buyerName}},", List.of(
          "vielen Dank für Ihre Bestellung {{orderId}}.",
          "Könnten Sie uns den gewünschten Gravurtext bestätigen?",
          "Die Spedition kann das Sofa am Dienstag oder Donnerstag vormittags liefern.",
          "Bitte teilen Sie uns mit, welcher Termin Ihnen besser passt.",
          "Die Sendung verzögert sich wegen eines Streiks im Verteilzentrum um zwei Tage.",
          "Wir bitten die Unannehmlichkeiten zu entschuldigen.",
          "In der Lieferadresse fehlt offenbar die Hausnummer.",
          "Ihr Aktivierungscode lautet {{activationKey}}.",
          "Die Maße betragen 120 x 80 cm, das Gewicht rund 35 kg.",
          "Bei Fragen antworten Sie einfach auf diese Nachricht."),
          "Mit freundlichen Grüßen\n{{sellerName}}\n", "Bestellung {{orderId}}: Rückfrage zur Lieferung"),
      new Language("fr", "FR", "Bonjour {{buyerName}},", List.of(
          "merci pour votre commande {{orderId}}.",
          "Pourriez-vous nous confirmer le texte de la gravure ?",
          "Le transporteur peut livrer le canapé mardi ou jeudi matin.",
          "Merci de nous indiquer la date qui vous convient le mieux.",
          "Le colis aura deux jours de retard en raison d'une grève au dépôt.",
          "Il semble que le numéro de rue manque dans l'adresse de livraison.",
          "Votre clé d'activation est {{activationKey}}.",
          "Pour toute question, répondez simplement à ce message."),
          "Cordialement,\n{{sellerName}}\n", "Commande {{orderId}} : question sur la livraison"),
      new Language("es", "ES", "Hola {{buyerName}}:", List.of(
          "gracias por su pedido {{orderId}}.",
          "¿Podría confirmarnos el texto del grabado?",
          "El transportista puede entregar el sofá el martes o el jueves por la mañana.",
          "Indíquenos, por favor, qué fecha le viene mejor.",
          "El paquete llegará con dos días de retraso por una huelga en el almacén.",
          "Parece que falta el número de la calle en la dirección de entrega.",
          "Si tiene alguna duda, responda a este mensaje."),
          "Un saludo,\n{{sellerName}}\n", "Pedido {{orderId}}: consulta sobre la entrega"),
      new Language("it", "IT", "Gentile {{buyerName}},", List.of(
          "grazie per il suo ordine {{orderId}}.",
          "Potrebbe confermarci il testo dell'incisione?",
          "Il corriere può consegnare il divano martedì o giovedì mattina.",
          "Ci faccia sapere quale data preferisce.",
          "Il pacco arriverà con due giorni di ritardo a causa di uno sciopero.",
          "Per qualsiasi domanda risponda pure a questo messaggio."),
          "Cordiali saluti,\n{{sellerName}}\n", "Ordine {{orderId}}: domanda sulla consegna"));

  /** Violations: a disguised or plain link, a coupon, in the languages above. */
  static final Map<String, String> VIOLATIONS = Map.of(
      "en", "Use code THANKS10 for 10% off your next order at www.example-shop.co.uk.",
      "de", "Mit dem Gutscheincode DANKE10 sparen Sie 10 % auf example-shop.de.",
      "fr", "Profitez de -20 % avec le code MERCI20 sur example-boutique.fr.",
      "es", "Visite www.ejemplo-tienda.es para más ofertas.",
      "it", "Visiti www.esempio-negozio.it per altre offerte.");

  private Phrasebook() {}
}
