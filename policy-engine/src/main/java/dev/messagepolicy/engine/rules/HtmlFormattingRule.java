package dev.messagepolicy.engine.rules;

import dev.messagepolicy.engine.finding.Severity;
import dev.messagepolicy.engine.html.HtmlElement;
import dev.messagepolicy.engine.template.MessageModel;
import dev.messagepolicy.engine.template.MessagePart;
import dev.messagepolicy.engine.text.BuyerText;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * No formatting that overrides the buyer's fonts, colours or line height, or centres text
 * ({@code style}, {@code <font>}, {@code <center>}, {@code align="center"}, {@code bgcolor},
 * {@code <style>}), and no more than two line breaks in a row ({@code <br>} or newlines).
 */
@PolicyRule(
    id = "html-formatting",
    summary = "HTML that overrides fonts, colours or line height, centres text, or more than two line breaks in a row",
    severity = Severity.WARNING,
    guideline = "Buyer messages may not use formatting that overrides fonts or colours or centres text, nor more"
        + " than two line breaks in a row.")
public final class HtmlFormattingRule implements TemplateRule {

  /** CSS properties that override how the buyer's client shows text. */
  private static final List<String> OVERRIDING_CSS = List.of(
      "font", "color", "background", "line-height", "text-align:center", "letter-spacing");
  private static final Set<String> FORMATTING_TAGS = Set.of("font", "center", "style", "marquee", "blink");
  private static final Set<String> FORMATTING_ATTRIBUTES = Set.of("bgcolor", "color", "face");
  /** Character references of a blank: the no-break space, the only one shops use to pad. */
  private static final Set<String> BLANK_ENTITIES = Set.of("&nbsp;", "&#160;", "&#xa0;");
  /** How far a blank block's check reads into the skeleton. */
  private static final int LOOK_AHEAD = 200;

  @Override
  public void check(MessageModel model, RuleContext context) {
    for (MessagePart part : model.parts()) {
      BuyerText buyer = BuyerText.of(part);
      for (HtmlElement element : buyer.html().elements()) {
        String problem = formatting(element);
        if (problem != null) {
          int[] range = problem.startsWith("style") ? element.rangeOf("style") : new int[] {element.start(), element.tagEnd()};
          context.reportText(model.source(), part, range[0], range[1],
              "formatting that overrides the buyer's display is not allowed: " + problem,
              "Remove the styling; write plain text.");
        }
      }
      reportLineBreakRuns(model, part, buyer, context);
    }
  }

  /**
   * Runs of more than two line breaks: in plain text, newlines (a line that holds only a Mustache
   * tag does not count, rendering drops it); in HTML, what the buyer's client shows, where source
   * newlines are mere spaces, {@code <br>} breaks a line and a paragraph boundary leaves one empty
   * line however many block tags meet there ({@code </p><ul><li>}), but a paragraph holding only
   * blank space ({@code <p>&nbsp;</p>}) adds a line of its own.
   */
  private static void reportLineBreakRuns(MessageModel model, MessagePart part, BuyerText buyer, RuleContext context) {
    String text = buyer.text();
    boolean html = buyer.html().html();
    int i = 0;
    while ((i = text.indexOf('\n', i)) >= 0) {
      int end = i;
      while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      int breaks = html ? renderedBreaks(part, buyer, i, end) : plainBreaks(part, buyer, i, end);
      if (breaks > 2 && end < text.length()) {
        int start = html ? firstTagAfterText(buyer, i, end) : buyer.skeletonStart(i);
        context.reportText(model.source(), part, start, buyer.skeletonEnd(end),
            breaks + " line breaks in a row; at most two are allowed",
            "Leave at most one empty line between paragraphs.");
      }
      i = end;
    }
  }

  private static int plainBreaks(MessagePart part, BuyerText buyer, int from, int to) {
    int newlines = 0;
    for (int at = from; at < to; at++) {
      newlines += buyer.text().charAt(at) == '\n' ? 1 : 0;
    }
    if (newlines <= 2) {
      return newlines; // the common case: no need to look at the source lines
    }
    int breaks = 0;
    for (int at = from; at < to; at++) {
      if (buyer.text().charAt(at) == '\n' && !endsStandaloneTagLine(part, buyer.skeletonStart(at))) {
        breaks++;
      }
    }
    return breaks;
  }

