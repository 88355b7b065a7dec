package dev.messagepolicy.engine.docs;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.messagepolicy.engine.rules.RuleDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Renders the rule documentation, {@code docs/rules/<id>.md} and its {@code README.md} index,
 * from the rules' metadata and an optional hand-written side file per rule (why, a failing and
 * a passing example) under {@value #SIDE_FILES}, through Mustache templates, as Error Prone
 * renders its bug-pattern pages. A rule without a side file still gets a page from its metadata.
 */
public final class RuleDocs {

  /** Where the hand-written parts of the pages live, as class-path resources. */
  public static final String SIDE_FILES = "dev/messagepolicy/engine/rules/docs/";

  /** The command that regenerates {@code docs/rules}, run from the repository root. */
  public static final String COMMAND =
      "mvn -q install -DskipTests -pl policy-annotations,policy-engine && mvn -q -pl policy-engine exec:java@rule-docs";

  /**
   * Rules that a suppression cannot silence (PolicyEngine's list): they guard the parse and the
   * suppressions themselves. {@code RuleDocsTest} holds the two lists together.
   */
  static final Set<String> UNSUPPRESSIBLE = Set.of("suppression-justification", "template-syntax");

  private final Mustache rulePage = compile("rule.md.mustache");
  private final Mustache index = compile("index.md.mustache");

  /** The pages, by file name ({@code no-links.md}, {@code README.md}), sorted. */
  public Map<String, String> render(List<RuleDescriptor> rules) {
    Map<String, String> pages = new TreeMap<>();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (RuleDescriptor rule : rules) {
      Map<String, Object> scope = scope(rule);
      pages.put(rule.id() + ".md", run(rulePage, scope));
      rows.add(scope);
    }
    Map<String, Object> indexScope = new LinkedHashMap<>();
    indexScope.put("command", COMMAND);
    indexScope.put("rules", rows);
    pages.put("README.md", run(index, indexScope));
    return pages;
  }

  private static Map<String, Object> scope(RuleDescriptor rule) {
    String sideFilePath = SIDE_FILES + rule.id() + ".md";
    Optional<String> examples = sideFile(sideFilePath);
    Map<String, Object> scope = new LinkedHashMap<>();
    scope.put("id", rule.id());
    scope.put("summary", oneLine(rule.summary()));
    scope.put("severity", rule.severity().name());
    scope.put("guideline", rule.guideline().isBlank() ? "(not stated in the rule's metadata)" : rule.guideline().strip());
    scope.put("suppressible", !UNSUPPRESSIBLE.contains(rule.id()));
    scope.put("sideFilePath", sideFilePath);
    scope.put("sideFile", examples.isPresent() ? "policy-engine/src/main/resources/" + sideFilePath : null);
    scope.put("examples", examples.orElse(null));
    scope.put("command", COMMAND);
    return scope;
  }

  private static Optional<String> sideFile(String path) {
    try (InputStream in = RuleDocs.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        return Optional.empty();
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n").strip();
      return text.isEmpty() ? Optional.empty() : Optional.of(text + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /** A summary is a table cell: one line, no pipe, no final period (added by the page). */
  private static String oneLine(String text) {
    String line = text.strip().replace('\n', ' ').replace("|", "\\|");
    return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
  }

  private static Mustache compile(String name) {
    String path = "dev/messagepolicy/engine/docs/" + name;
    try (InputStream in = RuleDocs.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new DefaultMustacheFactory().compile(new java.io.StringReader(text), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String run(Mustache template, Map<String, Object> scope) {
    StringWriter out = new StringWriter();
    template.execute(out, scope);
    return out.toString();
  }
}
