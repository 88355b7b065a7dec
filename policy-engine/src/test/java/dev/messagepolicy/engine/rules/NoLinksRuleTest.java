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
}
