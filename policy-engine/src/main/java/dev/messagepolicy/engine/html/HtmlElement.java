package dev.messagepolicy.engine.html;

import java.util.Map;

/**
 * An element of an HTML body, with where it stands in the skeleton.
 *
 * @param tag the lowercase tag name
 * @param start the skeleton offset of its start tag's {@code <}
 * @param tagEnd the skeleton offset just after its start tag's {@code >}
 * @param attributes lowercase attribute name to value (entities decoded)
 * @param valueRanges lowercase attribute name to the skeleton range {@code [start, end)} of its value
 * @param insideLink whether an {@code <a href>} encloses it
 */
public record HtmlElement(
    String tag, int start, int tagEnd, Map<String, String> attributes, Map<String, int[]> valueRanges,
    boolean insideLink) {

  public HtmlElement {
    attributes = Map.copyOf(attributes);
    valueRanges = Map.copyOf(valueRanges);
  }

  public String attribute(String name) {
    return attributes.getOrDefault(name, "");
  }

  public boolean has(String name) {
    return attributes.containsKey(name);
  }

  /** The skeleton range of the attribute's value, or the start tag when it has none. */
  public int[] rangeOf(String name) {
    int[] range = valueRanges.get(name);
    return range != null && range[1] > range[0] ? range : new int[] {start, tagEnd};
  }
}
