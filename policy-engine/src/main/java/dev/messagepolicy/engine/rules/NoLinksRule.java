package dev.messagepolicy.engine.rules;

import dev.messagepolicy.engine.html.HtmlElement;
import dev.messagepolicy.engine.template.MessageModel;
import dev.messagepolicy.engine.template.MessagePart;
import dev.messagepolicy.engine.text.BuyerText;
import dev.messagepolicy.engine.text.MappedText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

/**
 * No links, in the text as the buyer reads it: URLs with a scheme and {@code www.} hosts (found
 * by autolink), bare domains under a public suffix ({@code my-shop.de}), obfuscated spellings
 * ({@code my-shop dot de}, {@code hxxp://}, {@code [.]}, full-width or zero-width characters,
 * entities), Markdown links and HTML {@code href}s, also where a variable stands for part of the
 * host ({@code www.{{shop}}.com}). Domains in {@code allowedLinkDomains} pass.
 */
@PolicyRule(
    id = "no-links",
    summary = "Links to websites, with or without a scheme, including bare domains",
    guideline = "Buyer messages may not contain links to websites (unless secure and needed to complete the"
        + " order), nor logos that link to a website.")
public final class NoLinksRule implements TemplateRule {

  static final LinkExtractor EXTRACTOR =
      LinkExtractor.builder().linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW)).build();

  /** Stands for a variable when autolink hunts links: a host label character. */
  private static final char VARIABLE_STAND_IN = 'x';

  /** HTML attributes that send the reader somewhere. */
  private static final List<String> LINK_ATTRIBUTES = List.of("href", "action", "formaction");

  @Override
  public void check(MessageModel model, RuleContext context) {
    Set<String> allowed = context.config().allowedLinkDomains();
    for (MessagePart part : model.parts()) {
      BuyerText buyer = BuyerText.of(part);
      ReportedSpans reported = new ReportedSpans();
      for (HtmlElement element : buyer.html().elements()) {
        for (String attribute : LINK_ATTRIBUTES) {
          String target = element.attribute(attribute).strip().toLowerCase(Locale.ROOT);
          if (element.has(attribute) && isLinkTarget(target) && !isAllowed(hostOf(target), allowed)) {
            int[] range = element.rangeOf(attribute);
            report(model, part, context, range[0], range[1], reported);
          }
        }
      }
      MappedText view = buyer.deobfuscated();
      for (int[] span : findInText(view.text(), index -> isTitleCase(part.skeleton(), view.sourceStart(index)))) {
        String link = view.text().substring(span[0], span[1]);
        if (!isAllowed(hostOf(link), allowed)) {
          report(model, part, context, view.sourceStart(span[0]), view.sourceEnd(span[1]), reported);
        }
      }
    }
  }

  /** Links in folded, deobfuscated text, as half-open ranges, leftmost first, not overlapping. */
  static List<int[]> findInText(String text, java.util.function.IntPredicate titleCase) {
    List<int[]> candidates = new ArrayList<>();
    for (LinkSpan link : EXTRACTOR.extractLinks(new WithStandIns(text))) {
      candidates.add(new int[] {link.getBeginIndex(), beforeQuote(text, link.getBeginIndex(), link.getEndIndex())});
    }
    candidates.addAll(BareDomains.find(text, titleCase));
    candidates.addAll(MarkdownLinks.targets(text));
    // Leftmost first, the longest of those starting together; a candidate inside a kept one is dropped.
    candidates.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
    List<int[]> found = new ArrayList<>();
    int keptEnd = 0;
    for (int[] candidate : candidates) {
      if (candidate[0] >= keptEnd) {
        found.add(candidate);
        keptEnd = candidate[1];
      }
    }
    return found;
  }

  /**
   * {@code text} with each variable's placeholder read as {@link #VARIABLE_STAND_IN}, without a
   * copy: autolink reads its input through {@link CharSequence#charAt} and
   * {@link CharSequence#length} only, so it sees exactly the characters of
   * {@code text.replace(PLACEHOLDER, VARIABLE_STAND_IN)}.
   */
  static final class WithStandIns implements CharSequence {

    private final String text;

    WithStandIns(String text) {
      this.text = text;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      char c = text.charAt(index);
      return c == MessagePart.PLACEHOLDER ? VARIABLE_STAND_IN : c;
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return toString().substring(start, end);
    }

    @Override
    public String toString() {
      return text.replace(MessagePart.PLACEHOLDER, VARIABLE_STAND_IN);
    }
  }

  /**
   * Where a link autolink found ends once a quotation mark stops it: autolink reads typographic
   * quotes as URL characters, so „www.example.de“ would end in {@code “}.
   */
  private static int beforeQuote(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (isQuotationMark(text.charAt(i))) {
        return i;
      }
    }
    return end;
  }

  /** {@code " ' „ “ ” ‚ ‘ ’ « » ‹ ›} and the other opening and closing quotation marks. */
  private static boolean isQuotationMark(char c) {
    int type = Character.getType(c);
    return c == '"' || c == '\'' || c == '\u201E' || c == '\u201A'
        || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
  }

  private static void report(MessageModel model, MessagePart part, RuleContext context, int start, int end,
      ReportedSpans reported) {
    if (!reported.claim(start, end)) {
      return;
    }
    context.reportText(model.source(), part, start, end,
        "links are not allowed in buyer messages: \"" + part.excerpt(start, end) + "\"",
        "Remove the link; describe what the buyer should do in words, within the marketplace.");
  }

  /** An HTML target that leaves the message: not e-mail or phone (their own rules), not an in-page anchor. */
  private static boolean isLinkTarget(String target) {
    return !target.isEmpty() && !target.startsWith("#") && !target.startsWith("mailto:") && !target.startsWith("tel:");
  }

  /** Whether the skeleton character at {@code index} is an upper-case letter followed by a lower-case one. */
  private static boolean isTitleCase(String skeleton, int index) {
    return index + 1 < skeleton.length() && Character.isUpperCase(skeleton.charAt(index))
        && Character.isLowerCase(skeleton.charAt(index + 1));
  }

  static String hostOf(String link) {
    String rest = link.toLowerCase(Locale.ROOT);
    int scheme = rest.indexOf("://");
    if (scheme >= 0) {
      rest = rest.substring(scheme + 3);
    } else if (rest.startsWith("//")) {
      rest = rest.substring(2);
    }
    int end = rest.length();
    for (char stop : new char[] {'/', ':', '?', '#'}) {
      int at = rest.indexOf(stop);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return rest.substring(0, end);
  }

  static boolean isAllowed(String host, Set<String> allowed) {
    for (String domain : allowed) {
      if (host.equals(domain) || host.endsWith("." + domain)) {
        return true;
      }
    }
    return false;
  }
}
