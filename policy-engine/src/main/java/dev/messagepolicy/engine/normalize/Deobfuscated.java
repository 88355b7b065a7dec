package dev.messagepolicy.engine.normalize;

import dev.messagepolicy.engine.text.MappedText;

/**
 * Undoes the spellings people use to slip links and addresses past filters, on already folded
 * text: {@code my-shop dot de}, {@code my-shop[.]de}, {@code (dot)}, {@code name (at) shop},
 * {@code hxxp://}, {@code h**ps}, {@code [:]//} and a spaced {@code w w w}. Each replacement maps
 * to the whole spelling it replaces. Every position tries a fixed set of short literals, so the
 * pass is linear in the text.
 */
public final class Deobfuscated {

  /** Written-out dots, accepted between two host labels: {@code my-shop dot de}. */
  private static final String[] DOT_WORDS = {"dot", "punkt", "point", "punto", "ponto", "kropka", "nokta"};
  private static final String[] BRACKETED_DOTS = {
    "[.]", "(.)", "{.}", "<.>", "[dot]", "(dot)", "{dot}", "<dot>", "[punkt]", "(punkt)", "[point]", "(point)",
    "[punto]", "(punto)"};
  private static final String[] BRACKETED_ATS = {
    "[at]", "(at)", "{at}", "<at>", "[@]", "(@)", "[ät]", "(ät)", "[arroba]", "(arroba)", "[chiocciola]",
    "(chiocciola)", "[affe]", "(affe)"};
  private static final String[][] SCHEMES = {
    {"hxxps", "https"}, {"hxxp", "http"}, {"h**ps", "https"}, {"h**p", "http"}, {"h__ps", "https"},
    {"h__p", "http"}, {"[:]", ":"}, {"[://]", "://"}, {"w w w", "www"}};

  private Deobfuscated() {}

  /** The deobfuscated view of {@code in}; it maps to the same underlying text as {@code in}. */
  public static MappedText of(MappedText in) {
    String text = in.text();
    MappedText.Builder out = new MappedText.Builder(text.length());
    int i = 0;
    while (i < text.length()) {
      int end;
      if ((end = bracketed(text, i, BRACKETED_DOTS)) > 0 || (end = spacedWord(text, i, DOT_WORDS)) > 0
          || (end = spacedDot(text, i)) > 0) {
        out.append('.', in.sourceStart(i), in.sourceEnd(end));
        i = end;
        continue;
      }
      if ((end = bracketed(text, i, BRACKETED_ATS)) > 0) {
        out.append('@', in.sourceStart(i), in.sourceEnd(end));
        i = end;
        continue;
      }
      String[] scheme = scheme(text, i);
      if (scheme != null) {
        end = i + scheme[0].length();
        out.append(scheme[1], in.sourceStart(i), in.sourceEnd(end));
        i = end;
        continue;
      }
      out.append(text.charAt(i), in.sourceStart(i), in.sourceEnd(i + 1));
      i++;
    }
    return out.build(in.sourceEnd(text.length()));
  }

  /** Host label characters: letters, digits, {@code -} and the placeholder of a variable. */
  public static boolean isHostChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '\uE000';
  }

  /** {@code [.]} or {@code (at)}, with optional spaces around it, between two host characters. */
  private static int bracketed(String text, int i, String[] forms) {
    char c = text.charAt(i);
    if (c != ' ' && c != '[' && c != '(' && c != '{' && c != '<' || i == 0 || !isHostChar(text.charAt(i - 1))) {
      return -1; // the common case, decided on one character
    }
    int at = skipSpaces(text, i);
    if (at >= text.length() || "[({<".indexOf(text.charAt(at)) < 0) {
      return -1; // spaces, but no bracket after them
    }
    for (String form : forms) {
      if (text.startsWith(form, at)) {
        int end = skipSpaces(text, at + form.length());
        return end < text.length() && isHostChar(text.charAt(end)) ? end : -1;
      }
    }
    return -1;
  }

  /** {@code " dot "} between a host label and a label that starts with a letter. */
  private static int spacedWord(String text, int i, String[] words) {
    if (i == 0 || text.charAt(i) != ' ' || !isHostChar(text.charAt(i - 1))) {
      return -1;
    }
    int at = skipSpaces(text, i);
    for (String word : words) {
      if (text.startsWith(word, at) && at + word.length() < text.length() && text.charAt(at + word.length()) == ' ') {
        int end = skipSpaces(text, at + word.length());
        return end < text.length() && Character.isLetter(text.charAt(end)) ? end : -1;
      }
    }
    return -1;
  }

  /** {@code "my-shop . de"}: a full stop with spaces on both sides, between host labels. */
  private static int spacedDot(String text, int i) {
    if (i == 0 || text.charAt(i) != ' ' || !isHostChar(text.charAt(i - 1))) {
      return -1;
    }
    int at = skipSpaces(text, i);
    if (at < text.length() && text.charAt(at) == '.' && at + 1 < text.length() && text.charAt(at + 1) == ' ') {
      int end = skipSpaces(text, at + 1);
      return end < text.length() && Character.isLetter(text.charAt(end)) ? end : -1;
    }
    return -1;
  }

  private static String[] scheme(String text, int i) {
    char first = text.charAt(i);
    if (first != 'h' && first != '[' && first != 'w') {
      return null; // every form starts with one of these
    }
    boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    for (String[] form : SCHEMES) {
      boolean separator = form[0].startsWith("[");
      if ((wordStart || separator) && text.startsWith(form[0], i)) {
        int end = i + form[0].length();
        boolean followed = end < text.length() && (text.charAt(end) == ':' || text.charAt(end) == '['
            || text.charAt(end) == '.' || text.charAt(end) == ' ' || text.charAt(end) == '/');
        if (separator || followed) {
          return form;
        }
      }
    }
    return null;
  }

  private static int skipSpaces(String text, int i) {
    int limit = Math.min(text.length(), i + 3);
    while (i < limit && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
