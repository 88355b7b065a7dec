package dev.messagepolicy.engine.rules;

import dev.messagepolicy.engine.html.HtmlElement;
import dev.messagepolicy.engine.template.MessageModel;
import dev.messagepolicy.engine.template.MessagePart;
import dev.messagepolicy.engine.text.BuyerText;
import java.util.Locale;

/**
 * No images that the guidelines forbid, in HTML bodies: images inside a link (a logo that links
 * to a website), logos, tracking pixels (1×1 or hidden), images loaded over plain {@code http:},
 * GIFs, and CSS backgrounds loaded from a URL. An image of the order itself, over https, passes.
 */
@PolicyRule(
    id = "no-images",
    summary = "Images in HTML bodies: logos, images that link, tracking pixels, insecure images, GIFs",
    guideline = "Buyer messages may not contain logos that show or link to a website, tracking pixels, GIFs"
        + " or images unrelated to the order.")
public final class NoImagesRule implements TemplateRule {

  @Override
  public void check(MessageModel model, RuleContext context) {
    for (MessagePart part : model.parts()) {
      for (HtmlElement element : BuyerText.of(part).html().elements()) {
        String why = element.tag().equals("img") ? imageProblem(element) : backgroundProblem(element);
        if (why != null) {
          context.reportText(model.source(), part, element.start(), element.tagEnd(),
              "images like this are not allowed in buyer messages: " + why,
              "Remove the image; attach order-related pictures as files instead.");
        }
      }
    }
  }

  private static String imageProblem(HtmlElement image) {
    String src = image.attribute("src").strip().toLowerCase(Locale.ROOT);
    String names = (src + " " + image.attribute("alt") + " " + image.attribute("class") + " " + image.attribute("id"))
        .toLowerCase(Locale.ROOT);
    if (image.insideLink()) {
      return "an image that links to a website";
    }
    if (isTiny(image.attribute("width")) || isTiny(image.attribute("height")) || isHidden(image.attribute("style"))) {
      return "a tracking pixel";
    }
    if (src.startsWith("http:")) {
      return "an image loaded over insecure http";
    }
    if (namesLogo(names)) {
      return "a logo";
    }
    if (src.endsWith(".gif") || src.startsWith("data:image/gif")) {
      return "a GIF";
    }
    return null;
  }

  /**
   * Whether the file name, alt text, class or id names a logo: "logo" in any of our languages'
   * words for it (logo, Logo, logotipo, logotyp, Firmenlogo), or the Swedish "logga" at either end
   * of a word (butikslogga, loggan) but not inside one (bloggar).
   */
  static boolean namesLogo(String names) {
    int i = 0;
    while (i < names.length()) {
      if (!Character.isLetter(names.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < names.length() && Character.isLetter(names.charAt(i))) {
        i++;
      }
      String word = names.substring(start, i);
      if (word.contains("logo") || word.startsWith("logga") || word.endsWith("logga") || word.endsWith("loggan")) {
        return true;
      }
    }
    return false;
  }

  private static String backgroundProblem(HtmlElement element) {
    String style = element.attribute("style").toLowerCase(Locale.ROOT);
    boolean css = style.contains("url(");
    boolean attribute = element.has("background") && !element.attribute("background").isBlank();
    return css || attribute ? "a background image loaded from a URL" : null;
  }

  private static boolean isTiny(String size) {
    String digits = size.strip().toLowerCase(Locale.ROOT).replace("px", "");
    return digits.equals("0") || digits.equals("1");
  }

  private static boolean isHidden(String style) {
    String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return compact.contains("display:none") || compact.contains("visibility:hidden");
  }
}
