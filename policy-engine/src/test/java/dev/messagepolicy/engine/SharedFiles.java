package dev.messagepolicy.engine;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds {@code shared/} beside the repository (the build passes it as {@code shared.dir}). */
public final class SharedFiles {

  private SharedFiles() {}

  public static Path dir() {
    String configured = System.getProperty("shared.dir");
    if (configured != null && Files.isDirectory(Path.of(configured))) {
      return Path.of(configured);
    }
    Path fromModule = Path.of("").toAbsolutePath().getParent().getParent().resolve("shared");
    if (Files.isDirectory(fromModule)) {
      return fromModule;
    }
    throw new IllegalStateException("shared/ not found: set -Dshared.dir (looked in " + configured + ", " + fromModule + ")");
  }
}
