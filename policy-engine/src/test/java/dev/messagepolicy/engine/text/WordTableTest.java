package dev.messagepolicy.engine.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordTableTest {

  private static final Map<String, double[]> WORDS = new LinkedHashMap<>();

  static {
    WORDS.put("der", new double[] {1});
    WORDS.put("und", new double[] {2});
    WORDS.put("für", new double[] {3});
    WORDS.put("Aa", new double[] {4}); // "Aa" and "BB" share String.hashCode(): both must be found
    WORDS.put("BB", new double[] {5});
    WORDS.put("ż", new double[] {6});
  }

  private final WordTable table = new WordTable(WORDS);

  @Test
  void findsEveryWordInsideALargerText() {
    WORDS.forEach((word, value) -> {
      String text = "xx " + word + " yy";
      assertArrayEquals(value, table.get(text, 3, 3 + word.length()), word);
    });
  }

  @Test
  void missesPrefixesExtensionsAndUnknownWords() {
    String text = "derb un fürs Ab BBB zz";
    assertNull(table.get(text, 0, 4)); // derb
    assertNull(table.get(text, 0, 2)); // de
    assertNull(table.get(text, 5, 7)); // un
    assertNull(table.get(text, 8, 12)); // fürs
    assertNull(table.get(text, 13, 15)); // Ab
    assertNull(table.get(text, 16, 19)); // BBB
    assertNull(table.get(text, 20, 22)); // zz
    assertNull(table.get(text, 0, 0)); // nothing
  }

  @Test
  void aWordLongerThanAnyKeyIsAMiss() {
    String text = "Donaudampfschifffahrtsgesellschaft";
    assertNull(table.get(text, 0, text.length()));
  }
}
