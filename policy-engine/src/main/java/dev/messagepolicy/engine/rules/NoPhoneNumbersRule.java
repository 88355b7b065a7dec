package dev.messagepolicy.engine.rules;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.engine.html.HtmlElement;
import dev.messagepolicy.engine.template.MessageModel;
import dev.messagepolicy.engine.template.MessagePart;
import dev.messagepolicy.engine.text.BuyerText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * No phone numbers: numbers that libphonenumber finds valid ({@link PhoneNumberUtil.Leniency#VALID})
 * for the template's marketplace region, and international ({@code +}) numbers of any region, in
 * the text as the buyer reads it (full-width digits folded), and {@code tel:} links. Order
 * numbers ({@code 302-1234567-1234567}), dates, prices and sizes are not valid numbers.
 */
@PolicyRule(
    id = "no-phone-numbers",
    summary = "Phone numbers in any common national or international format",
    guideline = "Buyer messages may not contain phone numbers (except a warranty's, carrier's or manufacturer's"
        + " phone): the buyer answers through the marketplace's messaging.")
public final class NoPhoneNumbersRule implements TemplateRule {

  /** Loaded on first use: {@code getInstance()} reads the metadata (~70 ms); the instance is thread-safe. */
  private static final class Phones {
    static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  }

  /** Region {@code ZZ}: only numbers written with a {@code +} country code. */
  private static final String INTERNATIONAL = "ZZ";

  @Override
  public void check(MessageModel model, RuleContext context) {
    Marketplace marketplace = context.config().resolve(model.metadata().marketplace());
    for (MessagePart part : model.parts()) {
      BuyerText buyer = BuyerText.of(part);
      ReportedSpans reported = new ReportedSpans();
      for (HtmlElement element : buyer.html().elements()) {
        if (element.attribute("href").strip().toLowerCase(Locale.ROOT).startsWith("tel:")) {
          int[] range = element.rangeOf("href");
          report(model, part, context, range[0], range[1], reported);
        }
      }
      for (int[] span : find(buyer.text(), regionsOf(marketplace))) {
        report(model, part, context, buyer.skeletonStart(span[0]), buyer.skeletonEnd(span[1]), reported);
      }
    }
  }

  static Set<String> regionsOf(Marketplace marketplace) {
    Set<String> regions = new LinkedHashSet<>();
    regions.add(marketplace.region());
    regions.add(INTERNATIONAL);
    return regions;
  }

  /** Phone numbers in folded text, as half-open ranges; each match iterator is used by one thread only. */
  static List<int[]> find(String text, Set<String> regions) {
    // A variable is no digit: read it as a space so that it never joins two digit groups.
    String digits = text.replace(MessagePart.PLACEHOLDER, ' ');
    List<int[]> found = new ArrayList<>();
    for (int[] window : DigitWindows.of(digits)) {
      String piece = digits.substring(window[0], window[1]);
      for (String region : regions) {
        for (PhoneNumberMatch match : Phones.UTIL.findNumbers(piece, region, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
          int start = window[0] + match.start();
          int end = window[0] + match.end();
          if (found.stream().noneMatch(f -> start < f[1] && f[0] < end)) {
            found.add(new int[] {start, end});
          }
        }
      }
    }
    found.sort((a, b) -> Integer.compare(a[0], b[0]));
    return found;
  }

  private static void report(MessageModel model, MessagePart part, RuleContext context, int start, int end,
      ReportedSpans reported) {
    if (!reported.claim(start, end)) {
      return;
    }
    context.reportText(model.source(), part, start, end,
        "phone numbers are not allowed in buyer messages: \"" + part.excerpt(start, end) + "\"",
        "Remove the number; the buyer answers through the marketplace's messaging.");
  }
}
