package dev.messagepolicy.processor;

import dev.messagepolicy.engine.finding.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Chooses which findings of one template become javac diagnostics. javac prints at most 100
 * errors and 100 warnings ({@code -Xmaxerrs}, {@code -Xmaxwarns}), so a template with thousands of
 * findings would hide every finding of the templates after it. Each template gets at most
 * {@link #PER_TEMPLATE} diagnostics: first the first finding of every rule that fired (so that no
 * kind of problem disappears behind a flood of another), then the most severe of the rest, earliest
 * first. The report keeps every finding; the caller prints one more diagnostic that counts the rest.
 */
final class DiagnosticBudget {

  /** The most findings of one template printed as diagnostics. */
  static final int PER_TEMPLATE = 20;

  /**
   * The findings to print, in their order, and the rest.
   *
   * @param hiddenByRule how many of the rest each rule has, by rule id
   */
  record Selection(List<Finding> shown, List<Finding> hidden, Map<String, Integer> hiddenByRule) {}

  private DiagnosticBudget() {}

  /** Selects from {@code findings} (in report order) at most {@code max} to print. */
  static Selection select(List<Finding> findings, int max) {
    if (findings.size() <= max) {
      return new Selection(findings, List.of(), Map.of());
    }
    Set<Finding> chosen = Collections.newSetFromMap(new IdentityHashMap<>()); // equal findings stay apart
    Map<String, Finding> firstOfRule = new LinkedHashMap<>();
    findings.forEach(f -> firstOfRule.putIfAbsent(f.rule(), f));
    chosen.addAll(firstOfRule.values());
    List<Finding> rest = new ArrayList<>(findings);
    rest.sort(Comparator.comparing(Finding::severity)); // stable: ERROR first, then by position
    for (Finding finding : rest) {
      if (chosen.size() >= max) {
        break;
      }
      chosen.add(finding);
    }
    List<Finding> shown = new ArrayList<>();
    List<Finding> hidden = new ArrayList<>();
    Map<String, Integer> hiddenByRule = new TreeMap<>();
    for (Finding finding : findings) {
      if (chosen.contains(finding)) {
        shown.add(finding);
      } else {
        hidden.add(finding);
        hiddenByRule.merge(finding.rule(), 1, Integer::sum);
      }
    }
    return new Selection(shown, hidden, hiddenByRule);
  }
}
