package dev.messagepolicy.engine.template;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits a Mustache template into text and tags with exact character offsets.
 *
 * <p>Mustache.java is the authority on whether a template is valid, but it reports lines only
 * and flushes text at every newline; findings need a column for every character, so this small
 * scanner keeps the offsets. It follows the spec: set-delimiter tags, triple mustaches, and
 * section nesting, which it checks so that a structural error gets its exact position. It runs
 * in one pass over the text, with an explicit stack (no recursion), so deep nesting is safe.
 */
final class MustacheTokenizer {

  /** A piece of the template: text, or a tag. Offsets are half-open {@code [start, end)}. */
  sealed interface Token permits TextToken, TagToken {
    int start();

    int end();
  }

  record TextToken(int start, int end) implements Token {}

  record TagToken(TagKind kind, String name, int start, int end) implements Token {}

  /** A structural error and the offset it is reported at. */
  record Problem(String message, int offset) {}

  record Result(List<Token> tokens, List<Problem> problems) {
    /** How many of the tokens are tags. */
    long tagCount() {
      return tokens.stream().filter(TagToken.class::isInstance).count();
    }
  }

  private MustacheTokenizer() {}

  static Result tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Deque<TagToken> open = new ArrayDeque<>();
    String openDelimiter = "{{";
    String closeDelimiter = "}}";
    int cursor = 0;
    while (cursor < text.length()) {
      int tagStart = text.indexOf(openDelimiter, cursor);
      if (tagStart < 0) {
        tokens.add(new TextToken(cursor, text.length()));
        break;
      }
      if (tagStart > cursor) {
        tokens.add(new TextToken(cursor, tagStart));
      }
      int contentStart = tagStart + openDelimiter.length();
      boolean triple = openDelimiter.equals("{{") && text.startsWith("{", contentStart);
      String close = triple ? "}" + closeDelimiter : closeDelimiter;
      int closeAt = text.indexOf(close, contentStart + (triple ? 1 : 0));
      if (closeAt < 0) {
        problems.add(new Problem("unclosed tag: '" + openDelimiter + "' has no matching '" + close + "'", tagStart));
        tokens.add(new TextToken(tagStart, text.length()));
        break;
      }
      int tagEnd = closeAt + close.length();
      String content = text.substring(contentStart + (triple ? 1 : 0), closeAt);
      TagToken tag = classify(content, triple, tagStart, tagEnd);
      if (tag.kind() == TagKind.SET_DELIMITER) {
        String[] delimiters = parseDelimiters(content);
        if (delimiters == null) {
          problems.add(new Problem("malformed set-delimiter tag: expected '" + openDelimiter
              + "=<open> <close>=" + closeDelimiter + "'", tagStart));
        } else {
          openDelimiter = delimiters[0];
          closeDelimiter = delimiters[1];
        }
      } else if (tag.name().isEmpty() && tag.kind() != TagKind.COMMENT) {
        problems.add(new Problem("empty tag: a tag needs a name", tagStart));
      } else if (tag.kind().opensSection()) {
        open.push(tag);
      } else if (tag.kind() == TagKind.SECTION_END) {
        if (open.isEmpty()) {
          problems.add(new Problem("closing tag '" + tag.name() + "' has no opening section", tagStart));
        } else if (!open.peek().name().equals(tag.name())) {
          problems.add(new Problem("closing tag '" + tag.name() + "' does not match the open section '"
              + open.peek().name() + "'", tagStart));
          open.pop();
        } else {
          open.pop();
        }
      }
      tokens.add(tag);
      cursor = tagEnd;
    }
    // Report unclosed sections outermost first, at their opening tag.
    List<TagToken> unclosed = new ArrayList<>(open);
    for (int i = unclosed.size() - 1; i >= 0; i--) {
      TagToken tag = unclosed.get(i);
      problems.add(new Problem("section '" + tag.name() + "' is never closed", tag.start()));
    }
    return new Result(tokens, problems);
  }

  private static TagToken classify(String content, boolean triple, int start, int end) {
    if (triple) {
      return new TagToken(TagKind.RAW_VARIABLE, content.strip(), start, end);
    }
    String trimmed = content.strip();
    if (trimmed.isEmpty()) {
      return new TagToken(TagKind.VARIABLE, "", start, end);
    }
    char sigil = trimmed.charAt(0);
    String rest = trimmed.substring(1).strip();
    return switch (sigil) {
      case '#' -> new TagToken(TagKind.SECTION, rest, start, end);
      case '^' -> new TagToken(TagKind.INVERTED_SECTION, rest, start, end);
      case '/' -> new TagToken(TagKind.SECTION_END, rest, start, end);
      case '>' -> new TagToken(TagKind.PARTIAL, rest, start, end);
      case '!' -> new TagToken(TagKind.COMMENT, content.substring(content.indexOf('!') + 1), start, end);
      case '=' -> new TagToken(TagKind.SET_DELIMITER, rest, start, end);
      case '&' -> new TagToken(TagKind.RAW_VARIABLE, rest, start, end);
      case '<' -> new TagToken(TagKind.PARENT, rest, start, end);
      case '$' -> new TagToken(TagKind.BLOCK, rest, start, end);
      default -> new TagToken(TagKind.VARIABLE, trimmed, start, end);
    };
  }

  /** {@code "=<% %>="} content → {@code ["<%", "%>"]}, or {@code null} when malformed. */
  private static String[] parseDelimiters(String content) {
    String trimmed = content.strip();
    if (trimmed.length() < 3 || !trimmed.startsWith("=") || !trimmed.endsWith("=")) {
      return null;
    }
    String inner = trimmed.substring(1, trimmed.length() - 1).strip();
    int space = 0;
    while (space < inner.length() && !Character.isWhitespace(inner.charAt(space))) {
      space++;
    }
    String open = inner.substring(0, space);
    String close = inner.substring(space).strip();
    boolean valid = !open.isEmpty() && !close.isEmpty() && !open.contains("=") && !close.contains("=")
        && close.chars().noneMatch(Character::isWhitespace);
    return valid ? new String[] {open, close} : null;
  }
}
