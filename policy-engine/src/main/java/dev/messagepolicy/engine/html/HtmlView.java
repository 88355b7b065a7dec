package dev.messagepolicy.engine.html;

import dev.messagepolicy.engine.text.MappedText;
import java.util.List;

/**
 * A subject or body read as the buyer's mail client shows it: the visible text (tags dropped,
 * entities decoded, a line break where a block ends) mapped to the skeleton, and the elements,
 * for the rules that judge links, images and formatting.
 *
 * @param html whether the text held HTML markup at all
 */
public record HtmlView(MappedText text, List<HtmlElement> elements, boolean html) {

  public HtmlView {
    elements = List.copyOf(elements);
  }

  public List<HtmlElement> elements(String tag) {
    return elements.stream().filter(e -> e.tag().equals(tag)).toList();
  }
}
