package dev.messagepolicy.engine.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.messagepolicy.engine.source.SourceText;
import dev.messagepolicy.engine.source.TemplateLocator;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * How far partials are inlined: the text with its partials is bounded by the template size limit,
 * a limit that is reached is reported once at the tag that reaches it, and every partial is read
 * and checked once however often it is included.
 */
class PartialExpansionTest {

  private static final Duration GENEROUS = Duration.ofSeconds(10);

  /** The partials {@code files}, counting how often each path is looked up. */
  private static final class Partials implements TemplateLocator {
    final Map<String, String> files;
    final Map<String, AtomicInteger> lookups = new HashMap<>();

    Partials(Map<String, String> files) {
      this.files = files;
    }

    @Override
    public Loaded load(String path) {
      lookups.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
      return files.containsKey(path)
          ? new Found(SourceText.ofFile(path, files.get(path)))
          : new Missing("test partials");
    }
  }

  private static ParsedPart parse(String template, TemplateLocator partials, long limit) {
    return new TemplateParser(partials, limit).parse(SourceText.ofFile("t.mustache", template), "t.mustache",
        MessagePart.Kind.BODY);
  }

  /** {@code levels} partials l0 … l(n-1), each including the next twice; the last is "lol". */
  private static Partials laughs(int levels) {
    Map<String, String> files = new HashMap<>();
    for (int i = 0; i < levels - 1; i++) {
      files.put("l" + i + ".mustache", "{{> l" + (i + 1) + "}}\n{{> l" + (i + 1) + "}}");
    }
    files.put("l" + (levels - 1) + ".mustache", "lol ");
    return new Partials(files);
  }

  @Test
  void billionLaughsStopAtTheLimitWithOneErrorAtTheTagThatReachesIt() {
    // 30 levels would inline 2^29 copies of "lol "; the limit stops it after about 64 KB.
    long limit = 64 * 1024;
    ParsedPart parsed = assertTimeoutPreemptively(GENEROUS, () -> parse("{{> l0}}", laughs(30), limit));

    assertEquals(1, parsed.errors().size(), parsed.errors().toString());
    SyntaxError error = parsed.errors().get(0);
    assertTrue(error.message().contains("over the template size limit of 65536 bytes"), error.message());
    // Depth first, 65,525 bytes are inlined when l24's second tag would add l25's 19 bytes.
    assertEquals("l24.mustache:2:1", error.position().toString());
    assertTrue(error.message().contains("would reach 65544 bytes"), error.message());
    assertTrue(parsed.part().skeleton().length() <= limit, "skeleton of " + parsed.part().skeleton().length());
    assertTrue(parsed.part().skeleton().startsWith("lol \nlol "), parsed.part().skeleton().substring(0, 20));
  }

  @Test
  void tenLevelsOfTwoIncludesStayUnderTheDefaultLimitAndAreInlinedWhole() {
    ParsedPart parsed = parse("{{> l0}}", laughs(10), 1024 * 1024);

    assertEquals(List.of(), parsed.errors());
    String skeleton = parsed.part().skeleton();
    assertEquals("lol ".repeat(512), skeleton.replace("\n", ""));
    assertEquals(512 * 4 + 511, skeleton.length());
  }

  @Test
  void theTemplateItselfCountsTowardTheLimit() {
    Partials partials = new Partials(Map.of("footer.mustache", "x".repeat(100)));

    // As written, tags included: 888 + 12 ("{{> footer}}") + 100 bytes.
    assertEquals(List.of(), parse("a".repeat(888) + "{{> footer}}", partials, 1000).errors());
    List<SyntaxError> errors = parse("a".repeat(889) + "{{> footer}}", partials, 1000).errors();
    assertEquals(1, errors.size(), errors.toString());
    assertEquals("t.mustache:1:890", errors.get(0).position().toString());
    assertTrue(errors.get(0).message().contains("would reach 1001 bytes"), errors.get(0).message());
  }

  @Test
  void sizesAreUtf8Bytes() {
    // 400 'ü' are 800 bytes: with a 300-byte partial the template is over 1000 bytes.
    Partials partials = new Partials(Map.of("footer.mustache", "x".repeat(300)));

    assertEquals(1, parse("ü".repeat(400) + "{{> footer}}", partials, 1000).errors().size());
  }

  @Test
  void aPartialIncludedTenThousandTimesIsLookedUpAndCheckedOnce() {
    Partials partials = new Partials(Map.of("footer.mustache", "Regards, {{shop}} {{/oops}}\n"));

    ParsedPart parsed = assertTimeoutPreemptively(GENEROUS,
        () -> parse("{{> footer}}\n".repeat(10_000), partials, 1024 * 1024));

    assertEquals(1, partials.lookups.get("footer.mustache").get());
    // The partial's own error is reported once, not once per include.
    assertEquals(1, parsed.errors().size(), parsed.errors().toString());
    assertEquals("footer.mustache:1:19", parsed.errors().get(0).position().toString());
    assertEquals(10_000, parsed.part().variables().size());
  }

  @Test
  void tenThousandIncludesOfAPartialAsLargeAsTheTemplateStopAtTheLimit() {
    String template = "{{#s}}{{> self}}{{/s}}".repeat(10_000);
    Partials partials = new Partials(Map.of("self.mustache", template));

    ParsedPart parsed = assertTimeoutPreemptively(GENEROUS, () -> parse(template, partials, 1024 * 1024));

    assertEquals(1, parsed.errors().size(), parsed.errors().toString());
    assertTrue(parsed.errors().get(0).message().startsWith("partial 'self' is not inlined"), parsed.errors().toString());
  }

  @Test
  void aPartialThatIncludesItselfInsideASectionIsRecursionAndFollowedOnce() {
    String node = "{{name}}{{#children}}{{> node}}{{/children}}";
    Partials partials = new Partials(Map.of("node.mustache", node));

    ParsedPart parsed = parse("{{> node}}".repeat(3), partials, 1024 * 1024);

    assertEquals(List.of(), parsed.errors());
    assertEquals(3, parsed.part().variables().size());
  }

  @Test
  void aTemplateThatIncludesItselfTenThousandTimesInsideSectionsIsNoCycleAndCheap() {
    String template = "{{#s}}{{> t}}{{/s}}".repeat(10_000);

    ParsedPart parsed = assertTimeoutPreemptively(GENEROUS,
        () -> parse(template, new Partials(Map.of("t.mustache", template)), 1024 * 1024));

    assertEquals(List.of(), parsed.errors());
  }

  @Test
  void tenThousandSetDelimiterTagsOnOneLineAreLinear() {
    String template = "{{=<% %>=}}<%={{ }}=%>".repeat(10_000) + "{{x}}";

    ParsedPart parsed = assertTimeoutPreemptively(GENEROUS, () -> parse(template, new Partials(Map.of()), 1024 * 1024));

    assertEquals(List.of(), parsed.errors());
    assertEquals(20_001, parsed.part().tags().size());
    assertEquals(1, parsed.part().variables().size());
  }
}
