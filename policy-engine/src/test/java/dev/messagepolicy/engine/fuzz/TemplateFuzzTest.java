package dev.messagepolicy.engine.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.Reason;
import dev.messagepolicy.engine.source.Anchor;
import dev.messagepolicy.engine.source.DirectoryTemplateLocator;
import dev.messagepolicy.engine.source.SourcePosition;
import dev.messagepolicy.engine.source.SourceText;
import dev.messagepolicy.engine.source.Suppression;
import dev.messagepolicy.engine.source.TemplateFiles;
import dev.messagepolicy.engine.source.TemplateLocator;
import dev.messagepolicy.engine.source.TemplateMetadata;
import dev.messagepolicy.engine.source.TemplateSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Fuzzes template loading, front matter, Mustache parsing and every rule. Without
 * {@code JAZZER_FUZZ} each method runs once per file of its seed corpus
 * ({@code src/test/resources/dev/messagepolicy/engine/fuzz/TemplateFuzzTestInputs/<method>/}):
 * the regression test of {@code mvn verify}. With {@code JAZZER_FUZZ=1} Jazzer mutates those
 * seeds for {@code maxDuration} (see README.md, "Robustness"). A crash or hang it finds goes into
 * the corpus as a new file, and so into the regression test.
 */
class TemplateFuzzTest {

  /**
   * A standalone template file as the plugin reads it: strict UTF-8 decoding, front matter,
   * body, partials (one of which is the file itself, so that self-inclusion is reached).
   */
  @FuzzTest(maxDuration = "10m")
  void templateFile(byte[] bytes) {
    String content;
    try {
      content = DirectoryTemplateLocator.decode(bytes, "t.mustache");
    } catch (IllegalArgumentException notText) {
      return; // not UTF-8 or binary: the locator reports it; the broken-input catalogue checks how
    }
    TemplateSource source = TemplateFiles.read("t.mustache", "t.mustache", content, Marketplace.DE);
    EveryRule.check(source, partials(content));
  }

  /**
   * A template class as the processor hands it over: the first two bytes choose reason, critical
   * flag, marketplace and a suppression; the first line is the subject, the rest the body.
   */
  @FuzzTest(maxDuration = "10m")
  void templateClass(byte[] bytes) {
    if (bytes.length < 2) {
      return;
    }
    String text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_8);
    int newline = text.indexOf('\n');
    String subject = newline < 0 ? text : text.substring(0, newline);
    String body = newline < 0 ? "" : text.substring(newline + 1);
    Reason[] reasons = Reason.values();
    Marketplace[] marketplaces = Marketplace.values();
    int choice = bytes[0] & 0xff;
    Reason reason = choice % (reasons.length + 1) == reasons.length ? null : reasons[choice % (reasons.length + 1)];
    Marketplace marketplace = marketplaces[(bytes[1] & 0x7f) % marketplaces.length];
    if (marketplace == Marketplace.BUILD_DEFAULT) {
      marketplace = Marketplace.US;
    }
    boolean critical = (bytes[1] & 0x80) != 0;
    List<Suppression> suppressions = (choice & 0x80) != 0
        ? List.of(new Suppression(List.of("no-links", "no-promotions"), ""))
        : List.of();
    TemplateMetadata metadata = new TemplateMetadata(reason, critical, marketplace, null, suppressions);
    String file = "src/main/java/com/example/Fuzzed.java";
    TemplateSource source = new TemplateSource("com.example.Fuzzed", file, metadata,
        new SourceText(file, subject, 5, 16),
        new TemplateSource.Inline(new SourceText(file, body, 6, 13), ""),
        Map.of(Anchor.TEMPLATE, new SourcePosition(file, 9, 15)), List.of());
    EveryRule.check(source, partials(body));
  }

  private static TemplateLocator partials(String self) {
    Map<String, String> files = Map.of(
        "footer.mustache", "Regards,\n{{#more}}{{> footer}}{{/more}}{{shop}}\n",
        "loop.mustache", "{{> loop}}",
        "self.mustache", self);
    return path -> files.containsKey(path)
        ? new TemplateLocator.Found(SourceText.ofFile(path, files.get(path)))
        : new TemplateLocator.Missing("fuzz partials");
  }
}
