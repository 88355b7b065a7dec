package dev.messagepolicy.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A shop's phrase directory: read per rule and language, and every mistake named with its place. */
class CustomPhrasesTest {

  private static final Set<String> RULES = Set.of("no-promotions", "thank-you-only");

  @TempDir
  Path dir;

  private void write(String path, String content) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  @Test
  void readsEachRulesPacksWithTheirLanguage() throws IOException {
    write("no-promotions/de.txt", "[club]\nwerkstattclub*\n");
    write("no-promotions/tr.txt", "[discount]\nindirim kodu\n");
    write("no-promotions/README.md", "ignored");
    CustomPhrases phrases = CustomPhrases.readDirectory(dir, RULES);
    assertEquals(2, phrases.forRule("no-promotions").size());
    assertEquals("de", phrases.forRule("no-promotions").get(0).language());
    assertEquals("tr", phrases.forRule("no-promotions").get(1).language());
    assertEquals(0, phrases.forRule("thank-you-only").size());
  }

  @Test
  void anUnknownRuleIsAnErrorThatListsTheKnownOnes() throws IOException {
    write("no-promotion/en.txt", "[x]\ny\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CustomPhrases.readDirectory(dir, RULES));
    assertTrue(e.getMessage().contains("'no-promotion' is not a phrase rule; phrase rules: no-promotions, thank-you-only"),
        e.getMessage());
  }

  @Test
  void aBadLineIsAnErrorWithFileAndLine() throws IOException {
    write("thank-you-only/en.txt", "[purpose]\nok\n(unclosed\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CustomPhrases.readDirectory(dir, RULES));
    assertTrue(e.getMessage().contains("en.txt:3: '(' without ')'"), e.getMessage());
  }

  @Test
  void aFileNameThatIsNoLanguageAndAMissingDirectoryAreErrors() throws IOException {
    write("no-promotions/german.txt", "[x]\ny\n");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> CustomPhrases.readDirectory(dir, RULES))
        .getMessage().contains("language code"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> CustomPhrases.readDirectory(dir.resolve("missing"), RULES)).getMessage().contains("not a directory"));
  }
}
