package dev.messagepolicy.engine.html;

import dev.messagepolicy.engine.text.MappedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads a skeleton as the buyer sees it. Text that holds no markup only has its character
 * references decoded; text with markup is parsed by jsoup with position tracking (variables are
 * already single placeholder characters in the skeleton, so Mustache never reaches the parser).
 */
public final class HtmlReader {

  /** Elements after which a mail client starts a new line. */
  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
      "hr", "center", "section", "article", "header", "footer", "pre");

  /** Elements whose content the buyer does not read. */
  private static final Set<String> HIDDEN = Set.of("script", "style", "head", "title", "template");

  private HtmlReader() {}

  public static HtmlView read(String skeleton) {
    if (!hasMarkup(skeleton)) {
      if (skeleton.indexOf('&') < 0) {
        return new HtmlView(MappedText.identity(skeleton), List.of(), false); // most messages: nothing to decode
      }
      MappedText.Builder out = new MappedText.Builder(skeleton.length());
      EntityDecoder.decode(skeleton, 0, skeleton.length(), out);
      return new HtmlView(out.build(skeleton.length()), List.of(), false);
    }
    Document document = Jsoup.parse(skeleton, "", Parser.htmlParser().setTrackPosition(true));
    MappedText.Builder out = new MappedText.Builder(skeleton.length());
    List<HtmlElement> elements = new ArrayList<>();
    walk(document.body(), skeleton, out, elements);
    return new HtmlView(out.build(skeleton.length()), elements, true);
  }

  /** A tag opens ({@code <p}, {@code </p}, {@code <!--}): a {@code <} followed by a letter, {@code /} or {@code !}. */
  static boolean hasMarkup(String text) {
    for (int i = text.indexOf('<'); i >= 0 && i + 1 < text.length(); i = text.indexOf('<', i + 1)) {
      char next = text.charAt(i + 1);
      if ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || next == '/' || next == '!') {
        return true;
      }
    }
    return false;
  }

  /**
   * Walks the tree with jsoup's iterative traversal (a recursive walk overflows the stack on
   * deeply nested input), appending visible text and collecting elements.
   */
  private static void walk(Node root, String skeleton, MappedText.Builder out, List<HtmlElement> elements) {
    int[] hiddenDepth = {0};
    int[] linkDepth = {0};
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element element) {
          String tag = element.normalName();
          if (HIDDEN.contains(tag) || hiddenDepth[0] > 0) {
            hiddenDepth[0]++;
            return;
          }
          HtmlElement read = node == root ? null : element(element, linkDepth[0] > 0);
          if (read != null) {
            elements.add(read);
          }
          int at = read != null ? read.start() : 0;
          if (tag.equals("br")) {
            out.append('\n', at, at + 1);
          } else if (BLOCKS.contains(tag)) {
            lineBreak(out, at);
          }
          if (isLink(element)) {
            linkDepth[0]++;
          }
        } else if (node instanceof TextNode text && hiddenDepth[0] == 0) {
          Range range = text.sourceRange();
          if (range.isTracked()) {
            int start = out.length();
            EntityDecoder.decode(skeleton, range.startPos(), Math.min(range.endPos(), skeleton.length()), out);
            // A newline in HTML source is a space on screen; only <br> and blocks break lines.
            out.replaceLineBreaks(start, ' ');
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (!(node instanceof Element element)) {
          return;
        }
        if (hiddenDepth[0] > 0) {
          hiddenDepth[0]--;
          return;
        }
        if (isLink(element)) {
          linkDepth[0]--;
        }
        String tag = element.normalName();
        if (BLOCKS.contains(tag) && !tag.equals("br")) {
          Range range = element.sourceRange();
          int at = range.isTracked() ? range.startPos() : 0;
          lineBreak(out, at);
        }
      }
    }, root);
  }

  private static boolean isLink(Element element) {
    return element.normalName().equals("a") && element.hasAttr("href");
  }

  private static void lineBreak(MappedText.Builder out, int at) {
    if (out.length() > 0 && out.lastChar() != '\n') {
      out.append('\n', at, at + 1);
    }
  }

  private static HtmlElement element(Element element, boolean insideLink) {
    Range range = element.sourceRange();
    if (!range.isTracked()) {
      return null;
    }
    Map<String, String> attributes = new HashMap<>();
    Map<String, int[]> ranges = new HashMap<>();
    for (Attribute attribute : element.attributes()) {
      String name = attribute.getKey().toLowerCase(Locale.ROOT);
      attributes.put(name, attribute.getValue());
      Range.AttributeRange where = element.attributes().sourceRange(attribute.getKey());
      if (where != null && where.valueRange().isTracked()) {
        ranges.put(name, new int[] {where.valueRange().startPos(), where.valueRange().endPos()});
      }
    }
    return new HtmlElement(element.normalName(), range.startPos(), range.endPos(), attributes, ranges, insideLink);
  }
}
