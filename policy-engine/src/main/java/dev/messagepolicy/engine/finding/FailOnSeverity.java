package dev.messagepolicy.engine.finding;

import java.util.Locale;
import java.util.Optional;

/**
 * The {@code failOnSeverity} setting, the same for the processor and the plugin: the lowest
 * severity that fails the build, or {@link #NONE}, which never fails it (the processor then
 * reports every finding as a warning, so that a build can go on to the plugin's report).
 */
public enum FailOnSeverity {
  ERROR(Severity.ERROR),
  WARNING(Severity.WARNING),
  NONE(null);

  private final Severity threshold;

  FailOnSeverity(Severity threshold) {
    this.threshold = threshold;
  }

  /** Whether a finding of {@code severity} fails the build. */
  public boolean fails(Severity severity) {
    return threshold != null && severity.atLeast(threshold);
  }

  /** The threshold, or empty for {@link #NONE}. */
  public Optional<Severity> threshold() {
    return Optional.ofNullable(threshold);
  }

  /** Parses the setting in any letter case; a blank value is the default, {@link #ERROR}. */
  public static Optional<FailOnSeverity> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.of(ERROR);
    }
    for (FailOnSeverity candidate : values()) {
      if (candidate.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
