package dev.messagepolicy.engine.template;

import dev.messagepolicy.engine.source.Anchor;
import dev.messagepolicy.engine.source.SourceText;
import dev.messagepolicy.engine.source.TemplateLocator;
import dev.messagepolicy.engine.template.MustacheTokenizer.Problem;
import dev.messagepolicy.engine.template.MustacheTokenizer.TagToken;
import dev.messagepolicy.engine.template.MustacheTokenizer.TextToken;
import dev.messagepolicy.engine.template.MustacheTokenizer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses a subject or body into a {@link MessagePart}: validates it with Mustache.java, keeps
 * the position of every character, drops comments and inlines partials (resolved beside the
 * including file, with {@code .mustache} appended, as Mustache.java does).
 *
 * <p>A partial that includes itself outside any section can never finish rendering and is an
 * error; inside a section it is ordinary recursion over nested data and is inlined once.
 */
public final class TemplateParser {

  /** The deepest chain of partials followed before giving up with an error. */
  static final int MAX_PARTIAL_DEPTH = 32;

  private static final String EXTENSION = ".mustache";

  private final TemplateLocator locator;

  public TemplateParser(TemplateLocator locator) {
    this.locator = locator;
  }

  /**
   * Parses {@code text}.
   *
   * @param resourcePath the text's own resource path when it is a resource (partials resolve
   *     beside it), or {@code ""} for inline text (partials resolve from the resource root)
   */
  public ParsedPart parse(SourceText text, String resourcePath, MessagePart.Kind kind) {
    MessagePart.Builder builder = new MessagePart.Builder(kind);
    List<SyntaxError> errors = new ArrayList<>();
    List<String> chain = new ArrayList<>();
    chain.add(resourcePath);
    parseInto(builder, text, resourcePath, chain, errors);
    return new ParsedPart(builder.build(text), errors);
  }

  private void parseInto(MessagePart.Builder builder, SourceText text, String resourcePath,
      List<String> chain, List<SyntaxError> errors) {
    MustacheTokenizer.Result result = MustacheTokenizer.tokenize(text.text());
    for (Problem problem : result.problems()) {
      errors.add(error(builder, text, problem.offset(), problem.message()));
    }
    if (result.problems().isEmpty()) {
      Optional<MustacheValidator.Rejection> rejection = MustacheValidator.validate(text.text(), text.file());
      rejection.ifPresent(r -> {
        int offset = r.line() > 0 ? text.firstNonBlankOnLine(text.offsetOfLine(r.line())) : 0;
        errors.add(error(builder, text, offset, r.message()));
      });
    }
    int sectionDepth = 0;
    for (Token token : result.tokens()) {
      if (token instanceof TextToken piece) {
        builder.text(text, piece.start(), piece.end());
        continue;
      }
      TagToken tagToken = (TagToken) token;
      Tag tag = new Tag(tagToken.kind(), tagToken.name(), text.position(tagToken.start()),
          text.text().substring(tagToken.start(), tagToken.end()), text.lineAt(tagToken.start()));
      builder.tag(tag);
      switch (tag.kind()) {
        case VARIABLE, RAW_VARIABLE -> builder.variable(text, tagToken.start(), tag);
        case SECTION, INVERTED_SECTION, PARENT, BLOCK -> sectionDepth++;
        case SECTION_END -> sectionDepth = Math.max(0, sectionDepth - 1);
        case PARTIAL -> includePartial(builder, text, tagToken, resourcePath, chain, sectionDepth > 0, errors);
        default -> { }
      }
    }
  }

  private void includePartial(MessagePart.Builder builder, SourceText text, TagToken tag,
      String includingPath, List<String> chain, boolean insideSection, List<SyntaxError> errors) {
    String path = partialPath(includingPath, tag.name());
    if (chain.contains(path)) {
      if (!insideSection) {
        List<String> cycle = new ArrayList<>(chain.subList(chain.indexOf(path), chain.size()));
        cycle.add(path);
        errors.add(error(builder, text, tag.start(),
            "cycle of partials: " + String.join(" > ", cycle) + " never ends"));
      }
      return;
    }
    if (chain.size() > MAX_PARTIAL_DEPTH) {
      errors.add(error(builder, text, tag.start(), "partials nested more than " + MAX_PARTIAL_DEPTH + " deep"));
      return;
    }
    TemplateLocator.Loaded loaded = locator.load(path);
    if (loaded instanceof TemplateLocator.Found found) {
      chain.add(path);
      parseInto(builder, found.text(), path, chain, errors);
      chain.remove(chain.size() - 1);
    } else if (loaded instanceof TemplateLocator.Missing missing) {
      errors.add(error(builder, text, tag.start(), "partial '" + tag.name() + "' not found: no " + path,
          "Create " + path + " or fix the partial's name (" + missing.searched() + ")."));
    } else if (loaded instanceof TemplateLocator.Unreadable unreadable) {
      errors.add(error(builder, text, tag.start(), "partial '" + tag.name() + "' cannot be read: " + unreadable.reason()));
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

  private static SyntaxError error(MessagePart.Builder builder, SourceText text, int offset, String message) {
    return error(builder, text, offset, message, "");
  }

  private static SyntaxError error(MessagePart.Builder builder, SourceText text, int offset, String message,
      String hint) {
    Anchor anchor = builder.kind() == MessagePart.Kind.SUBJECT ? Anchor.SUBJECT : Anchor.BODY;
    return new SyntaxError(message, text.position(offset), text.lineAt(offset), anchor, hint);
  }
}