  /**
   * The line breaks a mail client shows for the blank run {@code [from, to)} of an HTML part: each
   * {@code <br>}, two for a paragraph boundary, and one more for each block that holds only blank
   * space. The reader maps every break of a block to the block's start tag.
   */
  private static int renderedBreaks(MessagePart part, BuyerText buyer, int from, int to) {
    String skeleton = part.skeleton();
    int lineBreaks = 0;
    int blankBlocks = 0;
    boolean paragraphBoundary = false;
    int previousBlock = -1;
    for (int at = from; at < to; at++) {
      if (buyer.text().charAt(at) != '\n') {
        continue;
      }
      int tag = buyer.skeletonStart(at);
      if (isBreakTag(skeleton, tag)) {
        lineBreaks++;
      } else {
        paragraphBoundary = true;
        blankBlocks += tag != previousBlock && isBlankBlock(skeleton, tag) ? 1 : 0;
        previousBlock = tag;
      }
    }
    return lineBreaks + (paragraphBoundary ? 2 : 0) + blankBlocks;
  }

  /**
   * Whether the block whose start tag is at {@code tag} holds only spaces, {@code &nbsp;} and no
   * text before its end tag ({@code <p>&nbsp;</p>}, a spacer); looks a few characters ahead only.
   */
  private static boolean isBlankBlock(String skeleton, int tag) {
    int nameEnd = tag + 1;
    while (nameEnd < skeleton.length() && Character.isLetterOrDigit(skeleton.charAt(nameEnd))) {
      nameEnd++;
    }
    int at = skeleton.indexOf('>', nameEnd);
    if (skeleton.charAt(tag) != '<' || nameEnd == tag + 1 || at < 0 || at - tag > LOOK_AHEAD) {
      return false;
    }
    String close = "</" + skeleton.substring(tag + 1, nameEnd);
    int limit = Math.min(skeleton.length(), at + LOOK_AHEAD);
    at++;
    while (at < limit) {
      char c = skeleton.charAt(at);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        at++;
      } else if (skeleton.regionMatches(true, at, close, 0, close.length())) {
        return true;
      } else if (c == '&') {
        int semicolon = skeleton.indexOf(';', at);
        String entity = semicolon > at && semicolon - at < 8 ? skeleton.substring(at, semicolon + 1).toLowerCase(Locale.ROOT) : "";
        if (!BLANK_ENTITIES.contains(entity)) {
          return false;
        }
        at = semicolon + 1;
      } else {
        return false;
      }
    }
    return false;
  }

  /**
   * Where the tags that make the blank run {@code [from, to)} of an HTML part begin: the first
   * break whose tag stands after the text before the run ({@code <p>&nbsp;</p>}, {@code <br>}),
   * not the paragraph the text ended, to which the reader maps that paragraph's closing break.
   */
  private static int firstTagAfterText(BuyerText buyer, int from, int to) {
    int textEnd = from == 0 ? 0 : buyer.skeletonEnd(from);
    int first = Integer.MAX_VALUE;
    for (int at = from; at < to; at++) {
      int tag = buyer.skeletonStart(at);
      if (buyer.text().charAt(at) == '\n' && tag >= textEnd) {
        first = Math.min(first, tag);
      }
    }
    return first == Integer.MAX_VALUE ? buyer.skeletonStart(from) : first;
  }

  /** Whether a {@code <br>} tag starts at {@code at} of the skeleton. */
  private static boolean isBreakTag(String skeleton, int at) {
    return skeleton.regionMatches(true, at, "<br", 0, 3)
        && (at + 3 == skeleton.length() || !Character.isLetterOrDigit(skeleton.charAt(at + 3)));
  }

  /**
   * Whether the line break at {@code index} ends a line that holds only a Mustache tag
   * ({@code {{/items}}}): rendering drops such a line, its break included.
   */
  private static boolean endsStandaloneTagLine(MessagePart part, int index) {
    String line = part.sourceLineAt(index).strip();
    return line.startsWith("{{") && line.endsWith("}}");
  }

  private static String formatting(HtmlElement element) {
    if (FORMATTING_TAGS.contains(element.tag())) {
      return "<" + element.tag() + ">";
    }
    if (element.attribute("align").strip().equalsIgnoreCase("center")) {
      return "align=\"center\"";
    }
    for (String attribute : FORMATTING_ATTRIBUTES) {
      if (element.has(attribute) && !element.tag().equals("input")) {
        return attribute + "=\"" + element.attribute(attribute) + "\"";
      }
    }
    String style = element.attribute("style").toLowerCase(Locale.ROOT).replace(" ", "");
    for (String css : OVERRIDING_CSS) {
      if (style.startsWith(css) || style.contains(";" + css) || style.contains("\n" + css)) {
        return "style \"" + element.attribute("style").strip() + "\"";
      }
    }
    return null;
  }
}
