package dev.messagepolicy.engine.text;

import dev.messagepolicy.engine.template.MessagePart;

/**
 * What one position of a {@link Phrase} accepts: a word (exactly, or by prefix, suffix or infix
 * with {@code *}), a number, a code, a variable, any token, or a short gap of tokens.
 */
public record TokenPattern(Kind kind, String core) {

  /** How a pattern compares a token. */
  public enum Kind { EXACT, PREFIX, SUFFIX, INFIX, NUMBER, CODE, VARIABLE, ANY, GAP }

  /** The most tokens one {@link Kind#GAP} ({@code ...}) skips; it never skips a sentence end. */
  public static final int MAX_GAP = 8;

  /** Parses one whitespace-free chunk of a phrase that is a single token pattern. */
  static TokenPattern special(String chunk) {
    return switch (chunk) {
      case "<num>" -> new TokenPattern(Kind.NUMBER, "");
      case "<code>" -> new TokenPattern(Kind.CODE, "");
      case "<var>" -> new TokenPattern(Kind.VARIABLE, "");
      case "<any>" -> new TokenPattern(Kind.ANY, "");
      case "..." -> new TokenPattern(Kind.GAP, "");
      default -> null;
    };
  }

  static TokenPattern word(String core, boolean prefix, boolean suffix) {
    Kind kind = prefix && suffix ? Kind.INFIX : prefix ? Kind.PREFIX : suffix ? Kind.SUFFIX : Kind.EXACT;
    return new TokenPattern(kind, core);
  }

  /** Whether {@code token} (already folded, see {@link PhraseTokens}) fits this position. */
  public boolean matches(String token) {
    return switch (kind) {
      case EXACT -> token.equals(core);
      case PREFIX -> token.startsWith(core);
      case SUFFIX -> token.endsWith(core);
      case INFIX -> token.contains(core);
      case NUMBER -> isVariable(token) || isDigits(token);
      case CODE -> isVariable(token) || isCode(token);
      case VARIABLE -> isVariable(token);
      case ANY -> true;
      case GAP -> !PhraseTokens.isSentenceEnd(token);
    };
  }

  private static boolean isVariable(String token) {
    return token.length() == 1 && token.charAt(0) == MessagePart.PLACEHOLDER;
  }

  private static boolean isDigits(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isDigit(token.charAt(i))) {
        return false;
      }
    }
    return true; // as before, the empty token counts (tokens are never empty)
  }

  /** Letters and digits mixed, as in a discount code ({@code danke10}). */
  private static boolean isCode(String token) {
    boolean letter = false;
    boolean digit = false;
    for (int i = 0; i < token.length() && !(letter && digit); i++) {
      char c = token.charAt(i);
      letter |= Character.isLetter(c);
      digit |= Character.isDigit(c);
    }
    return letter && digit;
  }

  /*
   * Written out: a record's generated equals and hashCode go through method handles, which cost
   * microseconds a call before the JIT compiles them, and building a matcher makes some hundred
   * thousand of these calls in a fresh JVM.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof TokenPattern pattern && kind == pattern.kind && core.equals(pattern.core);
  }

  @Override
  public int hashCode() {
    return 31 * kind.hashCode() + core.hashCode();
  }

  @Override
  public String toString() {
    return switch (kind) {
      case EXACT -> core;
      case PREFIX -> core + "*";
      case SUFFIX -> "*" + core;
      case INFIX -> "*" + core + "*";
      case NUMBER -> "<num>";
      case CODE -> "<code>";
      case VARIABLE -> "<var>";
      case ANY -> "<any>";
      case GAP -> "...";
    };
  }
}
