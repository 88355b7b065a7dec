package dev.messagepolicy.maven;

import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.report.AtomicFiles;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/**
 * The baseline file on disk: read it (a missing file is no baseline), write it atomically, and
 * apply it to a check's findings, telling the user what it accepted and what has gone stale.
 */
final class BaselineFile {

  /** The file the {@code baseline} goal writes and {@code check} reads unless told otherwise. */
  static final String DEFAULT_NAME = "message-policy-baseline.json";

  private BaselineFile() {}

  static Optional<Baseline> read(Path file) throws MojoExecutionException {
    if (file == null || !Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Baseline.parse(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (CharacterCodingException e) {
      throw unreadable(file, "not UTF-8 text", e);
    } catch (IOException | RuntimeException e) {
      throw unreadable(file, e.getMessage(), e);
    }
  }

  static void write(Path file, Baseline baseline) throws MojoExecutionException {
    try {
      AtomicFiles.write(file, baseline.render());
    } catch (IOException e) {
      throw new MojoExecutionException("cannot write the message-policy baseline " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The findings that the baseline at {@code file} does not accept (all of them without a
   * baseline). Logs how many it accepted, and warns about each stale entry.
   */
  static List<Finding> notAccepted(Path file, List<Finding> findings, Log log) throws MojoExecutionException {
    Optional<Baseline> baseline = read(file);
    if (baseline.isEmpty()) {
      return findings;
    }
    Baseline.Comparison comparison = baseline.get().compare(findings);
    log.info("message-policy: " + comparison.accepted().size() + " of " + findings.size()
        + " findings accepted by the baseline " + file);
    if (!comparison.stale().isEmpty()) {
      StringBuilder warning = new StringBuilder("message-policy: ").append(comparison.stale().size())
          .append(" stale baseline entr").append(comparison.stale().size() == 1 ? "y" : "ies")
          .append(" (fixed findings; run message-policy:baseline to drop them) in ").append(file).append(':');
      for (Baseline.Stale stale : comparison.stale()) {
        warning.append("\n  ").append(stale.key()).append(stale.count() > 1 ? " x" + stale.count() : "");
      }
      log.warn(warning.toString());
    }
    return comparison.fresh();
  }

  private static MojoExecutionException unreadable(Path file, String why, Exception cause) {
    return new MojoExecutionException("cannot read the message-policy baseline " + file + ": " + why
        + "; write it again with mvn message-policy:baseline", cause);
  }
}
