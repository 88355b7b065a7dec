package dev.messagepolicy.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.finding.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** no-emoji, no-images and html-formatting. */
class PresentationRulesTest {

  private static final String HEADER = "---\nreason: ORDER_DETAILS\nsubject: \"Order {{orderId}}\"\n---\n";

  @Test
  void emojiAreReportedOncePerRunAsWarnings() {
    List<Finding> findings = RuleTester.forRule("no-emoji").expectMarked(HEADER + """
        {{! BUG: no-emoji }}
        Danke für Ihre Geduld 😊👍🏽!
        {{! BUG: no-emoji }}
        Love it ❤️ and
        {{! BUG: no-emoji }}
        Step 1️⃣ first
        {{! BUG: no-emoji }}
        Made in 🇩🇪
        {{! BUG: no-emoji }}
        Entity &#x1F381; gift
        """);
    assertEquals(5, findings.size());
    assertEquals(23, findings.get(0).position().column());
    assertEquals("😊👍🏽", findings.get(0).excerpt());
    assertEquals(Severity.WARNING, findings.get(0).severity());
  }

  @Test
  void digitsSignsAndTextSymbolsAreNotEmoji() {
    RuleTester.forRule("no-emoji").expectNone(HEADER + """
        Order #5, © 2024 Brandt, ™, ® and ✓ done; 5 * 3 = 15; → next; ☺ plain; ❤ plain.
        """);
  }

  @Test
  void imagesThatLinkTrackOrAdvertiseAreReported() {
    List<Finding> findings = RuleTester.forRule("no-images").expectMarked(HEADER + """
        <p>Hello,</p>
        {{! BUG: no-images }}
        <a href="https://shop.de"><img src="https://shop.de/banner.png"></a>
        {{! BUG: no-images }}
        <img src="https://t.shop.de/p.png" width="1" height="1">
        {{! BUG: no-images }}
        <img src="http://cdn.shop.de/photo.png">
        {{! BUG: no-images }}
        <p>Team <img src="https://cdn.shop.de/brandt-logo.png" alt="Brandt"></p>
        {{! BUG: no-images }}
        <img src="https://cdn.shop.de/thanks.gif">
        {{! BUG: no-images }}
        <div style="background: url(https://t.shop.de/x.png)">x</div>
        """);
    assertEquals(27, findings.get(0).position().column());
  }

  @Test
  void aLogoIsALogoInEveryLanguage() {
    RuleTester.forRule("no-images").expectMarked(HEADER + """
        <p>Fakturan är bifogad.</p>
        {{! BUG: no-images }}
        <p><img src="cid:butikslogga" alt="Logga Solhuset" width="180"></p>
        {{! BUG: no-images }}
        <p><img src="https://cdn.sklep.pl/logotyp.png" alt="Sklep"></p>
        <p><img src="https://cdn.butik.se/bild.png" alt="Bild från våra bloggar"></p>
        """);
  }

  @Test
  void anOrderPhotoOverHttpsPasses() {
    RuleTester.forRule("no-images").expectNone(HEADER + """
        <p>Is this the engraving you want?</p><img src="https://cdn.shop.de/engraving-proof.png" alt="Proof">
        Plain text with <3 and a < b.
        """);
  }

  @Test
  void formattingThatOverridesTheClientAndTooManyLineBreaksAreReported() {
    List<Finding> findings = RuleTester.forRule("html-formatting").expectMarked(HEADER + """
        {{! BUG: html-formatting }}
        <p style="font-family: Comic Sans; color: red">Hello</p>
        {{! BUG: html-formatting }}
        <center>Thanks</center>
        {{! BUG: html-formatting }}
        <p align="center">x</p><font color="red">y</font>
        {{! BUG: html-formatting }}
        <p>a<br><br><br>b</p>
        """);
    assertEquals(11, findings.get(0).position().column());
    assertEquals(Severity.WARNING, findings.get(0).severity());
  }

  @Test
  void plainTextWithMoreThanTwoLineBreaksIsReportedAndTwoPass() {
    RuleTester.forRule("html-formatting").expectMarked(HEADER + """
        Hello,

        two breaks are fine.
        {{! BUG: html-formatting }}
        But not three:


        here.
        """);
  }

  @Test
  void linesOfSectionTagsAreNotLineBreaksTheBuyerSees() {
    RuleTester.forRule("html-formatting").expectNone(HEADER + """
        Days:
        {{#days}}
        - {{.}}
        {{/days}}

        Regards
        """);
  }

  @Test
  void paragraphsAndListsInHtmlAreOneEmptyLineEach() {
    RuleTester.forRule("html-formatting").expectNone(HEADER + """
        <p>Hello {{buyerName}},</p>
        <p>the <b>sage green</b> cover has sold out. We can send one of these instead:</p>
        <ul>
        <li>olive</li>
        <li>duck egg blue</li>
        </ul>
        <p>Please reply with your choice.</p>
        <div><p>Kind regards,<br>{{sellerName}}</p></div>
        """);
  }

  @Test
  void blankParagraphsAndBreaksBetweenParagraphsAddLines() {
    RuleTester.forRule("html-formatting").expectMarked(HEADER + """
        <p>Hello,</p>
        {{! BUG: html-formatting }}
        <p>&nbsp;</p>
        <p>your order ships on Monday.</p>
        {{! BUG: html-formatting }}
        <br>
        <p>Regards</p>
        """);
  }

  @Test
  void simpleMarkupPasses() {
    RuleTester.forRule("html-formatting").expectNone(HEADER + """
        <p>Hello <b>{{name}}</b>,</p>
        <p>your <em>order</em> is <span style="white-space: nowrap">ready</span>.<br><br>Regards</p>
        """);
  }
}
