package dev.messagepolicy.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.engine.PolicyConfig;
import dev.messagepolicy.engine.finding.Finding;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** no-links on the buyer's view: disguised links, Markdown and HTML links, and what is not a link. */
class NoLinksRuleTest {

  private static final String HEADER = "---\nreason: ORDER_DETAILS\nsubject: \"Order {{orderId}}\"\n---\n";

  @Test
  void disguisedLinksAreReportedAtTheirOriginalColumn() {
    List<Finding> findings = RuleTester.forRule("no-links").expectMarked(HEADER + """
        {{! BUG: no-links }}
        Besuchen Sie my-shop dot de
        {{! BUG: no-links }}
        See my-shop[.]de or
        {{! BUG: no-links }}
        Shop: my-shop (dot) co (dot) uk
        {{! BUG: no-links }}
        Go to hxxps[:]//evil.example.com/x
        {{! BUG: no-links }}
        Type w w w.my-shop.de
        {{! BUG: no-links }}
        Grüße – ｍｙ－ｓｈｏｐ．ｄｅ
        {{! BUG: no-links }}
        Zero-width: my\u200B-shop\u200C.\u200Dde
        {{! BUG: no-links }}
        Entity: my-shop&#46;de and
        {{! BUG: no-links }}
        Cyrillic: m\u0443-sh\u043Ep.de
        """);
    assertEquals(14, findings.get(0).position().column());
    assertEquals("my-shop dot de", findings.get(0).excerpt());
    assertEquals(9, findings.get(5).position().column());
    assertEquals("ｍｙ－ｓｈｏｐ．ｄｅ", findings.get(5).excerpt());
  }

  @Test
  void writtenOutDotsOfEveryLanguageAreReportedWithTheirPath() {
    List<Finding> findings = RuleTester.forRule("no-links").expectMarked(HEADER + """
        {{! BUG: no-links }}
        Pflegehinweise unter lederwerk Punkt de Schrägstrich pflege.
        {{! BUG: no-links }}
        Care tips at leathercraftco dot com slash care.
        {{! BUG: no-links }}
        Conseils sur maroquinerie-lucas point fr.
        {{! BUG: no-links }}
        Li trova su pelletteria-bianchi punto it barra cura
        {{! BUG: no-links }}
        Están en marroquineria-lopez (punto) es
        {{! BUG: no-links }}
        Em couraria-lima ponto com ponto br
        {{! BUG: no-links }}
        Op leerwinkel-jansen punt nl slash onderhoud.
        {{! BUG: no-links }}
        Finns på laderverkstan [punkt] se
        {{! BUG: no-links }}
        Na stronie galanteria-kowalski kropka pl ukośnik pielegnacja
        """);
    assertEquals("lederwerk Punkt de Schrägstrich pflege", findings.get(0).excerpt());
    assertEquals("leerwinkel-jansen punt nl slash onderhoud", findings.get(6).excerpt());
  }

  @Test
  void dotWordsInOrdinarySentencesAreNotLinks() {
    RuleTester.forRule("no-links").expectNone(HEADER + """
        The dot is red; a polka dot dress; the dot on the i.
        Retrait au point de vente ou au point relais le plus proche. Le point fr
        En el punto de recogida es posible pagar. Deixamos no ponto de coleta do bairro.
        Op dit punt is de levering bijna klaar; het punt is dat de bank te groot is.
        Punkt 3 der Anleitung; ein wichtiger Punkt ist die Lieferzeit.
        Hämtas vid ombudet; en viktig punkt är leveranstiden.
        Jak kropka nad i.
        """);
  }

  @Test
  void abbreviationsWithADotAreNotDomains() {
    RuleTester.forRule("no-links").expectNone(HEADER + """
        Molti clienti prendono p.es. mezzo numero in più. Gent.mo cliente, Gent.ma Sig.ra Rossi,
        oferujemy m.in. grawerowanie. Solicitamos a V.Sa. a confirmação.
        """);
    RuleTester.forRule("no-links").expectMarked(HEADER + """
        {{! BUG: no-links }}
        Short link: t.co/abc123 and x.com today.
        """);
  }

