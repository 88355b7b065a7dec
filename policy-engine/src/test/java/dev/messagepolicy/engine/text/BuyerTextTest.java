package dev.messagepolicy.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.engine.PolicyConfig;
import dev.messagepolicy.engine.PolicyEngine;
import dev.messagepolicy.engine.rules.RuleRegistry;
import dev.messagepolicy.engine.source.TemplateFiles;
import dev.messagepolicy.engine.source.TemplateLocator;
import dev.messagepolicy.engine.template.MessagePart;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The buyer's view: what it folds, drops and decodes, and that every character maps back exactly. */
class BuyerTextTest {

  private static MessagePart body(String text) {
    String file = "---\nreason: ORDER_DETAILS\n---\n" + text;
    var source = TemplateFiles.read("t.mustache", "t.mustache", file, Marketplace.DE);
    TemplateLocator none = path -> new TemplateLocator.Missing("none");
    return new PolicyEngine(PolicyConfig.defaults(), RuleRegistry.builtIn()).parse(source, none).body();
  }

  /** The skeleton text that normalized range {@code [start, end)} stands for. */
  private static String original(BuyerText buyer, int start, int end) {
    return buyer.part().skeleton().substring(buyer.skeletonStart(start), buyer.skeletonEnd(end));
  }

  @Test
  void foldsFullWidthCaseAndSharpS() {
    BuyerText buyer = BuyerText.of(body("ＷＷＷ．Ｍｙ-Ｓｈｏｐ。ＤＥ Straße"));
    assertEquals("www.my-shop.de strasse", buyer.text());
    int s = buyer.text().indexOf("strasse");
    assertEquals("Straße", original(buyer, s, s + 7));
    // ß became "ss": both characters point at the one ß.
    assertEquals("ß", original(buyer, s + 4, s + 5));
    assertEquals("ß", original(buyer, s + 5, s + 6));
  }

  @Test
  void dropsZeroWidthAndBidiControlsButKeepsTheirPlaceInTheMap() {
    BuyerText buyer = BuyerText.of(body("my\u200B-sh\u202Eop\u2060.de"));
    assertEquals("my-shop.de", buyer.text());
    assertEquals("my\u200B-sh\u202Eop\u2060.de", original(buyer, 0, buyer.text().length()));
  }

  @Test
  void mapsCyrillicAndGreekLookAlikesToLatin() {
    // Cyrillic а and о, Greek ο: a domain that only looks Latin.
    assertEquals("amazon-shop.de", BuyerText.of(body("\u0430mаz\u03BFn-sh\u043Ep.de")).text());
    // Umlauts and accents are letters of their own, not look-alikes.
    assertEquals("grüße è", BuyerText.of(body("Grüße è")).text().replace("ss", "ß"));
  }

  @Test
  void keepsVariablesBesideFoldedTextAndCombiningMarks() {
    BuyerText buyer = BuyerText.of(body("Hallo {{name}}, STRASSE{{nr}}e\u0301{{x}}\u0301 ß{{y}}"));
    assertEquals("hallo \uE000, strasse\uE000\u00E9\uE000\u0301 ss\uE000", buyer.text());
    int sharpS = buyer.text().lastIndexOf("ss");
    assertEquals("ß\uE000", original(buyer, sharpS, sharpS + 3));
    assertEquals(buyer.part().skeleton(), original(buyer, 0, buyer.text().length()));
  }

  @Test
  void decodesEntitiesInPlainText() {
    BuyerText buyer = BuyerText.of(body("my-shop&#46;de &amp; more"));
    assertEquals("my-shop.de & more", buyer.text());
    assertEquals("&#46;", original(buyer, 7, 8));
  }

  @Test
  void readsHtmlAsTextWithLinksAndImagesAsElements() {
    BuyerText buyer = BuyerText.of(body("<p>Hallo {{name}},</p><p>siehe <a href=\"https://x.de\">hier</a>"
        + "<img src=\"logo.png\"></p>"));
    assertTrue(buyer.html().html());
    assertEquals("hallo " + MessagePart.PLACEHOLDER + ",\nsiehe hier\n", buyer.text());
    assertEquals(List.of("p", "p", "a", "img"), buyer.html().elements().stream().map(e -> e.tag()).toList());
    var link = buyer.html().elements("a").get(0);
    int[] href = link.rangeOf("href");
    assertEquals("https://x.de", buyer.part().skeleton().substring(href[0], href[1]));
    int hier = buyer.text().indexOf("hier");
    assertEquals("hier", original(buyer, hier, hier + 4));
  }

  @Test
  void columnsAfterNonAsciiTextPointAtTheOriginal() {
    MessagePart part = body("Grüße aus Köln – ｗｗｗ.shop.de\n");
    BuyerText buyer = BuyerText.of(part);
    int www = buyer.text().indexOf("www");
    assertEquals(18, part.positionOf(buyer.skeletonStart(www)).column());
    assertEquals("ｗｗｗ.shop.de", original(buyer, www, www + "www.shop.de".length()));
  }

  @Test
  void isComputedOncePerPartAlsoUnderConcurrentUse() throws Exception {
    MessagePart part = body("Hello there");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<BuyerText>> views = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        views.add(pool.submit(() -> BuyerText.of(part)));
      }
      BuyerText first = views.get(0).get();
      for (Future<BuyerText> view : views) {
        assertSame(first, view.get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
