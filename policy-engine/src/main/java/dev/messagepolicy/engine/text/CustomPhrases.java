package dev.messagepolicy.engine.text;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A shop's own phrases, added to the built-in packs of the phrase rules: read from a directory
 * laid out like the built-in packs, {@code <rule>/<language>.txt}.
 *
 * @param byRule the phrases per rule id
 */
public record CustomPhrases(Map<String, List<Phrase>> byRule) {

  private static final long MAX_FILE_BYTES = 1 << 20;

  public CustomPhrases {
    Map<String, List<Phrase>> copy = new TreeMap<>();
    byRule.forEach((rule, phrases) -> copy.put(rule, List.copyOf(phrases)));
    byRule = Map.copyOf(copy);
  }

  /** No phrases of the shop's own. */
  public static CustomPhrases none() {
    return new CustomPhrases(Map.of());
  }

  /** The shop's phrases for {@code rule}, possibly none. */
  public List<Phrase> forRule(String rule) {
    return byRule.getOrDefault(rule, List.of());
  }

  public boolean isEmpty() {
    return byRule.values().stream().allMatch(List::isEmpty);
  }

  /**
   * Reads {@code directory}/{@code <rule>/<language>.txt}; files not ending in {@code .txt} are
   * skipped.
   *
   * @param phraseRules the rule ids that take phrases
   * @throws IllegalArgumentException naming the directory, or the file and line, that is wrong
   */
  public static CustomPhrases readDirectory(Path directory, Set<String> phraseRules) {
    if (!Files.isDirectory(directory)) {
      throw new IllegalArgumentException(directory + ": not a directory of <rule>/<language>.txt phrase packs");
    }
    Map<String, List<Phrase>> byRule = new TreeMap<>();
    try (DirectoryStream<Path> rules = Files.newDirectoryStream(directory)) {
      for (Path ruleDirectory : sorted(rules)) {
        if (!Files.isDirectory(ruleDirectory)) {
          continue;
        }
        String rule = ruleDirectory.getFileName().toString();
        if (!phraseRules.contains(rule)) {
          throw new IllegalArgumentException(ruleDirectory + ": '" + rule + "' is not a phrase rule; phrase rules: "
              + String.join(", ", phraseRules.stream().sorted().toList()));
        }
        List<Phrase> phrases = new ArrayList<>();
        try (DirectoryStream<Path> packs = Files.newDirectoryStream(ruleDirectory, "*.txt")) {
          for (Path pack : sorted(packs)) {
            phrases.addAll(readPack(pack));
          }
        }
        byRule.put(rule, phrases);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(directory + ": cannot read phrase packs: " + e.getMessage(), e);
    }
    return new CustomPhrases(byRule);
  }

  private static List<Phrase> readPack(Path pack) throws IOException {
    String name = pack.getFileName().toString();
    String language = name.substring(0, name.length() - ".txt".length());
    if (!isLanguageCode(language)) {
      throw new IllegalArgumentException(pack + ": the file name must be a language code, as in de.txt");
    }
    if (Files.size(pack) > MAX_FILE_BYTES) {
      throw new IllegalArgumentException(pack + ": larger than " + MAX_FILE_BYTES + " bytes");
    }
    String content;
    try {
      content = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(pack))).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(pack + ": not UTF-8");
    }
    return PhraseList.parse(content, language, pack.toString());
  }

  private static boolean isLanguageCode(String name) {
    return name.length() >= 2 && name.length() <= 3 && name.chars().allMatch(c -> c >= 'a' && c <= 'z');
  }

  private static List<Path> sorted(DirectoryStream<Path> paths) {
    List<Path> list = new ArrayList<>();
    paths.forEach(list::add);
    list.sort(null);
    return list;
  }
}
