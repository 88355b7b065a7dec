package dev.messagepolicy.engine.rules;

import com.google.common.net.InternetDomainName;
import dev.messagepolicy.engine.normalize.Deobfuscated;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds domains written without scheme or {@code www.} ({@code my-shop.de}, {@code bit.ly/x}) in
 * folded, deobfuscated text. A candidate is a run of dot-separated host labels that lies under a
 * public suffix of the public suffix list (Guava's {@link InternetDomainName} carries it), so that
 * sizes ({@code 10.5}), versions ({@code 2.4.1}) and file names ({@code manual.pdf}) pass.
 * Addresses after {@code @} belong to the e-mail rule. A variable counts as a host label
 * ({@code {{shop}}.co.uk}).
 */
final class BareDomains {

  /** Public suffixes that are far more often file extensions in a buyer message ({@code photos.zip}). */
  private static final Set<String> FILE_EXTENSIONS = Set.of("zip", "mov", "md", "py", "sh", "ps", "rar");

  /**
   * Abbreviations that look like domains: {@code GmbH & Co.KG}, and the Italian salutations
   * {@code Gent.mo}, {@code Gent.ma} ({@code .mo} and {@code .ma} are country domains).
   */
  private static final Set<String> NOT_DOMAINS = Set.of(
      "co.kg", "co.kgaa", "co.ohg", "gent.mo", "gent.ma", "gent.me", "ill.mo", "ill.ma", "preg.mo", "preg.ma",
      "egr.mo", "chiar.mo", "ch.mo", "ch.ma", "rev.mo", "sig.na");

  private BareDomains() {}

  /**
   * Half-open {@code [start, end)} ranges of the domains in {@code text}, with any path after
   * them; {@code titleCase} tells whether the original character at an index was upper case
   * followed by lower case ({@code order.Best}: two sentences, not a domain).
   */
  static List<int[]> find(String text, java.util.function.IntPredicate titleCase) {
    List<int[]> result = new ArrayList<>();
    // A domain needs a dot inside a run of host characters and dots: only the runs holding a dot
    // are read, found by indexOf, instead of deciding every character of the text.
    int from = 0;
    for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', Math.max(from, dot + 1))) {
      if (dot < from) {
        continue;
      }
      // The run holding this dot starts at the first host character after the characters before it
      // that are host characters or dots (a leading dot belongs to no run).
      int start = dot;
      while (start > from && isRunChar(text.charAt(start - 1))) {
        start--;
      }
      while (start < text.length() && text.charAt(start) == '.') {
        start++;
      }
      if (start >= text.length() || !Deobfuscated.isHostChar(text.charAt(start))) {
        from = start;
        continue;
      }
      from = readRun(text, start, titleCase, result);
    }
    return result;
  }

  private static boolean isRunChar(char c) {
    return c == '.' || Deobfuscated.isHostChar(c);
  }

  /**
   * Reads the run of host characters and dots from {@code start} (a host character) and adds the
   * domain it is, if any; returns where the run ends.
   */
  static int readRun(String text, int start, java.util.function.IntPredicate titleCase, List<int[]> result) {
    int i = start;
    // The last dot before a host character: found on the way, without a search back through the candidate.
    int lastDot = -1;
    int dot = -1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '.') {
        dot = i;
      } else if (Deobfuscated.isHostChar(c)) {
        lastDot = dot;
      } else {
        break;
      }
      i++;
    }
    int end = i;
    while (end > start && text.charAt(end - 1) == '.') {
      end--;
    }
    // The domain or local part of an e-mail address belongs to the e-mail rule.
    boolean email = start > 0 && text.charAt(start - 1) == '@' || i < text.length() && text.charAt(i) == '@';
    if (!email && lastDot > start && !titleCase.test(lastDot + 1) && isDomain(text.substring(start, end))) {
      int withPath = withPath(text, end);
      if (withPath > end || !isAbbreviation(text, start, lastDot, end)) {
        result.add(new int[] {start, withPath});
      }
    }
    return i;
  }

  /**
   * {@code p.es.}, {@code m.in.}, {@code V.Sa.}: one letter before a country suffix reads as an
   * abbreviation ("per esempio", "między innymi"), not as a one-letter domain, unless a path
   * follows it ({@code t.co/x}).
   */
  private static boolean isAbbreviation(String text, int start, int lastDot, int end) {
    return lastDot == start + 1 && Character.isLetter(text.charAt(start)) && end - lastDot - 1 == 2;
  }

  private static int withPath(String text, int end) {
    if (end < text.length() && (text.charAt(end) == '/' || text.charAt(end) == '?')) {
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      while (end > 0 && ".,;:!?)".indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
    }
    return end;
  }

  /** Whether {@code candidate} ({@code my-shop.de}) is a name under a public suffix. */
  static boolean isDomain(String candidate) {
    if (NOT_DOMAINS.contains(candidate)) {
      return false;
    }
    String[] labels = candidate.split("\\.", -1);
    String suffix = labels[labels.length - 1];
    if (labels.length < 2 || suffix.indexOf('\uE000') >= 0 || labels.length == 2 && FILE_EXTENSIONS.contains(suffix)) {
      return false;
    }
    StringBuilder ascii = new StringBuilder(candidate.length());
    for (int l = 0; l < labels.length; l++) {
      String label = labels[l];
      if (label.isEmpty() || label.startsWith("-") || label.endsWith("-")) {
        return false;
      }
      if (l < labels.length - 1 && label.chars().noneMatch(c -> Character.isLetter(c) || c == '\uE000')) {
        return false;
      }
      // The list is ASCII (punycode); a Unicode letter or a variable stands as a plain letter.
      label.chars().forEach(c -> ascii.append(c < 0x80 ? (char) c : 'x'));
      if (l < labels.length - 1) {
        ascii.append('.');
      }
    }
    String name = ascii.toString();
    if (!InternetDomainName.isValid(name)) {
      return false;
    }
    InternetDomainName domain = InternetDomainName.from(name);
    return domain.isUnderPublicSuffix();
  }
}
