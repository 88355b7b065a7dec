package dev.messagepolicy.maven;

import dev.messagepolicy.engine.finding.Severity;
import java.util.Locale;
import java.util.Optional;

/** The {@code failOnSeverity} setting: the lowest severity that fails the build, or none. */
enum FailOnSeverity {
  ERROR(Severity.ERROR),
  WARNING(Severity.WARNING),
  NONE(null);

  private final Severity threshold;

  FailOnSeverity(Severity threshold) {
    this.threshold = threshold;
  }

  /** Whether a finding of {@code severity} counts as a violation. */
  boolean fails(Severity severity) {
    return threshold != null && severity.atLeast(threshold);
  }

  /** The threshold as users write it, for messages. */
  Optional<Severity> threshold() {
    return Optional.ofNullable(threshold);
  }

  /** Parses the setting, case-insensitively; empty for a value that is none of the three. */
  static Optional<FailOnSeverity> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.of(ERROR);
    }
    try {
      return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
