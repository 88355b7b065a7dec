package dev.messagepolicy.maven;

import dev.messagepolicy.engine.finding.Finding;
import java.nio.file.Path;
import org.apache.maven.plugin.logging.Log;

/**
 * Prints findings the way Maven's compiler and Checkstyle do, {@code file:[line,col] [rule] message},
 * with the absolute path so that IDE consoles can link it; errors at error level, warnings at
 * warning level, notes at info level.
 */
final class FindingPrinter {

  private final Log log;
  private final Path basedir;

  FindingPrinter(Log log, Path basedir) {
    this.log = log;
    this.basedir = basedir;
  }

  void print(Finding finding) {
    String line = format(finding);
    switch (finding.severity()) {
      case ERROR -> log.error(line);
      case WARNING -> log.warn(line);
      default -> log.info(line);
    }
    if (log.isDebugEnabled()) {
      String caret = finding.caretExcerpt();
      if (!caret.isEmpty()) {
        log.debug(caret);
      }
      if (!finding.hint().isEmpty()) {
        log.debug("hint: " + finding.hint());
      }
    }
  }

  String format(Finding finding) {
    Path file = basedir.resolve(finding.position().file()).normalize();
    return file + ":[" + finding.position().line() + "," + finding.position().column() + "] " + finding.headline();
  }
}
