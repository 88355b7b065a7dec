package dev.messagepolicy.engine.template;

import dev.messagepolicy.engine.template.MustacheTokenizer.TagToken;
import dev.messagepolicy.engine.template.MustacheTokenizer.Token;
import java.util.List;

/**
 * Decides, for a text the tokenizer accepted, whether Mustache.java is certain to accept it too,
 * so that compiling it again (half of the parse) can be skipped.
 *
 * <p>Mustache.java 0.9.14's parser rejects a text only for an empty tag, a closing tag that does
 * not match the open section, a section never closed, a triple mustache not closed by
 * three braces, an invalid set-delimiter tag, a tag cut off by the end, and, by overflowing the
 * stack, very deep nesting; building its code objects rejects nothing (checked in its bytecode:
 * the other exceptions are thrown while rendering). The tokenizer reports the same faults
 * wherever both see the same tags. They see the same tags when the delimiters stay {@code {{ }}}
 * and each tag means the same to both: Mustache.java reads the sigil from the very first character
 * of the tag and trims the name with {@code trim()}, the tokenizer skips leading white space and
 * uses {@code strip()}; so {@code {{ #a}}} is a section here and a variable there. Texts outside
 * this subset, and sigils only Mustache.java knows ({@code ?}, {@code %}) or inheritance, are
 * still compiled. {@code MustacheJavaAgreementTest} holds this against Mustache.java itself;
 * re-check it when upgrading the library.
 */
final class MustacheJavaAgreement {

  /**
   * Deeper nesting is compiled to find out: Mustache.java recurses per section (compile and
   * init), and only the real run tells whether a given depth fits the thread's stack.
   */
  static final int MAX_CERTAIN_DEPTH = 64;

  private MustacheJavaAgreement() {}

  /** Whether Mustache.java accepts {@code text}, whose tokens the tokenizer found without a problem. */
  static boolean certain(String text, List<Token> tokens) {
    int depth = 0;
    for (Token token : tokens) {
      if (!(token instanceof TagToken tag)) {
        continue;
      }
      if (!sameTag(text, tag)) {
        return false;
      }
      if (tag.kind().opensSection() && ++depth > MAX_CERTAIN_DEPTH) {
        return false;
      }
      if (tag.kind() == TagKind.SECTION_END) {
        depth--;
      }
    }
    return true;
  }

  /** Whether Mustache.java reads {@code tag} (between {@code {{ }}}) as the same kind and name. */
  private static boolean sameTag(String text, TagToken tag) {
    int commandStart = tag.start() + 2;
    if (tag.kind() == TagKind.SET_DELIMITER || tag.end() - 2 <= commandStart) {
      return false;
    }
    char sigil = text.charAt(commandStart);
    return switch (sigil) {
      // Mustache.java ends the tag at the first "}}", then wants one more '}'.
      case '{' -> text.indexOf('}', commandStart + 1) == tag.end() - 3;
      case '#' -> sameSection(text, tag, TagKind.SECTION);
      case '^' -> sameSection(text, tag, TagKind.INVERTED_SECTION);
      case '/' -> sameSection(text, tag, TagKind.SECTION_END);
      case '<', '$', '?', '%', '=' -> false;
      // A value, comment or partial to Mustache.java, none of which can fail.
      default -> !tag.kind().opensSection() && tag.kind() != TagKind.SECTION_END;
    };
  }

  private static boolean sameSection(String text, TagToken tag, TagKind kind) {
    return tag.kind() == kind && text.substring(tag.start() + 3, tag.end() - 2).trim().equals(tag.name());
  }
}
