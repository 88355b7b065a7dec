package dev.messagepolicy.engine.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.messagepolicy.engine.SharedFiles;
import dev.messagepolicy.engine.source.SourcePosition;
import dev.messagepolicy.engine.source.SourceText;
import dev.messagepolicy.engine.source.TemplateLocator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The Mustache specification's own tests (shared/mustache-spec, core specs) as a yardstick for
 * template handling: every template parses without a syntax error, and every character and tag
 * of the parsed part maps back to the very character or tag in its source.
 */
class MustacheSpecTest {

  private static final List<String> CORE_SPECS =
      List.of("comments", "delimiters", "interpolation", "inverted", "partials", "sections");

  /**
   * Spec cases where a finding is right for us though the spec renders quietly: the spec renders
   * a missing partial as empty text, while a shop's missing partial is a broken message.
   */
  private static final Set<String> EXPECTED_FINDING = Set.of("partials/Failed Lookup");

  @TestFactory
  Stream<DynamicTest> everyCoreTemplateParsesWithExactPositions() throws IOException {
    Path specDir = SharedFiles.dir().resolve("mustache-spec");
    ObjectMapper mapper = new ObjectMapper();
    List<DynamicTest> tests = new ArrayList<>();
    for (String spec : CORE_SPECS) {
      JsonNode root = mapper.readTree(specDir.resolve(spec + ".json").toFile());
      for (JsonNode test : root.path("tests")) {
        String name = spec + "/" + test.path("name").asText();
        tests.add(DynamicTest.dynamicTest(name, () -> check(name, test)));
      }
    }
    assertTrue(tests.size() > 100, "expected the core spec tests, found " + tests.size());
    return tests.stream();
  }

  private static void check(String name, JsonNode test) {
    Map<String, String> files = new HashMap<>();
    test.path("partials").fields().forEachRemaining(e -> files.put(e.getKey() + ".mustache", e.getValue().asText()));
    TemplateLocator locator = path -> files.containsKey(path)
        ? new TemplateLocator.Found(SourceText.ofFile(path, files.get(path)))
        : new TemplateLocator.Missing("spec test partials");
    String template = test.path("template").asText();
    files.put("template.mustache", template);

    ParsedPart parsed = new TemplateParser(locator).parse(SourceText.ofFile("template.mustache", template),
        "template.mustache", MessagePart.Kind.BODY);

    if (EXPECTED_FINDING.contains(name)) {
      assertEquals(1, parsed.errors().size(), parsed.errors().toString());
      return;
    }
    assertEquals(List.of(), parsed.errors(), name);
    MessagePart part = parsed.part();
    String skeleton = part.skeleton();
    for (int i = 0; i < skeleton.length(); i++) {
      if (skeleton.charAt(i) == MessagePart.PLACEHOLDER) {
        continue;
      }
      SourcePosition at = part.positionOf(i);
      assertEquals(skeleton.charAt(i), charAt(files.get(at.file()), at),
          name + ": skeleton character " + i + " maps to " + at);
    }
    for (Tag tag : part.tags()) {
      String source = files.get(tag.position().file());
      int offset = offsetOf(source, tag.position());
      assertTrue(source.startsWith(tag.source(), offset), name + ": tag " + tag + " not at " + tag.position());
    }
  }

  private static char charAt(String text, SourcePosition position) {
    return text.charAt(offsetOf(text, position));
  }

  /** Offset of a 1-based line and column, counting \n, \r\n and lone \r as line breaks. */
  private static int offsetOf(String text, SourcePosition position) {
    int line = 1;
    int i = 0;
    while (line < position.line()) {
      char c = text.charAt(i++);
      if (c == '\n' || (c == '\r' && (i == text.length() || text.charAt(i) != '\n'))) {
        line++;
      }
    }
    return i + position.column() - 1;
  }
}
