package dev.messagepolicy.engine.robustness;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.engine.fuzz.EveryRule;
import dev.messagepolicy.engine.source.SourceText;
import dev.messagepolicy.engine.source.TemplateFiles;
import dev.messagepolicy.engine.source.TemplateLocator;
import dev.messagepolicy.engine.source.TemplateSource;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs built to make a matcher go quadratic or exponential, run through parsing and every rule.
 * The bound is generous (each takes about a second alone, up to 8 s on two cores shared with other
 * builds): only a blow-up breaks it, not a slow machine; a quadratic matcher at these sizes takes
 * minutes. The usual culprits are nested quantifiers in a backtracking regex, re-scanning
 * from every start position, and recursion over nesting.
 */
class AdversarialInputTest {

  private static final Duration BOUND = Duration.ofSeconds(30);
  private static final int RUN = 100_000;
  private static final int LAUGHS = 20;

  static Stream<Arguments> inputs() {
    return Stream.of(
        input("100,000 × 'a'", "a".repeat(RUN)),
        input("100,000 × '.'", ".".repeat(RUN)),
        input("100,000 × '9'", "9".repeat(RUN)),
        input("100,000 × '@'", "@".repeat(RUN)),
        input("100,000 × ' '", " ".repeat(RUN)),
        input("100,000 × newline", "\n".repeat(RUN)),
        input("100,000 × 'ü'", "ü".repeat(RUN)),
        input("100,000 × emoji", "😀".repeat(RUN / 2)),
        input("100,000 × '{'", "{".repeat(RUN)),
        input("100,000 × '}'", "}".repeat(RUN)),
        input("www. repeated", "www.".repeat(RUN / 4)),
        input("a. repeated (one long domain)", "a.".repeat(RUN / 2) + "de"),
        input("digits and dots", "1.2.".repeat(RUN / 4)),
        input("e-mail-like run", "a@b.".repeat(RUN / 4)),
        input("http:// repeated", "http://".repeat(RUN / 7)),
        input("words of a promotion phrase, never completed", "50 % off your next ".repeat(RUN / 20)),
        input("[Important] repeated", "[Important] ".repeat(RUN / 12)),
        input("10,000 nested sections, closed", "{{#s}}".repeat(10_000) + "x" + "{{/s}}".repeat(10_000)),
        input("10,000 nested sections, never closed", "{{#s}}".repeat(10_000)),
        input("10,000 unmatched end tags", "{{/s}}".repeat(10_000)),
        input("10,000 nested brackets", "(".repeat(10_000) + "[".repeat(10_000)),
        input("10,000 variables", "{{v}}.".repeat(10_000)),
        input("a link split by 10,000 variables", "www." + "{{v}}.".repeat(10_000) + "de"),
        input("10,000 partial includes", "{{> footer}}\n".repeat(10_000)),
        input("front matter of 10,000 unknown keys", "---\n" + "k: v\n".repeat(10_000) + "---\nbody"),
        input("front matter never closed", "---\n" + "reason: ORDER_DETAILS\n".repeat(10_000)),
        // Blow-ups this test found, each fixed: an HTML walk that recursed per element (a
        // StackOverflowError), no-links searching back over the whole line per candidate, every
        // tag copying its whole source line (quadratic on one long line), and a partial as large
        // as the template inlined once per include (now bounded by the template size limit).
        input("10,000 nested HTML elements", "<b>".repeat(10_000) + "x" + "</b>".repeat(10_000)),
        input("one 1 MB line", "Bitte ".repeat(1024 * 1024 / 6)),
        input("10,000 self-including partials", "{{#s}}{{> self}}{{/s}}".repeat(10_000)),
        input("10,000 set-delimiter tags", "{{=<% %>=}}<%={{ }}=%>".repeat(10_000)),
        input("20 partials each including the next twice", "{{> laugh0}}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void finishesWellWithinTheBound(String name, String content) {
    TemplateSource source = TemplateFiles.read("t.mustache", "t.mustache", content, Marketplace.DE);
    TemplateLocator locator = path -> switch (path) {
      case "footer.mustache" -> new TemplateLocator.Found(SourceText.ofFile(path, "Regards, {{shop}}\n"));
      case "self.mustache" -> new TemplateLocator.Found(SourceText.ofFile(path, content));
      default -> laugh(path);
    };
    assertTimeoutPreemptively(BOUND, () -> EveryRule.check(source, locator), name);
  }

  /** {@code laugh0} … {@code laugh19}: each includes the next twice, 2^19 copies of the last. */
  private static TemplateLocator.Loaded laugh(String path) {
    for (int i = 0; i < LAUGHS; i++) {
      if (path.equals("laugh" + i + ".mustache")) {
        String text = i + 1 < LAUGHS ? "{{> laugh" + (i + 1) + "}} {{> laugh" + (i + 1) + "}}" : "lol ";
        return new TemplateLocator.Found(SourceText.ofFile(path, text));
      }
    }
    return new TemplateLocator.Missing("adversarial partials");
  }

  private static Arguments input(String name, String content) {
    return Arguments.of(name, content);
  }
}
