package dev.messagepolicy.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** A Maven log that also keeps what was logged, with its level, for assertions. */
final class RecordingLog extends SystemStreamLog {

  final List<String> lines = new ArrayList<>();

  @Override
  public void error(CharSequence content) {
    lines.add("[ERROR] " + content);
    super.error(content);
  }

  @Override
  public void warn(CharSequence content) {
    lines.add("[WARNING] " + content);
    super.warn(content);
  }

  @Override
  public void info(CharSequence content) {
    lines.add("[INFO] " + content);
    super.info(content);
  }

  List<String> errors() {
    return lines.stream().filter(l -> l.startsWith("[ERROR] ")).map(l -> l.substring(8)).toList();
  }
}
