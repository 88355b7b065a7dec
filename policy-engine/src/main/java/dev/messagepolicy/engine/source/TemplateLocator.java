package dev.messagepolicy.engine.source;

/**
 * Finds template resources (bodies and partials) by class-path-style path, for instance
 * {@code messages/footer.mustache}. The processor looks in the compilation's class output and
 * source path, the plugin in the module's resource directories.
 */
@FunctionalInterface
public interface TemplateLocator {

  /** Loads the resource at {@code path}; never throws for a missing or unreadable file. */
  Loaded load(String path);

  /** The outcome of a lookup. */
  sealed interface Loaded permits Found, Missing, Unreadable {}

  /** The resource and its text. */
  record Found(SourceText text) implements Loaded {}

  /** No such resource; {@code searched} says where it was looked for. */
  record Missing(String searched) implements Loaded {}

  /**
   * The resource exists but cannot be used (not UTF-8, binary, too large, I/O error).
   *
   * @param line the 1-based line in the file where the problem is (the first byte that is not
   *     UTF-8); 1 when it concerns the whole file
   * @param column the 1-based column there
   */
  record Unreadable(String reason, int line, int column) implements Loaded {

    /** A problem of the whole file, reported at its start. */
    public Unreadable(String reason) {
      this(reason, 1, 1);
    }
  }

  /** A locator that finds nothing, for templates that are entirely inline. */
  static TemplateLocator none() {
    return path -> new Missing("no template locations are configured");
  }
}
