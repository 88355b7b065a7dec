package dev.messagepolicy.engine.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;

/**
 * Writes JSON in our files' layout, the one {@link Json} prints trees in (Jackson's default
 * pretty printer with two-space indent and {@code \n}): {@code "name" : value}, one member or
 * element per line, {@code { }} and {@code [ ]} when empty. Strings are escaped as Jackson
 * escapes them: {@code \"}, {@code \\}, the short forms {@code \b \t \n \f \r}, other control
 * characters as a backslash, {@code u00} and two capital hex digits, everything else as it is.
 *
 * <p>It exists so that the processor writes the catalog manifest without loading Jackson into
 * javac (some 70 classes, 40-90 ms cold, for one file). The caller keeps the nesting right.
 */
final class PrettyJsonWriter {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final Writer out;
  private int depth;
  /** Whether the open object or array has a member or element yet. */
  private boolean[] filled = new boolean[16];
  /** Set by {@link #name}: the next value completes a member and needs no separator of its own. */
  private boolean afterName;

  PrettyJsonWriter(Writer out) {
    this.out = out;
  }

  PrettyJsonWriter beginObject() throws IOException {
    return open('{');
  }

  PrettyJsonWriter endObject() throws IOException {
    return close('}');
  }

  PrettyJsonWriter beginArray() throws IOException {
    return open('[');
  }

  PrettyJsonWriter endArray() throws IOException {
    return close(']');
  }

  PrettyJsonWriter name(String name) throws IOException {
    separate();
    string(name);
    out.write(" : ");
    afterName = true;
    return this;
  }

  /** A string, or {@code null} for {@code null}. */
  PrettyJsonWriter value(String value) throws IOException {
    if (value == null) {
      return nullValue();
    }
    separate();
    string(value);
    return this;
  }

  PrettyJsonWriter value(long value) throws IOException {
    separate();
    out.write(Long.toString(value));
    return this;
  }

  PrettyJsonWriter value(boolean value) throws IOException {
    separate();
    out.write(value ? "true" : "false");
    return this;
  }

  PrettyJsonWriter nullValue() throws IOException {
    separate();
    out.write("null");
    return this;
  }

  /** {@code "name" : value} in one call. */
  PrettyJsonWriter field(String name, String value) throws IOException {
    return name(name).value(value);
  }

  PrettyJsonWriter field(String name, long value) throws IOException {
    return name(name).value(value);
  }

  PrettyJsonWriter field(String name, boolean value) throws IOException {
    return name(name).value(value);
  }

  private PrettyJsonWriter open(char bracket) throws IOException {
    separate();
    out.write(bracket);
    depth++;
    if (depth == filled.length) {
      filled = Arrays.copyOf(filled, depth * 2);
    }
    filled[depth] = false;
    return this;
  }

  private PrettyJsonWriter close(char bracket) throws IOException {
    boolean hadContent = filled[depth];
    depth--;
    if (hadContent) {
      newLine();
    } else {
      out.write(' ');
    }
    out.write(bracket);
    return this;
  }

  /** Before a member or element: a comma after the previous one, then a new, indented line. */
  private void separate() throws IOException {
    if (afterName) {
      afterName = false;
      return;
    }
    if (depth == 0) {
      return; // the top-level value
    }
    if (filled[depth]) {
      out.write(',');
    }
    filled[depth] = true;
    newLine();
  }

  private void newLine() throws IOException {
    out.write('\n');
    for (int i = 0; i < depth; i++) {
      out.write("  ");
    }
  }

  private void string(String text) throws IOException {
    out.write('"');
    int plainFrom = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      out.write(text, plainFrom, i - plainFrom);
      plainFrom = i + 1;
      switch (c) {
        case '"' -> out.write("\\\"");
        case '\\' -> out.write("\\\\");
        case '\b' -> out.write("\\b");
        case '\t' -> out.write("\\t");
        case '\n' -> out.write("\\n");
        case '\f' -> out.write("\\f");
        case '\r' -> out.write("\\r");
        default -> {
          out.write("\\u00");
          out.write(HEX[c >> 4]);
          out.write(HEX[c & 0xF]);
        }
      }
    }
    out.write(text, plainFrom, text.length() - plainFrom);
    out.write('"');
  }
}
