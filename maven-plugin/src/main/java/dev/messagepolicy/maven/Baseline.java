package dev.messagepolicy.maven;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.messagepolicy.engine.finding.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The findings a project has accepted for now ({@code message-policy-baseline.json}): a multiset
 * of (rule, template, excerpt). Line and column are left out on purpose, so that editing other
 * lines of a template keeps its accepted findings matched; the count keeps two equal findings
 * in one template apart from one.
 */
final class Baseline {

  /** What a finding is matched by. */
  record Key(String rule, String template, String excerpt) implements Comparable<Key> {

    private static final Comparator<Key> ORDER =
        Comparator.comparing(Key::rule).thenComparing(Key::template).thenComparing(Key::excerpt);

    static Key of(Finding finding) {
      return new Key(finding.rule(), finding.templateId(), finding.excerpt());
    }

    @Override
    public int compareTo(Key other) {
      return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
      return "[" + rule + "] " + template + ": \"" + excerpt + "\"";
    }
  }

  /** A baseline entry that no current finding matched any more, with how many times. */
  record Stale(Key key, int count) {}

  /**
   * The current findings split against the baseline.
   *
   * @param accepted findings the baseline covers
   * @param fresh findings it does not cover: these can fail the build
   * @param stale entries left over: fixed findings, which the baseline can drop
   */
  record Comparison(List<Finding> accepted, List<Finding> fresh, List<Stale> stale) {}

  static final int SCHEMA_VERSION = 1;

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private final Map<Key, Integer> counts;

  private Baseline(Map<Key, Integer> counts) {
    this.counts = counts;
  }

  static Baseline of(List<Finding> findings) {
    Map<Key, Integer> counts = new TreeMap<>();
    findings.forEach(f -> counts.merge(Key.of(f), 1, Integer::sum));
    return new Baseline(counts);
  }

  Map<Key, Integer> counts() {
    return Map.copyOf(counts);
  }

  /** Matches findings in report order; each entry covers as many findings as its count. */
  Comparison compare(List<Finding> findings) {
    Map<Key, Integer> left = new TreeMap<>(counts);
    List<Finding> accepted = new ArrayList<>();
    List<Finding> fresh = new ArrayList<>();
    for (Finding finding : findings) {
      Key key = Key.of(finding);
      int remaining = left.getOrDefault(key, 0);
      if (remaining > 0) {
        left.put(key, remaining - 1);
        accepted.add(finding);
      } else {
        fresh.add(finding);
      }
    }
    List<Stale> stale = new ArrayList<>();
    left.forEach((key, count) -> {
      if (count > 0) {
        stale.add(new Stale(key, count));
      }
    });
    return new Comparison(List.copyOf(accepted), List.copyOf(fresh), List.copyOf(stale));
  }

  /** The file's text: entries sorted by rule, template and excerpt, so equal findings give equal bytes. */
  String render() {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    ArrayNode entries = root.putArray("findings");
    counts.forEach((key, count) -> {
      ObjectNode entry = entries.addObject();
      entry.put("rule", key.rule());
      entry.put("template", key.template());
      entry.put("excerpt", key.excerpt());
      entry.put("count", count);
    });
    try {
      return MAPPER.writer(PRINTER).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a baseline file's text.
   *
   * @throws IOException with the reason when the text is not a baseline
   */
  static Baseline parse(String json) throws IOException {
    JsonNode root = MAPPER.readTree(json);
    if (root == null || root.path("schemaVersion").asInt() != SCHEMA_VERSION || !root.path("findings").isArray()) {
      throw new IOException("not a message-policy baseline (schemaVersion " + SCHEMA_VERSION + " with a findings array)");
    }
    Map<Key, Integer> counts = new TreeMap<>();
    int index = 0;
    for (JsonNode entry : root.path("findings")) {
      String rule = entry.path("rule").asText("");
      String template = entry.path("template").asText("");
      int count = entry.path("count").asInt(1);
      if (rule.isEmpty() || template.isEmpty() || count < 1) {
        throw new IOException("entry " + index + " needs a rule, a template and a count of at least 1");
      }
      counts.merge(new Key(rule, template, entry.path("excerpt").asText("")), count, Integer::sum);
      index++;
    }
    return new Baseline(counts);
  }
}
