package dev.messagepolicy.engine.rules;

import dev.messagepolicy.engine.html.HtmlElement;
import dev.messagepolicy.engine.normalize.Deobfuscated;
import dev.messagepolicy.engine.template.MessageModel;
import dev.messagepolicy.engine.template.MessagePart;
import dev.messagepolicy.engine.text.BuyerText;
import dev.messagepolicy.engine.text.MappedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * No e-mail addresses, in the text as the buyer reads it, also obfuscated
 * ({@code name (at) shop (dot) de}, full-width {@code ＠}) or behind a {@code mailto:} link. The
 * marketplace hides both parties' addresses; an address in the text walks around that.
 */
@PolicyRule(
    id = "no-email-addresses",
    summary = "E-mail addresses, also obfuscated ones such as name (at) shop (dot) de",
    guideline = "Buyer messages may not contain e-mail addresses: the marketplace's messaging channel hides both"
        + " parties' addresses.")
public final class NoEmailAddressesRule implements TemplateRule {

  @Override
  public void check(MessageModel model, RuleContext context) {
    for (MessagePart part : model.parts()) {
      BuyerText buyer = BuyerText.of(part);
      ReportedSpans reported = new ReportedSpans();
      for (HtmlElement element : buyer.html().elements()) {
        if (element.attribute("href").strip().toLowerCase(Locale.ROOT).startsWith("mailto:")) {
          int[] range = element.rangeOf("href");
          report(model, part, context, range[0], range[1], reported);
        }
      }
      MappedText view = buyer.deobfuscated();
      for (int[] span : find(view.text())) {
        report(model, part, context, view.sourceStart(span[0]), view.sourceEnd(span[1]), reported);
      }
    }
  }

  /** Addresses in folded, deobfuscated text: a local part, {@code @}, a domain under a public suffix. */
  static List<int[]> find(String text) {
    List<int[]> found = new ArrayList<>();
    for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      int start = at;
      while (start > 0 && isLocalChar(text.charAt(start - 1))) {
        start--;
      }
      int end = at + 1;
      while (end < text.length() && (Deobfuscated.isHostChar(text.charAt(end)) || text.charAt(end) == '.')) {
        end++;
      }
      while (end > at + 1 && text.charAt(end - 1) == '.') {
        end--;
      }
      boolean domain = text.charAt(Math.min(end, text.length()) - 1) == MessagePart.PLACEHOLDER && end > at + 1
          || BareDomains.isDomain(text.substring(at + 1, end));
      if (start < at && domain) {
        found.add(new int[] {start, end});
      }
    }
    return found;
  }

  private static boolean isLocalChar(char c) {
    return Deobfuscated.isHostChar(c) || c == '.' || c == '_' || c == '+' || c == '%';
  }

  private static void report(MessageModel model, MessagePart part, RuleContext context, int start, int end,
      ReportedSpans reported) {
    if (!reported.claim(start, end)) {
      return;
    }
    context.reportText(model.source(), part, start, end,
        "e-mail addresses are not allowed in buyer messages: \"" + part.excerpt(start, end) + "\"",
        "Remove the address; the buyer answers through the marketplace's messaging.");
  }
}
