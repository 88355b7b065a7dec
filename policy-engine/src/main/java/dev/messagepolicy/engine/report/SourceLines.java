package dev.messagepolicy.engine.report;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The lines of a project file, so that a report can show the template text around a finding.
 * A report is still complete without them: a writer then shows the finding's own source line.
 */
@FunctionalInterface
public interface SourceLines {

  /** Files larger than this are not read for context (a report must not load a 50 MB template). */
  long MAX_BYTES = 1024 * 1024;

  /** The lines of {@code file} (project-relative, with {@code /}), or an empty list when unknown. */
  List<String> of(String file);

  /** No file is known. */
  static SourceLines none() {
    return file -> List.of();
  }

  /** Reads files under {@code basedir}; a missing, large, binary or outside file is unknown. */
  static SourceLines under(Path basedir) {
    Path base = basedir.toAbsolutePath().normalize();
    return file -> {
      if (file == null || file.isEmpty()) {
        return List.of();
      }
      try {
        Path path = base.resolve(file).normalize();
        if (!path.startsWith(base) || !Files.isRegularFile(path) || Files.size(path) > MAX_BYTES) {
          return List.of();
        }
        return Files.readString(path, StandardCharsets.UTF_8).lines().toList();
      } catch (CharacterCodingException e) {
        return List.of();
      } catch (IOException | RuntimeException e) {
        // An unreadable file (or a path the file system rejects) only costs the context lines.
        return List.of();
      }
    };
  }
}
