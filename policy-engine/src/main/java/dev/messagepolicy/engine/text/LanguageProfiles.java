package dev.messagepolicy.engine.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Light language identification for templates: per language a profile of its commonest function
 * words (articles, pronouns, prepositions, conjunctions, auxiliaries, greetings), a few hundred
 * words in all instead of a statistical model of tens of megabytes. A word shared by several
 * profiles counts for each of them in equal parts, so words unique to one language decide. Enough
 * to tell a paragraph's or a full sentence's language among en, de, fr, it, es, pt, nl, sv, pl
 * and tr; not meant for a few words.
 *
 * <p>The profiles are data, one resource per language under
 * {@code dev/messagepolicy/engine/languages/}, read once on first use; lookups are thread-safe.
 */
public final class LanguageProfiles {

  /** The profiled languages, ISO 639-1, in a fixed order: the index of a language's score. */
  public static final List<String> LANGUAGES = List.of("en", "de", "fr", "it", "es", "pt", "nl", "sv", "pl", "tr");

  private static final String RESOURCES = "/dev/messagepolicy/engine/languages/";

  private LanguageProfiles() {}

  /** Word to its weight in each language, indexed like {@link #LANGUAGES}; built on first use. */
  private static final class Index {
    static final WordTable WEIGHTS = build();

    private static WordTable build() {
      Map<String, Set<Integer>> languagesOfWord = new HashMap<>();
      for (int language = 0; language < LANGUAGES.size(); language++) {
        for (String word : words(read(LANGUAGES.get(language)))) {
          languagesOfWord.computeIfAbsent(word, w -> new LinkedHashSet<>()).add(language);
        }
      }
      Map<String, double[]> weights = new HashMap<>();
      languagesOfWord.forEach((word, languages) -> {
        double[] weight = new double[LANGUAGES.size()];
        languages.forEach(language -> weight[language] = 1.0 / languages.size());
        weights.put(word, weight);
      });
      return new WordTable(weights);
    }
  }

  /** Whether {@code word} (lowercase, case-folded) is a function word of any profiled language. */
  public static boolean isFunctionWord(String word) {
    return Index.WEIGHTS.get(word, 0, word.length()) != null;
  }

  /**
   * Adds the weight of {@code word} (lowercase, case-folded) to {@code scores}, indexed like
   * {@link #LANGUAGES}; false when the word is in no profile.
   */
  public static boolean score(String word, double[] scores) {
    return score(word, 0, word.length(), scores);
  }

  /**
   * Adds the weight of the word {@code text[start, end)} to {@code scores}, like {@link
   * #score(String, double[])}, without cutting the word out of the text: the language rule looks
   * up every word of every template.
   */
  public static boolean score(String text, int start, int end, double[] scores) {
    double[] weight = Index.WEIGHTS.get(text, start, end);
    if (weight == null) {
      return false;
    }
    for (int language = 0; language < weight.length; language++) {
      scores[language] += weight[language];
    }
    return true;
  }

  private static String read(String language) {
    try (InputStream in = LanguageProfiles.class.getResourceAsStream(RESOURCES + language + ".txt")) {
      if (in == null) {
        throw new IllegalStateException("language profile missing: " + RESOURCES + language + ".txt");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The whitespace-separated words of a profile, without its {@code #} comment lines. */
  static Set<String> words(String profile) {
    Set<String> words = new LinkedHashSet<>();
    boolean comment = false;
    int start = -1;
    for (int i = 0; i <= profile.length(); i++) {
      char c = i < profile.length() ? profile.charAt(i) : '\n';
      boolean lineStart = i == 0 || profile.charAt(i - 1) == '\n';
      if (lineStart) {
        comment = c == '#';
      }
      if (comment || Character.isWhitespace(c)) {
        if (start >= 0) {
          words.add(profile.substring(start, i));
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
    }
    return words;
  }
}
