package dev.messagepolicy.processor;

import dev.messagepolicy.engine.finding.Severity;
import java.util.Locale;
import java.util.Optional;
import javax.tools.Diagnostic;

/**
 * The {@code messagepolicy.failOnSeverity} option: findings at or above it are javac errors,
 * the others warnings (notes stay notes). {@link #NONE} never fails the compilation, so that a
 * build can go on to the plugin's {@code check} goal, which fails it with a full report.
 */
enum FailOnSeverity {
  ERROR(Severity.ERROR),
  WARNING(Severity.WARNING),
  NONE(null);

  private final Severity threshold;

  FailOnSeverity(Severity threshold) {
    this.threshold = threshold;
  }

  /** The option value, in any letter case, or empty when it names no setting. */
  static Optional<FailOnSeverity> parse(String value) {
    for (FailOnSeverity candidate : values()) {
      if (candidate.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The kind of javac diagnostic a finding of {@code severity} becomes. */
  Diagnostic.Kind kindFor(Severity severity) {
    if (threshold != null && severity.atLeast(threshold)) {
      return Diagnostic.Kind.ERROR;
    }
    return severity == Severity.NOTE ? Diagnostic.Kind.NOTE : Diagnostic.Kind.WARNING;
  }
}
