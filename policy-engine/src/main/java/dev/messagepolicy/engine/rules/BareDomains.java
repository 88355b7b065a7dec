package dev.messagepolicy.engine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds domains written without scheme or {@code www.} ({@code my-shop.de}, {@code bit.ly/x}).
 * A candidate is a run of dot-separated host labels whose last label is a known top-level domain
 * and whose other labels hold a letter, so that sizes ({@code 10.5}), versions ({@code 2.4.1})
 * and file names ({@code manual.pdf}) pass. Addresses after {@code @} belong to the e-mail rule.
 *
 * <p>First version: a list of the common generic and the marketplaces' country TLDs; the public
 * suffix list replaces it when detection is deepened.
 */
final class BareDomains {

  static final Set<String> TOP_LEVEL_DOMAINS = Set.of(
      "com", "net", "org", "info", "biz", "shop", "store", "online", "site", "app", "io", "co", "ly", "gl",
      "eu", "de", "at", "ch", "uk", "fr", "it", "es", "nl", "be", "se", "pl", "pt", "br", "mx", "ca", "us",
      "jp", "tr", "ie", "dk", "no", "fi", "cz", "lu", "li");

  private BareDomains() {}

  /** Half-open {@code [start, end)} ranges of the domains in {@code text}, with any path after them. */
  static List<int[]> find(String text) {
    List<int[]> result = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!isHostChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && (isHostChar(text.charAt(i)) || text.charAt(i) == '.')) {
        i++;
      }
      int end = i;
      while (end > start && text.charAt(end - 1) == '.') {
        end--;
      }
      boolean email = start > 0 && text.charAt(start - 1) == '@';
      if (!email && isDomain(text.substring(start, end))) {
        int withPath = end;
        if (withPath < text.length() && text.charAt(withPath) == '/') {
          while (withPath < text.length() && !Character.isWhitespace(text.charAt(withPath))) {
            withPath++;
          }
        }
        result.add(new int[] {start, withPath});
      }
    }
    return result;
  }

  private static boolean isDomain(String candidate) {
    String[] labels = candidate.toLowerCase(Locale.ROOT).split("\\.", -1);
    if (labels.length < 2 || !TOP_LEVEL_DOMAINS.contains(labels[labels.length - 1])) {
      return false;
    }
    for (int l = 0; l < labels.length - 1; l++) {
      String label = labels[l];
      if (label.isEmpty() || label.startsWith("-") || label.endsWith("-") || label.chars().noneMatch(Character::isLetter)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHostChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
  }
}
