package dev.messagepolicy.engine.template;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import java.io.Reader;
import java.util.Optional;

/**
 * Asks Mustache.java, the engine shops render with, whether a template text compiles. Partials
 * and parents are not followed here: the parser resolves them itself, so that a missing or
 * cyclic partial is reported at its tag.
 */
final class MustacheValidator {

  /** What Mustache.java rejected, and the 1-based line it names (0 when it names none). */
  record Rejection(String message, int line) {}

  /**
   * Above this many tags plus lines the cross-check is skipped: Mustache.java compiles a regular
   * expression for each tag and each line (MustacheParser splits with {@code String.split}),
   * 0.2 to 0.3 ms apiece, so 10,000 of them take seconds. Real templates have a few dozen.
   */
  static final int MAX_CROSS_CHECKED_PIECES = 2_000;

  private MustacheValidator() {}

  private static long lines(String text) {
    long lines = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    return lines;
  }

  /**
   * Compiles {@code text} with Mustache.java.
   *
   * @param tags how many tags the tokenizer found in it (the caller has tokenized it already)
   */
  static Optional<Rejection> validate(String text, String name, long tags) {
    if (tags + lines(text) > MAX_CROSS_CHECKED_PIECES) {
      return Optional.empty(); // the tokenizer has checked the structure; Mustache.java would take minutes
    }
    try {
      new SinglePieceFactory().compile(new TextReader(text), name);
      return Optional.empty();
    } catch (MustacheException e) {
      TemplateContext context = e.getContext();
      return Optional.of(new Rejection(cleanMessage(e), context == null ? 0 : context.line()));
    } catch (StackOverflowError e) {
      return Optional.of(new Rejection("sections are nested too deeply to parse", 0));
    }
  }

  private static String cleanMessage(MustacheException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int at = message.indexOf(" @[");
    return at > 0 ? message.substring(0, at) : message;
  }

  /**
   * A reader over a string for Mustache.java's parser, which reads one character at a time with
   * marks: {@link java.io.StringReader} takes a lock for every character, a tenth of the check.
   * Used by one thread, so not synchronized.
   */
  private static final class TextReader extends Reader {
    private final String text;
    private int next;
    private int mark;

    TextReader(String text) {
      this.text = text;
    }

    @Override
    public int read() {
      return next < text.length() ? text.charAt(next++) : -1;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      if (next >= text.length()) {
        return -1;
      }
      int count = Math.min(length, text.length() - next);
      text.getChars(next, next + count, buffer, offset);
      next += count;
      return count;
    }

    @Override
    public boolean markSupported() {
      return true;
    }

    @Override
    public void mark(int readAheadLimit) {
      mark = next;
    }

    @Override
    public void reset() {
      next = mark;
    }

    @Override
    public void close() {}
  }

  /** Compiles one text on its own: partials and parents are left to the caller. */
  private static final class SinglePieceFactory extends DefaultMustacheFactory {
    @Override
    public MustacheVisitor createMustacheVisitor() {
      return new DefaultMustacheVisitor(this) {
        @Override
        public void partial(TemplateContext tc, String variable, String indent) {}

        @Override
        public void dynamicPartial(TemplateContext tc, String variable, String indent) {}

        @Override
        public void extend(TemplateContext tc, String variable, Mustache mustache) {}
      };
    }
  }
}
