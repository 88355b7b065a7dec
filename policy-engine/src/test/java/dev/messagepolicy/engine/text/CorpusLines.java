package dev.messagepolicy.engine.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Every line of the labelled corpus of all nine languages, as text for matcher equivalence tests. */
public final class CorpusLines {

  private static final List<String> LANGUAGES = List.of("de", "en", "es", "fr", "it", "nl", "pl", "pt", "sv");

  private CorpusLines() {}

  public static List<String> all() throws IOException {
    List<String> lines = new ArrayList<>();
    for (String language : LANGUAGES) {
      try (InputStream in = Objects.requireNonNull(CorpusLines.class.getResourceAsStream("/corpus/" + language + ".txt"))) {
        lines.addAll(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
      }
    }
    return lines;
  }
}
