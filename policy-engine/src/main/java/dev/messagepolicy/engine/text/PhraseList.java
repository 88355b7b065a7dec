package dev.messagepolicy.engine.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The phrases of one rule in one language, read from a resource
 * {@code dev/messagepolicy/engine/phrases/<rule>/<language>.txt}: {@code [family]} headers, one
 * phrase a line (see {@link Phrase}), {@code #} comments.
 */
public final class PhraseList {

  private final List<Phrase> phrases;

  private PhraseList(List<Phrase> phrases) {
    this.phrases = List.copyOf(phrases);
  }

  public List<Phrase> phrases() {
    return phrases;
  }

  /** Loads the lists of {@code rule} for each of {@code languages}, in that order. */
  public static PhraseList load(String rule, List<String> languages) {
    List<Phrase> all = new ArrayList<>();
    for (String language : languages) {
      String resource = "/dev/messagepolicy/engine/phrases/" + rule + "/" + language + ".txt";
      try (InputStream in = PhraseList.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing phrase list " + resource);
        }
        all.addAll(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), language, resource));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new PhraseList(all);
  }

  static List<Phrase> parse(String content, String language, String origin) {
    List<Phrase> phrases = new ArrayList<>();
    String family = null;
    int lineNumber = 0;
    for (String raw : content.split("\n")) {
      lineNumber++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        family = line.substring(1, line.length() - 1).strip();
        continue;
      }
      if (family == null) {
        throw new IllegalStateException(origin + ":" + lineNumber + ": phrase before any [family] header");
      }
      phrases.add(Phrase.parse(family, language, line));
    }
    return phrases;
  }

  /** A phrase found in a text: the phrase and the half-open range it covers. */
  public record Match(Phrase phrase, int start, int end) {}

  /**
   * Every place in {@code text} where a phrase matches, leftmost first; at one start the longest
   * phrase wins and matches do not overlap.
   */
  public List<Match> find(String text) {
    List<Token> tokens = Tokenizer.tokenize(text);
    List<Match> matches = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Phrase best = null;
      int bestLength = 0;
      for (Phrase phrase : phrases) {
        int length = phrase.matchAt(tokens, i);
        if (length > bestLength) {
          best = phrase;
          bestLength = length;
        }
      }
      if (best != null) {
        matches.add(new Match(best, tokens.get(i).start(), tokens.get(i + bestLength - 1).end()));
        i += bestLength;
      } else {
        i++;
      }
    }
    return matches;
  }
}
