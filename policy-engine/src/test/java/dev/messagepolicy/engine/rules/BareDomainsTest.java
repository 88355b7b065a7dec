package dev.messagepolicy.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.messagepolicy.engine.normalize.Deobfuscated;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/** BareDomains reads only the runs that hold a dot: the same domains as deciding every character. */
class BareDomainsTest {

  @Test
  void sameDomainsAsTheScanOfEveryCharacter() {
    String[] pieces = {"a", "b", "my-shop", "de", "com", "co", "uk", "ly", "pdf", "kg", "p", "es", ".", ".", "..", " ",
        " ", "@", "-", "/x", "?q", "1", "2.4", "é", "\uE000", "Best", "\n", ",", ")"};
    Random random = new Random(7);
    int withDomains = 0;
    for (int n = 0; n < 200_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(20); k >= 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String s = text.toString();
      IntPredicate titleCase = i -> i < s.length() && Character.isUpperCase(s.charAt(i));
      List<String> expected = asStrings(everyCharacter(s, titleCase));
      assertEquals(expected, asStrings(BareDomains.find(s, titleCase)), s);
      withDomains += expected.isEmpty() ? 0 : 1;
    }
    assertTrue(withDomains > 2_000, "too few texts with domains: " + withDomains);
  }

  private static List<String> asStrings(List<int[]> spans) {
    List<String> strings = new ArrayList<>();
    spans.forEach(span -> strings.add(span[0] + "-" + span[1]));
    return strings;
  }

  /**
   * The scan before: every character decided, each run of host characters and dots read from its
   * first host character. Reading a run did not change ({@link BareDomains#readRun}); finding the
   * runs did.
   */
  private static List<int[]> everyCharacter(String text, IntPredicate titleCase) {
    List<int[]> result = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (Deobfuscated.isHostChar(text.charAt(i))) {
        i = BareDomains.readRun(text, i, titleCase, result);
      } else {
        i++;
      }
    }
    return result;
  }
}
