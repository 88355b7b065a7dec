package dev.messagepolicy.engine.normalize;

import dev.messagepolicy.engine.text.LanguageProfiles;
import dev.messagepolicy.engine.text.MappedText;

/**
 * Undoes the spellings people use to slip links and addresses past filters, on already folded
 * text: {@code my-shop dot de}, {@code my-shop[.]de}, {@code (punkt)}, {@code name (at) shop},
 * {@code grafik (małpa) sklep}, {@code hxxp://}, {@code h**ps}, {@code [:]//} and a spaced
 * {@code w w w}, with the written-out dots and at-signs of en, de, fr, it, es, pt, nl, sv, pl and
 * tr. Each replacement maps to the whole spelling it replaces. Every position is decided on its
 * own character and, at the few spaces and brackets after a host label, on a handful of short
 * words looked up by their first letter, so the pass is linear in the text.
 */
public final class Deobfuscated {

  /** Written-out dots: dot (en), punkt (de, sv), point (fr), punto (it, es), ponto (pt), punt (nl), kropka (pl), nokta (tr). */
  private static final Words DOTS = new Words("dot", "punkt", "point", "punto", "ponto", "punt", "kropka", "nokta");

  /**
   * Written-out at-signs, accepted in brackets ({@code (at)}, {@code [arroba]}): at, ät, affe and
   * klammeraffe (de), arobase (fr), chiocciola (it), arroba (es, pt), apenstaart(je) (nl),
   * snabel-a (sv), małpa (pl), et (tr).
   */
  private static final Words ATS = new Words(
      "at", "ät", "affe", "klammeraffe", "arobase", "arrobase", "chiocciola", "arroba", "apenstaartje", "apenstaart",
      "snabel-a", "snabela", "małpa", "malpa", "et");

  /**
   * The at-words that name the sign and nothing a buyer message says otherwise, accepted between
   * spaces too ({@code diseno arroba imprenta.es}); {@code at}, {@code et} and {@code affe} are
   * everyday words and count only in brackets.
   */
  private static final Words PLAIN_ATS = new Words(
      "klammeraffe", "arobase", "arrobase", "chiocciola", "arroba", "apenstaartje", "apenstaart", "snabel-a", "snabela",
      "małpa", "malpa");

  /** Written-out slashes, read only right after a written-out domain: {@code my-shop dot de slash faq}. */
  private static final Words SLASHES = new Words(
      "slash", "schrägstrich", "barre", "barra", "ukośnik", "snedstreck", "schuine streep");

  private static final String[][] SCHEMES = {
    {"hxxps", "https"}, {"hxxp", "http"}, {"h**ps", "https"}, {"h**p", "http"}, {"h__ps", "https"},
    {"h__p", "http"}, {"[:]", ":"}, {"[://]", "://"}, {"w w w", "www"}};

  /** The characters every spelling starts with: a space or bracket after a host label, or a scheme's first letter. */
  private static final boolean[] TRIGGERS = new boolean[128];

  /** The first letters of the written-out dots, at-signs and slashes. */
  private static final boolean[] WORD_STARTS = new boolean[0x250];

  static {
    for (char c : " [({<hw".toCharArray()) {
      TRIGGERS[c] = true;
    }
    for (Words words : new Words[] {DOTS, PLAIN_ATS, SLASHES}) {
      words.markFirstLetters(WORD_STARTS);
    }
  }

  /** The longest host label looked back at when judging a written-out dot. */
  private static final int MAX_LABEL = 63;

  private Deobfuscated() {}

