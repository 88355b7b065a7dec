package dev.messagepolicy.engine.rules;

import dev.messagepolicy.engine.template.MessageModel;
import dev.messagepolicy.engine.template.MessagePart;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

/**
 * No links: URLs with a scheme and {@code www.} hosts (found by autolink), and bare domains such
 * as {@code my-shop.de} (autolink misses those), also where a variable stands for part of the
 * host ({@code www.{{shop}}.com}). Domains in {@code allowedLinkDomains} pass.
 */
@PolicyRule(
    id = "no-links",
    summary = "Links to websites, with or without a scheme, including bare domains",
    guideline = "Buyer messages may not contain links to websites (unless secure and needed to complete the"
        + " order), nor logos that link to a website.")
public final class NoLinksRule implements TemplateRule {

  private static final LinkExtractor EXTRACTOR =
      LinkExtractor.builder().linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW)).build();

  /** Stands for a variable when hunting links: a host label character, so {{shop}}.de reads as a domain. */
  private static final char VARIABLE_STAND_IN = 'x';

  @Override
  public void check(MessageModel model, RuleContext context) {
    Set<String> allowed = context.config().allowedLinkDomains();
    for (MessagePart part : model.parts()) {
      String text = part.skeletonWith(VARIABLE_STAND_IN);
      List<int[]> found = new ArrayList<>();
      for (LinkSpan link : EXTRACTOR.extractLinks(text)) {
        found.add(new int[] {link.getBeginIndex(), link.getEndIndex()});
      }
      for (int[] domain : BareDomains.find(text)) {
        if (found.stream().noneMatch(f -> domain[0] < f[1] && f[0] < domain[1])) {
          found.add(domain);
        }
      }
      found.sort((a, b) -> Integer.compare(a[0], b[0]));
      for (int[] span : found) {
        String link = text.substring(span[0], span[1]);
        if (isAllowed(hostOf(link), allowed)) {
          continue;
        }
        context.reportText(model.source(), part, span[0], span[1],
            "links are not allowed in buyer messages: \"" + part.excerpt(span[0], span[1]) + "\"",
            "Remove the link; describe what the buyer should do in words, within the marketplace.");
      }
    }
  }

  static String hostOf(String link) {
    String rest = link.toLowerCase(Locale.ROOT);
    int scheme = rest.indexOf("://");
    if (scheme >= 0) {
      rest = rest.substring(scheme + 3);
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
