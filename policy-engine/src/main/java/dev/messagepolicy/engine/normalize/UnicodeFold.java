package dev.messagepolicy.engine.normalize;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import dev.messagepolicy.engine.text.MappedText;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Unicode half of the buyer's view: NFKC with case folding (full-width and mathematical
 * letters become plain, {@code ß} becomes {@code ss}), zero-width and bidirectional controls
 * removed, ideographic and full-width full stops read as {@code .}, and single characters that
 * are confusable with an ASCII letter or sign (Cyrillic {@code а}, Greek {@code ο}) replaced by
 * it. The confusable skeleton is taken per character and only where it is plain ASCII: whole-text
 * skeletons would also turn digits into letters ({@code 0} into {@code O}).
 */
public final class UnicodeFold {

  private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

  /** Confusable replacements already looked up, per code point ({@code ""} when there is none). */
  private static final Map<Integer, String> CONFUSABLES = new ConcurrentHashMap<>();

  /**
   * U+0300, where the combining marks begin: every character below it starts a segment of its own
   * (no character below it composes with the one before), so it folds the same wherever it stands.
   */
  private static final char BEFORE_COMBINING = '\u0300';

  /**
   * U+E000, where the parser put a variable: a private-use character, which folds to itself and
   * composes with nothing before it. Every message has a few, each with a character before it.
   */
  private static final char PLACEHOLDER = '\uE000';

  private UnicodeFold() {}

  /** The fold of each character below {@link #BEFORE_COMBINING}, as the general path computes it. */
  private static final class Latin {
    static final String[] FOLDED = new String[BEFORE_COMBINING];
    /** The fold when it is one character (most are), else {@link #NOT_SINGLE}: appended without a loop. */
    static final char[] SINGLE = new char[BEFORE_COMBINING];
    static final char NOT_SINGLE = '\uFFFF';

    static {
      for (int cp = 0; cp < BEFORE_COMBINING; cp++) {
        StringBuilder folded = new StringBuilder();
        if (!isInvisible(cp)) {
          NFKC_CASEFOLD.normalize(String.valueOf((char) cp)).codePoints().forEach(c -> folded.append(readable(c)));
        }
        FOLDED[cp] = folded.toString();
        SINGLE[cp] = folded.length() == 1 ? folded.charAt(0) : NOT_SINGLE;
      }
    }
  }

  /**
   * Folds {@code in}; the result maps to the same underlying text as {@code in}. Each character
   * that folds to one character on its own (most text) is folded through the table first; runs of
   * them are copied at once, and a text made only of them keeps {@code in}'s map (an identity
   * stays an identity, with no offset arrays).
   */
  public static MappedText fold(MappedText in) {
    String text = in.text();
    int length = text.length();
    char[] single = new char[length];
    boolean allSingle = true;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      char s = c < BEFORE_COMBINING ? Latin.SINGLE[c] : c == PLACEHOLDER ? PLACEHOLDER : Latin.NOT_SINGLE;
      single[i] = s;
      allSingle &= s != Latin.NOT_SINGLE;
    }
    if (allSingle && in.isIdentity()) {
      return MappedText.identity(new String(single));
    }
    MappedText.Builder out = new MappedText.Builder(length);
    int i = 0;
    while (i < length) {
      // A run of characters that fold to one character each, with no combining mark after them.
      int run = i;
      while (run < length && single[run] != Latin.NOT_SINGLE && (run + 1 == length || isOwnSegment(text.charAt(run + 1)))) {
        run++;
      }
      if (run > i) {
        out.appendRun(single, i, run, in);
        i = run;
        continue;
      }
      char c = text.charAt(i);
      if (isOwnSegment(c) && (i + 1 == length || isOwnSegment(text.charAt(i + 1)))) {
        // A Latin character that folds to several characters or none (ß, the soft hyphen).
        out.append(Latin.FOLDED[c], in.sourceStart(i), in.sourceEnd(i + 1));
        i++;
        continue;
      }
      i = foldSegment(text, i, in, out);
    }
    return out.build(in.sourceEnd(length));
  }

  /**
   * The fold as it was computed before runs and identity maps (every character appended on its
   * own, always with offset arrays): kept for the equivalence test only. Segments beyond the
   * Latin table go through {@link #foldSegment} in both, which the runs did not change.
   */
  static MappedText foldPerCharacter(MappedText in) {
    String text = in.text();
    MappedText.Builder out = new MappedText.Builder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (isOwnSegment(c) && (i + 1 == text.length() || isOwnSegment(text.charAt(i + 1)))) {
        char single = c == PLACEHOLDER ? PLACEHOLDER : Latin.SINGLE[c];
        if (single != Latin.NOT_SINGLE) {
          out.append(single, in.sourceStart(i), in.sourceEnd(i + 1));
        } else {
          out.append(Latin.FOLDED[c], in.sourceStart(i), in.sourceEnd(i + 1));
        }
        i++;
        continue;
      }
      i = foldSegment(text, i, in, out);
    }
    return out.build(in.sourceEnd(text.length()));
  }

  /**
   * Folds the segment at {@code i} into {@code out}: the code point there and the combining marks
   * that normalize together with it, or nothing when the code point is invisible. Returns where
   * the next segment starts.
   */
  private static int foldSegment(String text, int i, MappedText in, MappedText.Builder out) {
    int cp = text.codePointAt(i);
    if (isInvisible(cp)) {
      return i + Character.charCount(cp);
    }
    int end = i + Character.charCount(cp);
    while (end < text.length()) {
      int next = text.codePointAt(end);
      if (NFKC_CASEFOLD.hasBoundaryBefore(next) || isInvisible(next)) {
        break;
      }
      end += Character.charCount(next);
    }
    String folded = NFKC_CASEFOLD.normalize(text.substring(i, end));
    int from = in.sourceStart(i);
    int to = in.sourceEnd(end);
    for (int f = 0; f < folded.length(); f += Character.charCount(folded.codePointAt(f))) {
      out.append(readable(folded.codePointAt(f)), from, to);
    }
    return end;
  }

  /** Whether {@code c} starts a segment of its own and folds the same wherever it stands. */
  private static boolean isOwnSegment(char c) {
    return c < BEFORE_COMBINING || c == PLACEHOLDER;
  }

  /** Zero-width characters, bidirectional controls, soft hyphens and other default-ignorables. */
  static boolean isInvisible(int cp) {
    return cp == 0x00AD || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2060 && cp <= 0x2069) || cp == 0xFEFF || cp == 0x180E
        || UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
  }

  private static String readable(int cp) {
    if (cp == 0x3002 || cp == 0xFF61 || cp == 0xFF0E) {
      return ".";
    }
    if (cp < 0x80 || Character.getType(cp) == Character.PRIVATE_USE) {
      return new String(Character.toChars(cp));
    }
    String confusable = CONFUSABLES.computeIfAbsent(cp, UnicodeFold::asciiConfusable);
    return confusable.isEmpty() ? new String(Character.toChars(cp)) : confusable;
  }

  /** The ASCII letter, digit or sign that {@code cp} is confusable with, or {@code ""}. */
  private static String asciiConfusable(int cp) {
    String skeleton = Spoof.CHECKER.getSkeleton(new String(Character.toChars(cp)));
    if (skeleton.length() != 1 || skeleton.charAt(0) >= 0x80 || Character.isWhitespace(skeleton.charAt(0))) {
      return "";
    }
    return NFKC_CASEFOLD.normalize(skeleton);
  }

  /** Built on first use; getSkeleton only reads the checker's immutable data. */
  private static final class Spoof {
    static final SpoofChecker CHECKER = new SpoofChecker.Builder().build();
  }
}