  /**
   * The deobfuscated view of {@code in}; it maps to the same underlying text as {@code in}, and
   * is {@code in} itself when nothing is disguised (most messages), so that only a text with a
   * disguise pays for a copy.
   */
  public static MappedText of(MappedText in) {
    String text = in.text();
    MappedText.Builder out = null;
    int writtenDomainEnd = -1; // where the top-level label after the last written-out dot ends
    int hostStart = -1; // where the label after the last disguised '@' or '.' starts: surely a host label
    int copied = 0; // text[0, copied) is in out
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c >= TRIGGERS.length || !TRIGGERS[c]) {
        i++;
        continue; // the common case, decided on one character
      }
      int end = -1;
      String replacement = null;
      if (c != 'h' && c != 'w' && i > 0 && isHostChar(text.charAt(i - 1))) {
        // A space or bracket after a host label: decided on the character it leads to.
        int at = skipSpaces(text, i);
        char next = at < text.length() ? text.charAt(at) : ' ';
        if ("[({<".indexOf(next) >= 0) {
          if ((end = bracketed(text, i, '.', DOTS)) > 0) {
            replacement = ".";
          } else if ((end = bracketed(text, i, '@', ATS)) > 0) {
            replacement = "@";
          }
        } else if (next == '.') {
          end = spacedDot(text, i);
          replacement = ".";
        } else if (next < WORD_STARTS.length && WORD_STARTS[next]) {
          if ((end = writtenDot(text, i, hostStart)) > 0) {
            replacement = ".";
          } else if ((end = spacedWord(text, i, PLAIN_ATS)) > 0) {
            replacement = "@";
          } else if (i == writtenDomainEnd && (end = spacedWord(text, i, SLASHES)) > 0) {
            replacement = "/";
          }
        }
        if (".".equals(replacement) && end > 0) {
          writtenDomainEnd = labelEnd(text, end);
        }
        hostStart = end > 0 && !"/".equals(replacement) ? end : hostStart;
      }
      if (end <= 0) {
        String[] scheme = c == 'h' || c == 'w' || c == '[' ? scheme(text, i) : null;
        if (scheme == null) {
          i++;
          continue;
        }
        end = i + scheme[0].length();
        replacement = scheme[1];
      }
      if (out == null) {
        out = new MappedText.Builder(text.length());
      }
      copy(in, copied, i, out);
      out.append(replacement, in.sourceStart(i), in.sourceEnd(end));
      copied = end;
      i = end;
    }
    if (out == null) {
      return in;
    }
    copy(in, copied, text.length(), out);
    return out.build(in.sourceEnd(text.length()));
  }

  private static void copy(MappedText in, int from, int to, MappedText.Builder out) {
    for (int at = from; at < to; at++) {
      out.append(in.text().charAt(at), in.sourceStart(at), in.sourceEnd(at + 1));
    }
  }

  /**
   * Host label characters: letters, digits, {@code -} and the placeholder of a variable. ASCII,
   * most of every text, is decided without {@link Character#isLetterOrDigit(char)}'s table.
   */
  public static boolean isHostChar(char c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-';
    }
    return Character.isLetterOrDigit(c) || c == '\uE000';
  }

  /**
   * {@code [.]}, {@code (dot)}, {@code ( punkt )} or {@code (at)}, {@code [arroba]}: a bracket
   * holding {@code symbol} or one of {@code words}, with optional spaces around and inside it,
   * between two host characters; the end of the spelling, or -1.
   */
  private static int bracketed(String text, int i, char symbol, Words words) {
    char c = text.charAt(i);
    if (c != ' ' && c != '[' && c != '(' && c != '{' && c != '<' || i == 0 || !isHostChar(text.charAt(i - 1))) {
      return -1; // the common case, decided on one character
    }
    int at = skipSpaces(text, i);
    if (at >= text.length() || "[({<".indexOf(text.charAt(at)) < 0) {
      return -1; // spaces, but no bracket after them
    }
    int inner = skipSpaces(text, at + 1);
    int innerEnd = inner < text.length() && text.charAt(inner) == symbol ? inner + 1 : words.match(text, inner);
    if (innerEnd < 0) {
      return -1;
    }
    int close = skipSpaces(text, innerEnd);
    if (close >= text.length() || "])}>".indexOf(text.charAt(close)) < 0) {
      return -1;
    }
    int end = skipSpaces(text, close + 1);
    return end < text.length() && isHostChar(text.charAt(end)) ? end : -1;
  }

  /** {@code " arroba "}: one of {@code words} between spaces, after a host label and before a host character. */
  private static int spacedWord(String text, int i, Words words) {
    if (i == 0 || text.charAt(i) != ' ' || !isHostChar(text.charAt(i - 1))) {
      return -1;
    }
    int at = skipSpaces(text, i);
    int wordEnd = words.match(text, at);
    if (wordEnd < 0 || wordEnd >= text.length() || text.charAt(wordEnd) != ' ') {
      return -1;
    }
    int end = skipSpaces(text, wordEnd);
    return end < text.length() && isHostChar(text.charAt(end)) ? end : -1;
  }

  /**
   * {@code " dot "} without brackets, where it joins a host label to a top-level label
   * ({@code my-shop dot de}) and not two words of a sentence ({@code the dot is red},
   * {@code au point de retrait}, {@code op dit punt is}): the label before it is no function word
   * of any profiled language, and the label after it ends the phrase, is followed by another
   * written-out dot or slash ({@code co dot uk}, {@code nl slash faq}), or the label before it has
   * a hyphen or a digit as shop names often do. After a disguised at-sign or dot
   * ({@code kundtjanst snabel-a glashyttan punkt se}) the label is a host for sure.
   */
  private static int writtenDot(String text, int i, int hostStart) {
    int end = spacedWord(text, i, DOTS);
    if (end < 0 || !Character.isLetter(text.charAt(end))) {
      return -1;
    }
    int labelStart = labelStart(text, i);
    if (labelStart == hostStart) {
      return end;
    }
    String label = text.substring(labelStart, i);
    if (LanguageProfiles.isFunctionWord(label)) {
      return -1;
    }
    int after = skipSpaces(text, labelEnd(text, end));
    boolean phraseEnds = after >= text.length() || !Character.isLetter(text.charAt(after));
    boolean continues = DOTS.match(text, after) > 0 || SLASHES.match(text, after) > 0;
    boolean hostLike = label.chars().anyMatch(c -> c == '-' || Character.isDigit(c));
    return phraseEnds || continues || hostLike ? end : -1;
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
    if (first != 'h' && first != '[' && first != 'w' || i + 2 >= text.length()) {
      return null; // every form starts with one of these and is at least three characters long
    }
    char second = text.charAt(i + 1);
    if (first == 'h' && second != 'x' && second != '*' && second != '_' || first == 'w' && second != ' '
        || first == '[' && second != ':') {
      return null; // decided on two characters: "the", "with" and "[x]" are common, disguised schemes rare
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

  /** The start of the host label ending at {@code i}, looking back at most {@link #MAX_LABEL} characters. */
  private static int labelStart(String text, int i) {
    int start = i;
    while (start > 0 && i - start < MAX_LABEL && isHostChar(text.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  /** The end of the host label starting at {@code i}. */
  private static int labelEnd(String text, int i) {
    int end = i;
    while (end < text.length() && end - i < MAX_LABEL && isHostChar(text.charAt(end))) {
      end++;
    }
    return end;
  }

  private static int skipSpaces(String text, int i) {
    int limit = Math.min(text.length(), i + 3);
    while (i < limit && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /** A few words, looked up by their first character so that most positions cost one array read. */
  private static final class Words {

    /** Words by their first character; characters from U+0250 on start none of ours. */
    private final String[][] byFirst = new String[0x250][];

    Words(String... words) {
      for (String word : words) {
        char first = word.charAt(0);
        String[] known = byFirst[first] == null ? new String[0] : byFirst[first];
        String[] grown = java.util.Arrays.copyOf(known, known.length + 1);
        grown[known.length] = word;
        // Longest first, so that "apenstaartje" wins over "apenstaart".
        java.util.Arrays.sort(grown, (a, b) -> b.length() - a.length());
        byFirst[first] = grown;
      }
    }

    void markFirstLetters(boolean[] starts) {
      for (int c = 0; c < byFirst.length; c++) {
        starts[c] |= byFirst[c] != null;
      }
    }

    /** The end of the word at {@code at} when it is one of these and no letter follows it, else -1. */
    int match(String text, int at) {
      if (at >= text.length() || text.charAt(at) >= byFirst.length || byFirst[text.charAt(at)] == null) {
        return -1;
      }
      for (String word : byFirst[text.charAt(at)]) {
        int end = at + word.length();
        if (text.startsWith(word, at) && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
          return end;
        }
      }
      return -1;
    }
  }
}
