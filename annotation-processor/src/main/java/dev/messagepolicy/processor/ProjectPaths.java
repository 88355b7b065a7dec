package dev.messagepolicy.processor;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Names source files the way reports do: relative to the project base directory, with
 * {@code /}. The base is the {@code messagepolicy.projectBase} option, or else derived from the
 * source path: {@code /home/me/shop/src/main/java/com/shop/Foo.java} gives the base
 * {@code /home/me/shop} and the name {@code src/main/java/com/shop/Foo.java}, which is what the
 * Maven plugin reports for the same file.
 */
final class ProjectPaths {

  /** A file's name in findings and the project base it was taken relative to, when known. */
  record Named(String name, Optional<Path> base) {}

  private final Optional<Path> configuredBase;

  ProjectPaths(Optional<Path> configuredBase) {
    this.configuredBase = configuredBase;
  }

  Optional<Path> configuredBase() {
    return configuredBase;
  }

  /** Names the source file at {@code uri} (a file, or an in-memory source as in tests). */
  Named name(URI uri) {
    Optional<Path> file = asFile(uri);
    if (configuredBase.isPresent() && file.isPresent() && file.get().startsWith(configuredBase.get())) {
      return new Named(slashes(configuredBase.get().relativize(file.get()).toString()), configuredBase);
    }
    String path = slashes(file.map(Path::toString).orElseGet(() -> pathOf(uri)));
    int src = sourceRootStart(path);
    if (src >= 0) {
      Optional<Path> base = file.isPresent() ? Optional.of(Path.of(path.substring(0, Math.max(src, 1))))
          .filter(Files::isDirectory) : Optional.empty();
      return new Named(path.substring(src + 1), configuredBase.or(() -> base));
    }
    return new Named(path.startsWith("/") ? path.substring(1) : path, configuredBase);
  }

  /** The index of the {@code /} before {@code src/}: the last {@code /src/main/} or {@code /src/test/}, else the last {@code /src/}. */
  static int sourceRootStart(String path) {
    int standard = Math.max(path.lastIndexOf("/src/main/"), path.lastIndexOf("/src/test/"));
    return standard >= 0 ? standard : path.lastIndexOf("/src/");
  }

  private static Optional<Path> asFile(URI uri) {
    try {
      if ("file".equals(uri.getScheme())) {
        return Optional.of(Path.of(uri).toAbsolutePath().normalize());
      }
    } catch (RuntimeException e) {
      // Not a path on this file system: named from the URI below.
    }
    return Optional.empty();
  }

  private static String pathOf(URI uri) {
    String path = uri.getPath();
    return path != null ? path : uri.getSchemeSpecificPart();
  }

  private static String slashes(String path) {
    return path.replace('\\', '/');
  }
}
