package dev.messagepolicy.engine.source;

import java.util.List;

/** A {@code @SuppressPolicy} (or front-matter {@code suppress:}) entry: rule ids and why. */
public record Suppression(List<String> rules, String justification) {

  public Suppression {
    rules = List.copyOf(rules);
    justification = justification == null ? "" : justification;
  }

  public boolean covers(String ruleId) {
    return rules.contains(ruleId);
  }
}
