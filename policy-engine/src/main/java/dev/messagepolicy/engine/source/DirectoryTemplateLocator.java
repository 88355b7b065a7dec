package dev.messagepolicy.engine.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Finds template resources in a list of directories (resource roots, template directories),
 * first match wins. Files are read as strict UTF-8 (a file that is not is refused with the line
 * and column of its first bad byte), checked against a size limit before they are read, and
 * refused when they hold NUL characters (a binary file).
 */
public final class DirectoryTemplateLocator implements TemplateLocator {

  /** The default size limit of one template file (the {@code maxTemplateBytes} setting). */
  public static final long DEFAULT_MAX_BYTES = dev.messagepolicy.engine.PolicyConfig.DEFAULT_MAX_TEMPLATE_BYTES;

  private final List<Path> roots;
  private final Path projectBase;
  private final long maxBytes;

  /**
   * @param roots the directories to search, in order
   * @param projectBase file names in findings are relative to it
   * @param maxBytes the largest file read; a larger one is refused without reading it
   */
  public DirectoryTemplateLocator(List<Path> roots, Path projectBase, long maxBytes) {
    this.roots = List.copyOf(roots);
    this.projectBase = projectBase.toAbsolutePath().normalize();
    this.maxBytes = maxBytes;
  }

  @Override
  public Loaded load(String path) {
    for (Path root : roots) {
      Path candidate;
      try {
        candidate = root.resolve(path).normalize();
      } catch (java.nio.file.InvalidPathException e) {
        return new Unreadable("'" + path + "' is not a valid file path: " + e.getReason());
      }
      if (!candidate.startsWith(root.normalize()) || !Files.isRegularFile(candidate)) {
        continue;
      }
      return read(candidate, relativeName(candidate, projectBase));
    }
    return new Missing("searched " + roots.stream().map(r -> relativeName(r, projectBase))
        .collect(Collectors.joining(", ")));
  }

  /** Reads one file under the same limits as a lookup does. */
  public Loaded read(Path file, String name) {
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        return new Unreadable(name + " is " + size + " bytes, over the limit of " + maxBytes
            + " bytes (maxTemplateBytes); it is not read");
      }
      String text = decode(Files.readAllBytes(file), name);
      return new Found(SourceText.ofFile(name, text.startsWith("\uFEFF") ? text.substring(1) : text));
    } catch (NotText e) {
      return new Unreadable(e.getMessage(), e.line(), e.column());
    } catch (IllegalArgumentException e) {
      return new Unreadable(e.getMessage());
    } catch (IOException e) {
      return new Unreadable(name + ": " + e.getMessage());
    }
  }

  /**
   * Strict UTF-8 decoding; refuses binary files.
   *
   * @throws NotText when {@code bytes} are not UTF-8 text, with the position of the first bad byte
   */
  public static String decode(byte[] bytes, String name) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1); // UTF-8 never gives more chars than bytes
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    out.flip();
    if (result.isError()) {
      throw NotText.malformed(name, bytes[in.position()], out);
    }
    String text = out.toString();
    if (text.indexOf('\0') >= 0) {
      throw new NotText(name + " is a binary file, not a text template", 1, 1);
    }
    return text;
  }

  /**
   * Bytes that are not a text template, and where the problem starts: the line and column of the
   * first byte that is not UTF-8 (counted as the checker counts positions: a byte-order mark is
   * no column, CR LF is one line break), or 1:1 for a binary file.
   */
  public static final class NotText extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    NotText(String message, int line, int column) {
      super(message);
      this.line = line;
      this.column = column;
    }

    /** {@code before}: the text decoded up to the bad byte. */
    static NotText malformed(String name, byte bad, CharSequence before) {
      int line = 1;
      int lineStart = before.length() > 0 && before.charAt(0) == '\uFEFF' ? 1 : 0;
      for (int i = 0; i < before.length(); i++) {
        char c = before.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 == before.length() || before.charAt(i + 1) != '\n'))) {
          line++;
          lineStart = i + 1;
        }
      }
      int column = before.length() - lineStart + 1;
      return new NotText(String.format(Locale.ROOT, "%s is not valid UTF-8 text: byte 0x%02X at line %d, column %d"
          + " is not UTF-8 (save the file as UTF-8)", name, bad & 0xff, line, column), line, column);
    }

    public int line() {
      return line;
    }

    public int column() {
      return column;
    }
  }

  /** {@code base}-relative path with {@code /}, or the absolute path when outside it. */
  public static String relativeName(Path file, Path base) {
    Path absolute = file.toAbsolutePath().normalize();
    Path normalizedBase = base.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(normalizedBase) ? normalizedBase.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }
}
