package dev.messagepolicy.engine.report;

import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.finding.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many findings each rule has, per severity: the per-rule summary of the console, the HTML
 * and the Markdown report. Sorted by rule id; only rules with findings (or suppressed ones).
 */
public record RuleCounts(String rule, long errors, long warnings, long notes, long suppressed) {

  public long total() {
    return errors + warnings + notes;
  }

  /** The counts of every rule that has a finding or a suppressed finding in {@code report}. */
  public static List<RuleCounts> of(Report report) {
    Map<String, Map<Severity, Long>> bySeverity = new TreeMap<>();
    Map<String, Long> suppressed = new TreeMap<>();
    for (Finding finding : report.findings()) {
      bySeverity.computeIfAbsent(finding.rule(), r -> new EnumMap<>(Severity.class))
          .merge(finding.severity(), 1L, Long::sum);
    }
    for (Report.Suppressed s : report.suppressed()) {
      bySeverity.computeIfAbsent(s.finding().rule(), r -> new EnumMap<>(Severity.class));
      suppressed.merge(s.finding().rule(), 1L, Long::sum);
    }
    return bySeverity.entrySet().stream().map(e -> new RuleCounts(e.getKey(),
        e.getValue().getOrDefault(Severity.ERROR, 0L), e.getValue().getOrDefault(Severity.WARNING, 0L),
        e.getValue().getOrDefault(Severity.NOTE, 0L), suppressed.getOrDefault(e.getKey(), 0L))).toList();
  }

  /** {@code 2 errors, 1 warning}: the non-zero counts, or {@code no findings}. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    append(text, errors, "error");
    append(text, warnings, "warning");
    append(text, notes, "note");
    append(text, suppressed, "suppressed");
    return text.length() == 0 ? "no findings" : text.toString();
  }

  private static void append(StringBuilder text, long count, String noun) {
    if (count == 0) {
      return;
    }
    if (text.length() > 0) {
      text.append(", ");
    }
    text.append(count).append(' ').append(noun);
    if (count != 1 && !noun.equals("suppressed")) {
      text.append('s');
    }
  }
}
