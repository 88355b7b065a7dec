package dev.messagepolicy.engine.rules;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import dev.messagepolicy.engine.finding.Severity;
import dev.messagepolicy.engine.template.MessageModel;
import dev.messagepolicy.engine.template.MessagePart;
import dev.messagepolicy.engine.text.BuyerText;
import dev.messagepolicy.engine.text.MappedText;
import java.util.ArrayList;
import java.util.List;

/**
 * No emoji: characters shown as emoji by default (Emoji_Presentation, flags included), text
 * pictographs turned into emoji by U+FE0F, and keycaps ({@code 5️⃣}). Plain {@code 5}, {@code #}
 * and {@code ©} carry the Emoji property too, but are not emoji: they pass. Reads the visible text
 * before normalization, which drops the variation selector. A run of emoji is one finding.
 */
@PolicyRule(
    id = "no-emoji",
    summary = "Emoji and pictographs",
    severity = Severity.WARNING,
    guideline = "Buyer messages may not contain emojis or GIFs.")
public final class NoEmojiRule implements TemplateRule {

  private static final int VARIATION_SELECTOR_EMOJI = 0xFE0F;
  private static final int COMBINING_KEYCAP = 0x20E3;
  private static final int ZERO_WIDTH_JOINER = 0x200D;

  /**
   * The first code point with Emoji_Presentation (U+231A in Unicode 15): below it, a character
   * starts an emoji only with U+FE0F or U+20E3 after it, so the scan skips it on one comparison.
   */
  private static final int FIRST_PRESENTATION = firstPresentation();

  private static int firstPresentation() {
    int cp = 0;
    while (cp <= Character.MAX_CODE_POINT && !UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_PRESENTATION)) {
      cp++;
    }
    return cp;
  }

  @Override
  public void check(MessageModel model, RuleContext context) {
    for (MessagePart part : model.parts()) {
      MappedText visible = BuyerText.of(part).visible();
      for (int[] run : find(visible.text())) {
        int start = visible.sourceStart(run[0]);
        int end = visible.sourceEnd(run[1]);
        context.reportText(model.source(), part, start, end,
            "emoji are not allowed in buyer messages: \"" + part.excerpt(start, end) + "\"",
            "Remove the emoji; say it in words.");
      }
    }
  }

  /** Runs of emoji (with their selectors, joiners and modifiers) as half-open ranges. */
  static List<int[]> find(String text) {
    return find(text, true);
  }

  /** {@link #find(String)}, with the skip of plain text before U+231A on or off (off only to test it). */
  static List<int[]> find(String text, boolean skipPlain) {
    List<int[]> runs = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char plain = text.charAt(i);
      if (skipPlain && plain < FIRST_PRESENTATION && !Character.isSurrogate(plain)
          && !followedBySelectorOrKeycap(text, i + 1)) {
        i++; // most text: no emoji starts here, and no ICU lookup is needed to know it
        continue;
      }
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (!startsEmoji(text, cp, next)) {
        i = next;
        continue;
      }
      int start = i;
      i = next;
      while (i < text.length()) {
        int c = text.codePointAt(i);
        int after = i + Character.charCount(c);
        if (c == VARIATION_SELECTOR_EMOJI || c == COMBINING_KEYCAP || c == ZERO_WIDTH_JOINER
            || UCharacter.hasBinaryProperty(c, UProperty.EMOJI_MODIFIER) || startsEmoji(text, c, after)
            || UCharacter.hasBinaryProperty(c, UProperty.EXTENDED_PICTOGRAPHIC) && text.codePointBefore(i) == ZERO_WIDTH_JOINER) {
          i = after;
        } else {
          break;
        }
      }
      runs.add(new int[] {start, i});
    }
    return runs;
  }

  private static boolean followedBySelectorOrKeycap(String text, int next) {
    if (next >= text.length()) {
      return false;
    }
    char c = text.charAt(next);
    return c == VARIATION_SELECTOR_EMOJI || c == COMBINING_KEYCAP;
  }

  /** Whether {@code cp} (followed by the text at {@code next}) is shown as an emoji. */
  private static boolean startsEmoji(String text, int cp, int next) {
    if (UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_PRESENTATION)) {
      return true;
    }
    int following = next < text.length() ? text.codePointAt(next) : -1;
    if (following == VARIATION_SELECTOR_EMOJI) {
      boolean keycap = (cp == '#' || cp == '*' || (cp >= '0' && cp <= '9'));
      int afterSelector = next + 1;
      return keycap ? afterSelector < text.length() && text.codePointAt(afterSelector) == COMBINING_KEYCAP
          : UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC);
    }
    return following == COMBINING_KEYCAP && (cp == '#' || cp == '*' || (cp >= '0' && cp <= '9'));
  }
}
