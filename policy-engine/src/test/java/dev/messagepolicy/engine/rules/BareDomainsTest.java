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

  /** The scan before: every character decided, each run of host characters and dots read. */
  private static List<int[]> everyCharacter(String text, IntPredicate titleCase) {
    List<int[]> result = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!Deobfuscated.isHostChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      int lastDot = -1;
      int dot = -1;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (c == '.') {
          dot = i;
        } else if (Deobfuscated.isHostChar(c)) {
          lastDot = dot;
        } else {
          break;
        }
        i++;
      }
      int end = i;
      while (end > start && text.charAt(end - 1) == '.') {
        end--;
      }
      boolean email = start > 0 && text.charAt(start - 1) == '@' || i < text.length() && text.charAt(i) == '@';
      int withPath = withPath(text, end);
      boolean abbreviation = lastDot == start + 1 && Character.isLetter(text.charAt(start)) && end - lastDot - 1 == 2;
      if (!email && lastDot > start && !titleCase.test(lastDot + 1) && BareDomains.isDomain(text.substring(start, end))
          && (withPath > end || !abbreviation)) {
        result.add(new int[] {start, withPath});
      }
    }
    return result;
  }

  private static int withPath(String text, int end) {
    if (end < text.length() && (text.charAt(end) == '/' || text.charAt(end) == '?')) {
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      while (end > 0 && ".,;:!?)".indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
    }
    return end;
  }
}
