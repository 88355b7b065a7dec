package dev.messagepolicy.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.engine.template.MessagePart;
import dev.messagepolicy.engine.text.CorpusLines;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DigitWindowsTest {

  @Test
  void digitsFarApartMakeNoWindowAndAClusterKeepsItsContext() {
    assertTrue(DigitWindows.of("size 10, 2 pieces, delivered in 3 days").isEmpty());
    String text = "Call us on +49 (0)30 1234567 today";
    List<int[]> windows = DigitWindows.of(text);
    assertEquals(1, windows.size());
    assertTrue(text.substring(windows.get(0)[0], windows.get(0)[1]).contains("+49 (0)30 1234567"));
    assertEquals(1, NoPhoneNumbersRule.find(text, NoPhoneNumbersRule.regionsOf(Marketplace.DE)).size());
  }

  @Test
  void neighbouringClustersMergeIntoOneWindow() {
    List<int[]> windows = DigitWindows.of("12345 ab 67890");
    assertEquals(List.of("0-14"), render(windows));
  }

  static List<Object[]> texts() {
    List<Object[]> cases = new ArrayList<>();
    String[] texts = {
      "Please call (555) 214-7788 or write to us.",
      "Rufen Sie uns an: 030 12345678, Mo–Fr.",
      "Tel. +49 30 1234567 ext. 12 oder 0171 2345678",
      "Order 302-1234567-1234567 was shipped on 12.03.2026 for 19,99 €.",
      "Appelez le 01 23 45 67 89 ou le +33 6 12 34 56 78.",
      "Chiamaci al 06 1234 5678 oppure al +39 347 123 4567.",
      "Llámenos al 912 345 678 o al +34 612 34 56 78.",
      "Ring oss på 08-123 456 78 eller 070-123 45 67.",
      "Zadzwoń: 22 123 45 67 albo +48 512 345 678.",
      "Bel ons op 020 123 4567 of 06 12345678.",
      "Ligue para (11) 91234-5678.",
      "Our number: 1-800-555-0199, or +1 415 555 2671 from abroad.",
      "Firmware 2.4.1, model 10.5, serial A1B2C3D4E5, EAN 4006381333931.",
      "0301234567x12345678901234567890 digits 1 2 3 4 5 6 7 8 9 0 1 2 3",
      "+44 20 7946 0958 and +44 7700 900123",
    };
    for (String text : texts) {
      for (Marketplace marketplace : new Marketplace[] {Marketplace.US, Marketplace.DE, Marketplace.FR,
          Marketplace.IT, Marketplace.ES, Marketplace.SE, Marketplace.PL, Marketplace.NL, Marketplace.BR, Marketplace.UK}) {
        cases.add(new Object[] {text, marketplace});
      }
    }
    return cases;
  }

  /** Reading windows must find exactly what the rule finds reading the whole text as one piece. */
  @ParameterizedTest
  @MethodSource("texts")
  void windowsFindWhatTheWholeTextGives(String text, Marketplace marketplace) {
    List<int[]> whole = new ArrayList<>(NoPhoneNumbersRule.findIn(text, 0, text.length(),
        NoPhoneNumbersRule.regionsOf(marketplace)));
    whole.sort((a, b) -> Integer.compare(a[0], b[0]));
    assertEquals(render(whole), render(NoPhoneNumbersRule.find(text, NoPhoneNumbersRule.regionsOf(marketplace))));
  }

  /**
   * The rule reads leniently first and strictly only around what it finds: it must still find
   * every number libphonenumber finds valid reading the whole text strictly.
   */
  @ParameterizedTest
  @MethodSource("texts")
  void everyValidNumberOfTheWholeTextIsFound(String text, Marketplace marketplace) {
    List<int[]> found = NoPhoneNumbersRule.find(text, NoPhoneNumbersRule.regionsOf(marketplace));
    for (String region : NoPhoneNumbersRule.regionsOf(marketplace)) {
      for (PhoneNumberMatch match : PhoneNumberUtil.getInstance().findNumbers(text, region,
          PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
        assertTrue(found.stream().anyMatch(f -> f[0] <= match.start() && match.end() <= f[1]),
            () -> match.rawString() + " (" + region + ") not found in: " + text);
      }
    }
  }

  /** A variable's placeholder reads as a space: beside digits, between them, after a number sign. */
  @ParameterizedTest
  @MethodSource("texts")
  void aVariableReadsAsASpace(String text, Marketplace marketplace) {
    String spaced = text + " Order # 1234567890, ref 0301 234567.";
    String withVariables = spaced.replace(' ', MessagePart.PLACEHOLDER);
    Set<String> regions = NoPhoneNumbersRule.regionsOf(marketplace);
    assertEquals(render(NoPhoneNumbersRule.find(spaced, regions)),
        render(NoPhoneNumbersRule.find(withVariables, regions)));
  }

  /**
   * The rule reads no piece without a plus sign for region ZZ: libphonenumber finds nothing
   * there, however leniently it reads (corpus lines, the texts above, and numbers written with
   * an international call prefix instead of a plus).
   */
  @Test
  void withoutAPlusSignRegionZzFindsNothing() throws IOException {
    List<String> texts = new ArrayList<>(CorpusLines.all());
    texts.addAll(texts().stream().map(c -> (String) c[0]).toList());
    texts.addAll(List.of("0049 30 1234567", "00 44 20 7946 0958", "011 44 20 7946 0958", "tel:0049301234567",
        "49 30 1234567", "1 415 555 2671", "Call 0033 6 12 34 56 78;phone-context=example.com"));
    for (String text : texts) {
      String withoutPlus = text.replace('+', ' ').replace('\uFF0B', ' ');
      assertFalse(NoPhoneNumbersRule.hasPlusSign(withoutPlus));
      for (PhoneNumberUtil.Leniency leniency : PhoneNumberUtil.Leniency.values()) {
        assertFalse(PhoneNumberUtil.getInstance().findNumbers(withoutPlus, "ZZ", leniency, Long.MAX_VALUE)
            .iterator().hasNext(), () -> leniency + ": " + withoutPlus);
      }
    }
    assertTrue(NoPhoneNumbersRule.hasPlusSign("Tel. \uFF0B49 30 1234567"));
  }

  private static List<String> render(List<int[]> ranges) {
    return ranges.stream().map(r -> r[0] + "-" + r[1]).toList();
  }
}