  @Test
  void theDomainOfAnEmailAddressIsNoLink() {
    RuleTester.forRule("no-links").expectNone(HEADER + """
        Schreiben Sie an grafik (at) druckpalast (punkt) de oder an info@my-shop.de.
        Écrivez à graphisme (arobase) imprimerie-duval (point) fr ou à prenom.nom@boutique.fr.
        """);
  }

  @Test
  void aLinkInQuotationMarksEndsBeforeTheClosingMark() {
    List<Finding> findings = RuleTester.forRule("no-links").expectMarked(HEADER + """
        {{! BUG: no-links }}
        Besuchen Sie „www.example.de“ und
        {{! BUG: no-links }}
        visitez «www.exemple.fr» ou
        {{! BUG: no-links }}
        see “https://my-shop.com/faq”.
        """);
    assertEquals("www.example.de", findings.get(0).excerpt());
    assertEquals("www.exemple.fr", findings.get(1).excerpt());
    assertEquals("https://my-shop.com/faq", findings.get(2).excerpt());
  }

  @Test
  void markdownAndHtmlLinksAreReported() {
    List<Finding> findings = RuleTester.forRule("no-links").expectMarked(HEADER + """
        {{! BUG: no-links }}
        Read [the care guide](https://my-shop.de/care) first.
        {{! BUG: no-links }}
        Or [here](my-shop.de/faq).
        <p>Hello,
        {{! BUG: no-links }}
        <a href="/account">your account</a> and
        {{! BUG: no-links }}
        <a href="{{shopUrl}}"><img src="https://cdn.x.de/order.png"></a></p>
        """);
    assertEquals(10, findings.get(2).position().column());
    assertEquals("/account", findings.get(2).excerpt());
  }

  @Test
  void numbersFilesAbbreviationsAndSentencesAreNotLinks() {
    RuleTester.forRule("no-links").expectNone(HEADER + """
        The firmware 2.4.1 fixes it; size 10.5 fits. See manual.pdf, photos.zip and notes.md attached.
        Brandt GmbH & Co.KG, z.B. am Mo. 12.05., ca. 2 Std., Nr. 5.
        Your parcel left today.Best wishes and thanks for the order.Now we wait.
        Write to us at the marketplace. The dot on the i. Mail (at) the desk.
        <p>Return it <a href="#steps">as shown below</a>.</p>
        """);
  }

  @Test
  void allowedDomainsPassAlsoInHtml() {
    PolicyConfig config = new PolicyConfig(Marketplace.DE, Map.of(), Set.of("amazon.de"));
    RuleTester.forRule("no-links").config(config).expectMarked(HEADER + """
        <p>Returns: <a href="https://www.amazon.de/returns">amazon.de/returns</a></p>
        {{! BUG: no-links }}
        <p>Not <a href="https://amazon.de.evil.com">this</a></p>
        """);
  }

  /** The stand-in view gives autolink the same links as the copied text it replaces, on random text dense in link pieces. */
  @Test
  void autolinkFindsTheSameLinksThroughTheStandInView() {
    String[] pieces = {"\uE000", "www", "w", ".", ":", "//", "/", "http://", "www.", "hxxp://", "\uE000.", "s", "de", "com", " ", "-", "@",
        "\u201C", "\"", "(", ")", "x", "é", "?", "#", "1"};
    java.util.Random random = new java.util.Random(42);
    int withLinks = 0;
    for (int n = 0; n < 200_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(24); k >= 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String copied = text.toString().replace('\uE000', 'x');
      List<String> expected = new java.util.ArrayList<>();
      NoLinksRule.EXTRACTOR.extractLinks(copied).forEach(l -> expected.add(l.getBeginIndex() + "-" + l.getEndIndex()));
      List<String> actual = new java.util.ArrayList<>();
      NoLinksRule.EXTRACTOR.extractLinks(new NoLinksRule.WithStandIns(text.toString()))
          .forEach(l -> actual.add(l.getBeginIndex() + "-" + l.getEndIndex()));
      assertEquals(expected, actual, text.toString());
      withLinks += expected.isEmpty() ? 0 : 1;
    }
    assertEquals(true, withLinks > 10_000, "too few texts with links: " + withLinks);
  }
}
