package dev.messagepolicy.processor;

import dev.messagepolicy.engine.source.SourceText;
import dev.messagepolicy.processor.UnicodeTranslatingReader.MalformedLiteralException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decodes a string value written as Java literals (string literals and text blocks, possibly
 * concatenated) exactly as javac does, and maps every character of the value back to the line and
 * column where it is written. javac gives processors only the value; without this, a finding
 * after an escape, on an indented text-block line or in the second literal of a concatenation
 * would be reported at the wrong column or even the wrong line.
 *
 * <p>The steps follow javac's lexer: unicode escapes are translated first (JLS 3.3); a text
 * block's line terminators become {@code \n}, then its incidental indentation and trailing
 * white space are stripped as {@link String#stripIndent()} does, and only then are escape
 * sequences translated as {@link String#translateEscapes()} does (JLS 3.10.6, 3.10.7), so that
 * {@code \s}, octal escapes and {@code \<line-terminator>} survive the stripping.
 *
 * <p>The decoded value is compared with the constant javac computed; on any difference, or on
 * source that is not such a literal, the answer is empty and the caller falls back to an
 * approximate position: a wrong exact position would be worse than an approximate one.
 */
final class JavaLiteralMapper {

  private JavaLiteralMapper() {}

  /**
   * A string literal in javac's tree: where it starts, and its value. javac's parser folds
   * {@code "a" + "b"} into one literal tree that starts at {@code "a"}, so the value may be that
   * of several literals written one after another, joined by {@code +}.
   */
  record Literal(int start, String value) {}

  /**
   * The value of {@code literals} (in order, concatenated), mapped to where each character is
   * written in {@code source}; empty unless it equals {@code expectedValue}.
   */
  static Optional<SourceText> map(String fileName, CharSequence source, List<Literal> literals, String expectedValue) {
    return map(fileName, new LineIndex(source), literals, expectedValue);
  }

  /** As {@link #map(String, CharSequence, List, String)}, over the file's line index, which it reuses. */
  static Optional<SourceText> map(String fileName, LineIndex lines, List<Literal> literals, String expectedValue) {
    CharSequence source = lines.source();
    if (literals.isEmpty()) {
      return Optional.empty();
    }
    try {
      OffsetText value = new OffsetText();
      int contentStart = -1;
      for (Literal literal : literals) {
        Decoded decoded = decodeFolded(new UnicodeTranslatingReader(source, literal.start()), literal.value());
        contentStart = contentStart < 0 ? decoded.contentStart() : contentStart;
        value.append(decoded.value(), 0, decoded.value().length());
      }
      if (!value.text().equals(expectedValue)) {
        return Optional.empty();
      }
      return Optional.of(toSourceText(fileName, lines, value, contentStart));
    } catch (MalformedLiteralException | RuntimeException e) {
      return Optional.empty(); // not a literal as javac reads it, or a bug here: fall back, never fail the build
    }
  }

  /** A decoded literal, and where its content starts (the position of an empty value). */
  private record Decoded(OffsetText value, int contentStart) {}

  /** Literals joined by {@code +} from the reader on, until they make up {@code folded}. */
  private static Decoded decodeFolded(UnicodeTranslatingReader in, String folded) throws MalformedLiteralException {
    Decoded first = decode(in);
    OffsetText value = first.value();
    while (value.length() < folded.length() && folded.startsWith(value.text())) {
      skipWhitespaceAndComments(in);
      if (in.next() != '+') {
        throw new MalformedLiteralException("expected + after a literal");
      }
      skipWhitespaceAndComments(in);
      OffsetText next = decode(in).value();
      value.append(next, 0, next.length());
    }
    if (!value.text().equals(folded)) {
      throw new MalformedLiteralException("literals do not make up javac's value");
    }
    return new Decoded(value, first.contentStart());
  }

  private static void skipWhitespaceAndComments(UnicodeTranslatingReader in) throws MalformedLiteralException {
    while (true) {
      char c = in.peek(0);
      if (c == ' ' || c == '\t' || c == '\f' || isLineTerminator(c)) {
        in.next();
      } else if (c == '/' && in.peek(1) == '/') {
        while (in.peek(0) != UnicodeTranslatingReader.END && !isLineTerminator(in.peek(0))) {
          in.next();
        }
      } else if (c == '/' && in.peek(1) == '*') {
        in.next();
        in.next();
        while (!(in.peek(0) == '*' && in.peek(1) == '/')) {
          in.next(); // throws at the end of the source: an unclosed comment
        }
        in.next();
        in.next();
      } else {
        return;
      }
    }
  }

  private static Decoded decode(UnicodeTranslatingReader in) throws MalformedLiteralException {
    int start = in.offset();
    if (in.next() != '"') {
      throw new MalformedLiteralException("no string literal at " + start);
    }
    if (in.peek(0) == '"' && in.peek(1) == '"') {
      in.next();
      in.next();
      return textBlock(in);
    }
    return stringLiteral(in);
  }

  private static Decoded stringLiteral(UnicodeTranslatingReader in) throws MalformedLiteralException {
    int contentStart = in.offset();
    OffsetText written = new OffsetText();
    while (true) {
      int at = in.offset();
      char c = in.next();
      if (c == '"') {
        break;
      }
      if (isLineTerminator(c)) {
        throw new MalformedLiteralException("line break in a string literal");
      }
      written.append(c, at);
      if (c == '\\') {
        at = in.offset();
        char escaped = in.next();
        if (isLineTerminator(escaped)) {
          throw new MalformedLiteralException("line continuation outside a text block");
        }
        written.append(escaped, at);
      }
    }
    return new Decoded(translateEscapes(written), contentStart);
  }

  private static Decoded textBlock(UnicodeTranslatingReader in) throws MalformedLiteralException {
    while (in.peek(0) == ' ' || in.peek(0) == '\t' || in.peek(0) == '\f') {
      in.next();
    }
    char afterOpening = in.next();
    if (!isLineTerminator(afterOpening)) {
      throw new MalformedLiteralException("text on the line of the opening \"\"\"");
    }
    if (afterOpening == '\r' && in.peek(0) == '\n') {
      in.next();
    }
    int contentStart = in.offset();
    // Escapes stay as written until the indentation is stripped, as in javac.
    OffsetText written = new OffsetText();
    while (!(in.peek(0) == '"' && in.peek(1) == '"' && in.peek(2) == '"')) {
      int at = in.offset();
      char c = in.next();
      appendNormalized(written, c, at, in);
      if (c == '\\') {
        at = in.offset();
        appendNormalized(written, in.next(), at, in);
      }
    }
    for (int quote = 0; quote < 3; quote++) {
      in.next(); // the closing delimiter: what follows may be a folded "+ literal"
    }
    return new Decoded(translateEscapes(stripIndent(written)), contentStart);
  }

  /** Appends {@code c}, with CR LF and a lone CR becoming one {@code \n} (at the CR). */
  private static void appendNormalized(OffsetText text, char c, int at, UnicodeTranslatingReader in)
      throws MalformedLiteralException {
    if (c == '\r') {
      if (in.peek(0) == '\n') {
        in.next();
      }
      text.append('\n', at);
    } else {
      text.append(c, at);
    }
  }

  /**
   * {@link String#stripIndent()} keeping offsets: the smallest indentation of the non-blank
   * lines and of the last line (the closing delimiter's) is removed from every line, and so is
   * trailing white space; content that ends with a line break keeps all its indentation.
   */
  static OffsetText stripIndent(OffsetText content) {
    OffsetText stripped = new OffsetText();
    int length = content.length();
    if (length == 0) {
      return stripped;
    }
    boolean endsWithLineBreak = content.charAt(length - 1) == '\n';
    List<int[]> lines = lines(content);
    int outdent = endsWithLineBreak ? 0 : outdent(content, lines);
    for (int i = 0; i < lines.size(); i++) {
      int from = lines.get(i)[0];
      int to = lines.get(i)[1];
      int firstNonWhite = from;
      while (firstNonWhite < to && Character.isWhitespace(content.charAt(firstNonWhite))) {
        firstNonWhite++;
      }
      int end = to;
      while (end > firstNonWhite && Character.isWhitespace(content.charAt(end - 1))) {
        end--;
      }
      if (firstNonWhite < to) {
        stripped.append(content, from + Math.min(outdent, firstNonWhite - from), end);
      }
      if (i < lines.size() - 1 || endsWithLineBreak) {
        stripped.append('\n', content.offsetAt(to));
      }
    }
    return stripped;
  }

  /** {@code [from, to)} of each line, as {@link String#lines()} splits: no empty line after a final break. */
  private static List<int[]> lines(OffsetText content) {
    List<int[]> lines = new ArrayList<>();
    int from = 0;
    while (from < content.length()) {
      int to = from;
      while (to < content.length() && content.charAt(to) != '\n') {
        to++;
      }
      lines.add(new int[] {from, to});
      from = to + 1;
    }
    return lines;
  }

  private static int outdent(OffsetText content, List<int[]> lines) {
    int outdent = Integer.MAX_VALUE;
    for (int[] line : lines) {
      int indent = 0;
      while (line[0] + indent < line[1] && Character.isWhitespace(content.charAt(line[0] + indent))) {
        indent++;
      }
      boolean blank = line[0] + indent == line[1];
      boolean last = line == lines.get(lines.size() - 1);
      if (!blank || last) {
        outdent = Math.min(outdent, indent);
      }
    }
    return outdent;
  }

  /** {@link String#translateEscapes()} keeping offsets: an escape's character stands at its backslash. */
  static OffsetText translateEscapes(OffsetText written) throws MalformedLiteralException {
    OffsetText value = new OffsetText();
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      int at = written.offsetAt(i);
      if (c != '\\') {
        value.append(c, at);
        continue;
      }
      if (++i >= written.length()) {
        throw new MalformedLiteralException("backslash at the end");
      }
      char escaped = written.charAt(i);
      switch (escaped) {
        case 'b' -> value.append('\b', at);
        case 't' -> value.append('\t', at);
        case 'n' -> value.append('\n', at);
        case 'f' -> value.append('\f', at);
        case 'r' -> value.append('\r', at);
        case 's' -> value.append(' ', at);
        case '"', '\'', '\\' -> value.append(escaped, at);
        case '\n' -> { } // \<line-terminator>: the line continues, nothing is added
        default -> {
          if (escaped < '0' || escaped > '7') {
            throw new MalformedLiteralException("illegal escape \\" + escaped);
          }
          // Up to three octal digits, the first of three at most 3: \0 to \377.
          int code = escaped - '0';
          int more = escaped <= '3' ? 2 : 1;
          while (more-- > 0 && i + 1 < written.length() && isOctalDigit(written.charAt(i + 1))) {
            code = code * 8 + (written.charAt(++i) - '0');
          }
          value.append((char) code, at);
        }
      }
    }
    return value;
  }

  private static SourceText toSourceText(String fileName, LineIndex lines, OffsetText value, int contentStart) {
    List<SourceText.Segment> segments = new ArrayList<>();
    Map<Integer, String> sourceLines = new HashMap<>();
    int previousLine = -1;
    int previousColumn = -1;
    for (int i = 0; i < value.length(); i++) {
      int line = lines.lineOf(value.offsetAt(i));
      int column = lines.columnOf(value.offsetAt(i));
      if (line != previousLine || column != previousColumn + 1) {
        segments.add(new SourceText.Segment(i, line, column));
        sourceLines.computeIfAbsent(line, lines::text);
      }
      previousLine = line;
      previousColumn = column;
    }
    if (segments.isEmpty()) {
      int line = lines.lineOf(contentStart);
      segments.add(new SourceText.Segment(0, line, lines.columnOf(contentStart)));
      sourceLines.put(line, lines.text(line));
    }
    return SourceText.mapped(fileName, value.text(), segments, sourceLines);
  }

  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r';
  }

  private static boolean isOctalDigit(char c) {
    return c >= '0' && c <= '7';
  }
}
