package dev.messagepolicy.engine.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads phrase packs: {@code [family]} headers, one phrase a line (see {@link Phrase}),
 * {@code #} comments. The built-in packs are resources
 * {@code dev/messagepolicy/engine/phrases/<rule>/<language>.txt}, one for each of
 * {@link #LANGUAGES}.
 */
public final class PhraseList {

  /** The languages every built-in phrase rule has a pack for. */
  public static final List<String> LANGUAGES = List.of("en", "de", "fr", "it", "es", "pt", "nl", "sv", "pl");

  private PhraseList() {}

  /** The built-in phrases of {@code rule} in all {@link #LANGUAGES}, in that order. */
  public static List<Phrase> builtIn(String rule) {
    List<Phrase> all = new ArrayList<>();
    for (String language : LANGUAGES) {
      all.addAll(builtIn(rule, language));
    }
    return all;
  }

  /** The built-in phrases of {@code rule} in one language. */
  public static List<Phrase> builtIn(String rule, String language) {
    String name = rule + "/" + language + ".txt";
    try (InputStream in = PhraseList.class.getResourceAsStream("/dev/messagepolicy/engine/phrases/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing built-in phrase pack " + name);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), language, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The phrases of one pack.
   *
   * @param origin how findings and errors name the pack ({@code no-promotions/de.txt})
   * @throws IllegalArgumentException {@code origin:line: what is wrong}
   */
  public static List<Phrase> parse(String content, String language, String origin) {
    List<Phrase> phrases = new ArrayList<>();
    String family = null;
    int lineNumber = 0;
    for (String raw : content.split("\n", -1)) { // strip() below drops a \r
      lineNumber++;
      String line = raw.strip();
      if (lineNumber == 1 && line.startsWith("\ufeff")) {
        line = line.substring(1).strip();
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = origin + ":" + lineNumber;
      if (line.startsWith("[")) {
        if (!line.endsWith("]") || line.length() < 3) {
          throw new IllegalArgumentException(where + ": a family header is written [family]");
        }
        family = line.substring(1, line.length() - 1).strip();
        continue;
      }
      if (family == null) {
        throw new IllegalArgumentException(where + ": phrase before any [family] header");
      }
      try {
        phrases.addAll(Phrase.parse(family, language, line, where));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage() + " in \"" + line + "\"", e);
      }
    }
    return phrases;
  }
}
