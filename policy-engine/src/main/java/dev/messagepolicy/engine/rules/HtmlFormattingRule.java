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
      String text = buyer.text();
      int i = 0;
      while (i < text.length()) {
        if (text.charAt(i) != '\n') {
          i++;
          continue;
        }
        int breaks = 0;
        int end = i;
        while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
          if (text.charAt(end) == '\n' && !endsStandaloneTagLine(part, buyer.skeletonStart(end))) {
            breaks++;
          }
          end++;
        }
        if (breaks > 2 && end < text.length()) {
          int start = buyer.skeletonStart(i);
          context.reportText(model.source(), part, start, buyer.skeletonEnd(end),
              breaks + " line breaks in a row; at most two are allowed",
              "Leave at most one empty line between paragraphs.");
        }
        i = end;
      }
    }
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
