package dev.messagepolicy.engine.finding;

/** How serious a finding is; the build fails at or above the configured severity. */
public enum Severity {
  ERROR,
  WARNING,
  NOTE;

  /** Whether this severity is at least as serious as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }
}
