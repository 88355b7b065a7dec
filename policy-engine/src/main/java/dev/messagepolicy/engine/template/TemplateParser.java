package dev.messagepolicy.engine.template;

import dev.messagepolicy.engine.PolicyConfig;
import dev.messagepolicy.engine.source.Anchor;
import dev.messagepolicy.engine.source.SourceText;
import dev.messagepolicy.engine.source.TemplateLocator;
import dev.messagepolicy.engine.template.MustacheTokenizer.Problem;
import dev.messagepolicy.engine.template.MustacheTokenizer.TagToken;
import dev.messagepolicy.engine.template.MustacheTokenizer.TextToken;
import dev.messagepolicy.engine.template.MustacheTokenizer.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses a subject or body into a {@link MessagePart}: validates it with Mustache.java (unless
 * {@link MustacheJavaAgreement} shows that it would accept the text), keeps
 * the position of every character, drops comments and inlines partials (resolved beside the
 * including file, with {@code .mustache} appended, as Mustache.java does).
 *
 * <p>A partial that includes itself outside any section can never finish rendering and is an
 * error; inside a section it is ordinary recursion over nested data (the Mustache specification's
 * "Recursion" case: a tree rendered by a partial that includes itself for the children) and is
 * not followed again.
 *
 * <p>The text with its partials inlined is bounded by the template size limit (UTF-8 bytes of the
 * text and of every partial it inlines, as written): a partial that would take it over the limit
 * is reported at its tag and not inlined, nor is any partial after it. Thirty partials that each
 * include the next twice ("billion laughs") stop at the limit instead of growing to 2<sup>29</sup>
 * copies. Each partial is read, tokenized and validated once per parser, however often it is
 * included, and its own errors are reported once.
 */
public final class TemplateParser {

  /** The deepest chain of partials followed before giving up with an error. */
  static final int MAX_PARTIAL_DEPTH = 32;

  private static final String EXTENSION = ".mustache";

  /**
   * Errors on a longer line carry no source line: its caret excerpt would help no one, and copied
   * into each of thousands of findings (10,000 unclosed sections on one 60 KB line) it made
   * reports and the processor's catalog gigabytes large.
   */
  static final int MAX_EXCERPT_LINE = 1_000;

  private final TemplateLocator locator;
  private final long maxExpandedBytes;
  /** Partials by path, looked up once. */
  private final Map<String, TemplateLocator.Loaded> loaded = new HashMap<>();
  /** Partials by path, tokenized and validated once. */
  private final Map<String, Scanned> scanned = new HashMap<>();

  /** A parser with the default template size limit, {@link PolicyConfig#DEFAULT_MAX_TEMPLATE_BYTES}. */
  public TemplateParser(TemplateLocator locator) {
    this(locator, PolicyConfig.DEFAULT_MAX_TEMPLATE_BYTES);
  }

  /**
   * @param maxExpandedBytes the most UTF-8 bytes a subject or body may have with its partials
   *     inlined (the template size limit)
   */
  public TemplateParser(TemplateLocator locator, long maxExpandedBytes) {
    this.locator = locator;
    this.maxExpandedBytes = maxExpandedBytes;
  }

  /** One text, tokenized and validated, with the index of its lines. */
  private record Scanned(SourceText text, MustacheTokenizer.Result result,
      Optional<MustacheValidator.Rejection> rejection, SourceLineIndex lines, long bytes) {

    static Scanned of(SourceText text) {
      MustacheTokenizer.Result result = MustacheTokenizer.tokenize(text.text());
      boolean crossCheck = result.problems().isEmpty()
          && !MustacheJavaAgreement.certain(text.text(), result.tokens());
      Optional<MustacheValidator.Rejection> rejection = crossCheck
          ? MustacheValidator.validate(text.text(), text.file(), result.tagCount())
          : Optional.empty();
      return new Scanned(text, result, rejection, new SourceLineIndex(text), utf8Length(text.text()));
    }
  }

  /** What one {@link #parse} call has inlined so far, and what it has reported. */
  private static final class Expansion {
    /** The partials being inlined, outermost first: a path already in it is a cycle. */
    final List<String> chain = new ArrayList<>();
    /** Partials whose own syntax errors are reported already. */
    final Set<String> partialsReported = new HashSet<>();
    /** In order, each once: a partial included twice may repeat an error of a tag inside it. */
    final Set<SyntaxError> errors = new LinkedHashSet<>();
    long bytes;
    boolean overLimit;
  }

  /**
   * Parses {@code text}.
   *
   * @param resourcePath the text's own resource path when it is a resource (partials resolve
   *     beside it), or {@code ""} for inline text (partials resolve from the resource root)
   */
  public ParsedPart parse(SourceText text, String resourcePath, MessagePart.Kind kind) {
    MessagePart.Builder builder = new MessagePart.Builder(kind);
    Expansion expansion = new Expansion();
    expansion.chain.add(resourcePath);
    Scanned top = Scanned.of(text);
    expansion.bytes = top.bytes();
    parseInto(builder, top, resourcePath, expansion, true);
    return new ParsedPart(builder.build(text), List.copyOf(expansion.errors));
  }

