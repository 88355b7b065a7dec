package dev.messagepolicy.engine.html;

import dev.messagepolicy.engine.text.MappedText;
import org.jsoup.parser.Parser;

/**
 * Decodes HTML character references ({@code &amp;}, {@code &#46;}, {@code &period;}) in a range
 * of text, keeping the map: the decoded character stands for the whole reference.
 */
public final class EntityDecoder {

  /** Longer named references do not exist; this bounds the look-ahead, so decoding stays linear. */
  private static final int MAX_REFERENCE = 40;

  private EntityDecoder() {}

  /** Appends {@code source[start, end)} to {@code out}, decoding references. */
  public static void decode(String source, int start, int end, MappedText.Builder out) {
    int i = start;
    while (i < end) {
      char c = source.charAt(i);
      if (c == '&') {
        int semicolon = referenceEnd(source, i, end);
        if (semicolon > 0) {
          String decoded = Parser.unescapeEntities(source.substring(i, semicolon + 1), false);
          if (!decoded.startsWith("&") || semicolon == i + 4 && decoded.equals("&")) {
            out.append(decoded, i, semicolon + 1);
            i = semicolon + 1;
            continue;
          }
        }
      }
      out.append(c, i, i + 1);
      i++;
    }
  }

  /** The offset of the {@code ;} closing a reference that starts at {@code amp}, or -1. */
  private static int referenceEnd(String source, int amp, int end) {
    int limit = Math.min(end, amp + MAX_REFERENCE);
    for (int j = amp + 1; j < limit; j++) {
      char c = source.charAt(j);
      if (c == ';') {
        return j > amp + 1 ? j : -1;
      }
      if (!(Character.isLetterOrDigit(c) || c == '#')) {
        return -1;
      }
    }
    return -1;
  }
}
