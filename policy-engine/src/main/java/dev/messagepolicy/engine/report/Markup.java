package dev.messagepolicy.engine.report;

/** Escaping for the text-based formats (HTML, XML, Markdown tables). */
final class Markup {

  private Markup() {}

  /**
   * Text for an XML or HTML element or attribute value. Characters XML 1.0 forbids (control
   * characters, lone surrogates) become U+FFFD, so a hostile template cannot break the file.
   */
  static String xml(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (Character.isSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
              || c == 0xFFFE || c == 0xFFFF) {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** Text for a Markdown table cell or inline text: one line, pipes and markup characters escaped. */
  static String markdown(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.append(' ');
      } else if ("\\`*_[]<>|#".indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
