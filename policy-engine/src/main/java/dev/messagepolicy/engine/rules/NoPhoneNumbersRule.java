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
 *
 * <p>A number the buyer could dial is a phone number even where libphonenumber knows its range
 * to be unassigned ({@code (555) 214-7788}, the fictional 555 numbers of films and examples): a
 * possible number written in exactly the groups of its region's own format counts too. An order
 * or article number that happens to have a possible length is not written that way.
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

  /**
   * The longest piece read leniently: the window of one number with its context is a few dozen
   * characters. libphonenumber's lenient reading costs about ten times its strict one on text
   * dense with digits (it parses every digit group), so a longer piece is only read strictly.
   */
  static final int MAX_LENIENT_PIECE = 400;

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
    List<int[]> found = new ArrayList<>();
    for (int[] window : DigitWindows.of(text)) {
      for (int[] number : findIn(text, window[0], window[1], regions)) {
        add(found, number[0], number[1]);
      }
    }
    found.sort((a, b) -> Integer.compare(a[0], b[0]));
    return found;
  }

  /**
   * Phone numbers in {@code text[from, to)}, read as one piece, as ranges of {@code text}: the
   * possible numbers written like a phone number, and the valid ones. libphonenumber reads the
   * piece leniently first; only when that finds a possible number not written like one does it
   * read the piece again, strictly ({@link PhoneNumberUtil.Leniency#VALID}): a valid number is
   * always a possible one, so where the lenient reading finds nothing the strict one would not
   * either, and most pieces (dates, order numbers) are read once. A piece longer than
   * {@link #MAX_LENIENT_PIECE} (a table of figures, or hostile input) is read strictly only.
   */
  static List<int[]> findIn(String text, int from, int to, Set<String> regions) {
    // A variable is no digit: read as a space, here and around the piece (charAt), so that it never
    // joins two digit groups. Only the pieces are copied: most of a message holds no digits.
    String piece = text.substring(from, to).replace(MessagePart.PLACEHOLDER, ' ');
    List<int[]> found = new ArrayList<>();
    boolean lenient = to - from <= MAX_LENIENT_PIECE;
    for (String region : regions) {
      if (region.equals(INTERNATIONAL) && !hasPlusSign(piece)) {
        continue;
      }
      boolean readStrictly = !lenient;
      Iterable<PhoneNumberMatch> possible = lenient
          ? Phones.UTIL.findNumbers(piece, region, PhoneNumberUtil.Leniency.POSSIBLE, Long.MAX_VALUE) : List.of();
      for (PhoneNumberMatch match : possible) {
        int start = from + match.start();
        int end = from + match.end();
        if (isWrittenLikeAPhoneNumber(match) && standsAlone(text, start, end)) {
          add(found, start, end);
        } else {
          readStrictly = true;
        }
      }
      if (readStrictly) {
        for (PhoneNumberMatch match : Phones.UTIL.findNumbers(piece, region, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
          if (!isNumbered(text, from + match.start(), match.rawString())) {
            add(found, from + match.start(), from + match.end());
          }
        }
      }
    }
    return found;
  }

  /**
   * Whether {@code piece} has a plus sign ({@code +} or full-width {@code ＋}): libphonenumber
   * parses nothing for region {@code ZZ} that does not start with one (checkRegionForParsing),
   * so a piece without one is not read for it at all.
   */
  static boolean hasPlusSign(String piece) {
    return piece.indexOf('+') >= 0 || piece.indexOf('\uFF0B') >= 0;
  }

  private static void add(List<int[]> found, int start, int end) {
    if (found.stream().noneMatch(f -> start < f[1] && f[0] < end)) {
      found.add(new int[] {start, end});
    }
  }

  /**
   * Whether the digits of {@code match} stand in the same groups as in the number's own national
   * format (or international format, when written with {@code +}): {@code (555) 214-7788} as
   * {@code (555) 214-7788}, {@code +1 555 214 7788} as {@code +1 555-214-7788}; a single run of
   * digits has no groups to compare and does not count.
   */
  static boolean isWrittenLikeAPhoneNumber(PhoneNumberMatch match) {
    String raw = match.rawString();
    if (match.number().hasExtension()) {
      return false; // "180 x 200" reads as a number with extension 200: a size
    }
    PhoneNumberUtil.PhoneNumberFormat format = raw.startsWith("+")
        ? PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL : PhoneNumberUtil.PhoneNumberFormat.NATIONAL;
    List<String> written = digitGroups(raw);
    return written.size() >= 2 && written.equals(digitGroups(Phones.UTIL.format(match.number(), format)));
  }

  /**
   * Whether a bare run of digits follows a number sign ({@code Order #1234567890},
   * {@code pedido n° 1134567890}): an order or article number, however dialable its digits; a
   * phone number written with separators after one still counts. ({@code nº} and {@code №} fold
   * to the word {@code no}, which is too common a word to tell.)
   */
  static boolean isNumbered(String text, int start, String raw) {
    if (digitGroups(raw).size() != 1 || !Character.isDigit(raw.charAt(0))) {
      return false;
    }
    int before = start - 1;
    if (before >= 0 && charAt(text, before) == ' ') {
      before--;
    }
    if (before < 0) {
      return false;
    }
    char sign = charAt(text, before);
    return sign == '#' || sign == '\u00B0';
  }

  private static List<String> digitGroups(String text) {
    List<String> groups = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!Character.isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && Character.isDigit(text.charAt(i))) {
        i++;
      }
      groups.add(text.substring(start, i));
    }
    return groups;
  }

  /**
   * Whether {@code [start, end)} is a word of its own: no letter, digit, {@code _}, {@code /},
   * percent or currency sign touches it (libphonenumber makes part of this check from
   * {@link PhoneNumberUtil.Leniency#VALID} on), and no file extension follows it
   * ({@code nota_fiscal_2024-0512.pdf}).
   */
  private static boolean standsAlone(String text, int start, int end) {
    boolean before = start == 0 || isFree(charAt(text, start - 1));
    boolean extension = end + 1 < text.length() && charAt(text, end) == '.' && Character.isLetterOrDigit(charAt(text, end + 1));
    return before && !extension && (end == text.length() || isFree(charAt(text, end)));
  }

  /** The character at {@code i}, a variable's placeholder read as a space. */
  private static char charAt(String text, int i) {
    char c = text.charAt(i);
    return c == MessagePart.PLACEHOLDER ? ' ' : c;
  }

  private static boolean isFree(char c) {
    return !Character.isLetterOrDigit(c) && c != '_' && c != '/' && c != '%'
        && Character.getType(c) != Character.CURRENCY_SYMBOL;
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