  private void parseInto(MessagePart.Builder builder, Scanned scan, String resourcePath, Expansion expansion,
      boolean reportOwnErrors) {
    SourceText text = scan.text();
    if (reportOwnErrors) {
      for (Problem problem : scan.result().problems()) {
        expansion.errors.add(error(builder, scan, problem.offset(), problem.message()));
      }
      scan.rejection().ifPresent(r -> {
        int offset = r.line() > 0 ? text.firstNonBlankOnLine(text.offsetOfLine(r.line())) : 0;
        expansion.errors.add(error(builder, scan, offset, r.message()));
      });
    }
    int sectionDepth = 0;
    for (Token token : scan.result().tokens()) {
      if (token instanceof TextToken piece) {
        builder.text(text, piece.start(), piece.end());
        continue;
      }
      TagToken tagToken = (TagToken) token;
      Tag tag = new Tag(tagToken.kind(), tagToken.name(), text.position(tagToken.start()),
          text.text().substring(tagToken.start(), tagToken.end()), scan.lines().lineAt(tagToken.start()));
      builder.tag(tag);
      switch (tag.kind()) {
        case VARIABLE, RAW_VARIABLE -> builder.variable(text, tagToken.start(), tag);
        case SECTION, INVERTED_SECTION, PARENT, BLOCK -> sectionDepth++;
        case SECTION_END -> sectionDepth = Math.max(0, sectionDepth - 1);
        case PARTIAL -> includePartial(builder, scan, tagToken, resourcePath, sectionDepth > 0, expansion);
        default -> { }
      }
    }
  }

  private void includePartial(MessagePart.Builder builder, Scanned including, TagToken tag, String includingPath,
      boolean insideSection, Expansion expansion) {
    String path = partialPath(includingPath, tag.name());
    List<String> chain = expansion.chain;
    if (chain.contains(path)) {
      if (!insideSection) {
        List<String> cycle = new ArrayList<>(chain.subList(chain.indexOf(path), chain.size()));
        cycle.add(path);
        expansion.errors.add(error(builder, including, tag.start(),
            "cycle of partials: " + String.join(" > ", cycle) + " never ends"));
      }
      return;
    }
    if (chain.size() > MAX_PARTIAL_DEPTH) {
      expansion.errors.add(error(builder, including, tag.start(),
          "partials nested more than " + MAX_PARTIAL_DEPTH + " deep"));
      return;
    }
    if (expansion.overLimit) {
      return; // reported once, at the partial that went over
    }
    TemplateLocator.Loaded partial = loaded.computeIfAbsent(path, locator::load);
    if (partial instanceof TemplateLocator.Found found) {
      Scanned scan = scanned.computeIfAbsent(path, p -> Scanned.of(found.text()));
      if (expansion.bytes + scan.bytes() > maxExpandedBytes) {
        expansion.overLimit = true;
        expansion.errors.add(error(builder, including, tag.start(), "partial '" + tag.name() + "' is not inlined:"
            + " with it the template would reach " + (expansion.bytes + scan.bytes()) + " bytes, over the"
            + " template size limit of " + maxExpandedBytes + " bytes; later partials are not inlined either",
            "Include fewer or smaller partials, or raise the limit (maxTemplateBytes)."));
        return;
      }
      expansion.bytes += scan.bytes();
      chain.add(path);
      parseInto(builder, scan, path, expansion, expansion.partialsReported.add(path));
      chain.remove(chain.size() - 1);
    } else if (partial instanceof TemplateLocator.Missing missing) {
      expansion.errors.add(error(builder, including, tag.start(),
          "partial '" + tag.name() + "' not found: no " + path,
          "Create " + path + " or fix the partial's name (" + missing.searched() + ")."));
    } else if (partial instanceof TemplateLocator.Unreadable unreadable) {
      expansion.errors.add(error(builder, including, tag.start(),
          "partial '" + tag.name() + "' cannot be read: " + unreadable.reason()));
    }
  }

  /** {@code footer} included from {@code messages/a.mustache} → {@code messages/footer.mustache}. */
  static String partialPath(String includingPath, String name) {
    String file = name.endsWith(EXTENSION) ? name : name + EXTENSION;
    if (file.startsWith("/")) {
      return file.substring(1);
    }
    int slash = includingPath.lastIndexOf('/');
    return slash < 0 ? file : includingPath.substring(0, slash + 1) + file;
  }

  /** The length of {@code text} in UTF-8, without encoding it (a lone surrogate counts as '?', one byte). */
  static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        bytes += 1;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  private static SyntaxError error(MessagePart.Builder builder, Scanned scan, int offset, String message) {
    return error(builder, scan, offset, message, "");
  }

  private static SyntaxError error(MessagePart.Builder builder, Scanned scan, int offset, String message,
      String hint) {
    Anchor anchor = builder.kind() == MessagePart.Kind.SUBJECT ? Anchor.SUBJECT : Anchor.BODY;
    String line = scan.lines().lineAt(offset);
    return new SyntaxError(message, scan.text().position(offset), line.length() > MAX_EXCERPT_LINE ? "" : line,
        anchor, hint);
  }
}
