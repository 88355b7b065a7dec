package dev.messagepolicy.processor;

/**
 * Reads Java source from an offset on as javac's lexer sees it: with unicode escapes
 * ({@code \u00e9}, also {@code \uuu00e9}) already translated (JLS 3.3), each character keeping
 * the offset where it is written. A backslash starts a unicode escape only when an even number of
 * backslashes stands right before it, so {@code \\u0041} stays an escaped backslash and "u0041".
 */
final class UnicodeTranslatingReader {

  /** Returned by {@link #peek} past the end of the source. */
  static final char END = '\uFFFF';

  private final CharSequence source;
  private final OffsetText translated = new OffsetText();
  private int raw;
  private int next;

  UnicodeTranslatingReader(CharSequence source, int from) {
    this.source = source;
    this.raw = from;
  }

  /** The character {@code ahead} positions after the next one, or {@link #END}. */
  char peek(int ahead) throws MalformedLiteralException {
    return fill(next + ahead) ? translated.charAt(next + ahead) : END;
  }

  /** The offset where the next character is written (the source length at the end). */
  int offset() throws MalformedLiteralException {
    return fill(next) ? translated.offsetAt(next) : source.length();
  }

  /** The next character; {@link MalformedLiteralException} at the end, where a literal is unterminated. */
  char next() throws MalformedLiteralException {
    if (!fill(next)) {
      throw new MalformedLiteralException("unterminated literal");
    }
    return translated.charAt(next++);
  }

  private boolean fill(int index) throws MalformedLiteralException {
    while (translated.length() <= index && raw < source.length()) {
      translateOne();
    }
    return index < translated.length();
  }

  private void translateOne() throws MalformedLiteralException {
    int start = raw;
    char c = source.charAt(raw);
    if (c != '\\' || !evenBackslashesBefore(raw) || raw + 1 >= source.length() || source.charAt(raw + 1) != 'u') {
      raw++;
      translated.append(c, start);
      return;
    }
    int digits = raw + 1;
    while (digits < source.length() && source.charAt(digits) == 'u') {
      digits++;
    }
    if (digits + 4 > source.length()) {
      throw new MalformedLiteralException("unicode escape cut short at " + start);
    }
    int value = 0;
    for (int i = digits; i < digits + 4; i++) {
      int digit = Character.digit(source.charAt(i), 16);
      if (digit < 0) {
        throw new MalformedLiteralException("bad unicode escape at " + start);
      }
      value = value * 16 + digit;
    }
    raw = digits + 4;
    translated.append((char) value, start);
  }

  private boolean evenBackslashesBefore(int at) {
    int count = 0;
    for (int i = at - 1; i >= 0 && source.charAt(i) == '\\'; i--) {
      count++;
    }
    return count % 2 == 0;
  }

  /** The source at hand is not a literal javac would accept: the caller falls back. */
  static final class MalformedLiteralException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedLiteralException(String message) {
      super(message, null, false, false);
    }
  }
}
