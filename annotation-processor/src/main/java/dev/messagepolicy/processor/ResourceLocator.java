package dev.messagepolicy.processor;

import dev.messagepolicy.engine.source.DirectoryTemplateLocator;
import dev.messagepolicy.engine.source.SourceText;
import dev.messagepolicy.engine.source.TemplateLocator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.StandardLocation;

/**
 * Finds body resources and partials, in a documented order, because build tools and IDEs lay
 * out resources differently:
 *
 * <ol>
 *   <li>the {@code messagepolicy.templatesPath} directories;
 *   <li>{@code <projectBase>/src/main/resources}, when it exists;
 *   <li>the compilation's class output, then its source path (through the {@link Filer}).
 * </ol>
 *
 * <p>Files found in a directory are named relative to the project base, so that a finding names
 * {@code src/main/resources/messages/x.mustache}, as the Maven plugin does, and not the copy in
 * {@code target/classes}; a resource found only through the Filer is named by its resource path.
 */
final class ResourceLocator {

  private static final List<JavaFileManager.Location> FILER_LOCATIONS =
      List.of(StandardLocation.CLASS_OUTPUT, StandardLocation.SOURCE_PATH);

  private final List<Path> templatesPath;
  private final Filer filer;
  private final long maxBytes;
  private final Map<Optional<Path>, TemplateLocator> byProjectBase = new HashMap<>();

  /** @param maxBytes the largest resource read (the template size limit); a larger one is refused */
  ResourceLocator(List<Path> templatesPath, Filer filer, long maxBytes) {
    this.templatesPath = List.copyOf(templatesPath);
    this.filer = filer;
    this.maxBytes = maxBytes;
  }

  /** The locator for templates of the project at {@code projectBase} (unknown: the working directory). */
  TemplateLocator forProject(Optional<Path> projectBase) {
    return byProjectBase.computeIfAbsent(projectBase, this::create);
  }

  private TemplateLocator create(Optional<Path> projectBase) {
    Path base = projectBase.orElseGet(() -> Path.of("").toAbsolutePath());
    List<Path> roots = new ArrayList<>(templatesPath);
    Path resources = base.resolve("src/main/resources");
    if (projectBase.isPresent() && Files.isDirectory(resources)) {
      roots.add(resources);
    }
    DirectoryTemplateLocator directories =
        new DirectoryTemplateLocator(roots, base, maxBytes);
    Map<String, TemplateLocator.Loaded> cache = new HashMap<>();
    return path -> cache.computeIfAbsent(path, p -> load(directories, p, roots.isEmpty()));
  }

  private TemplateLocator.Loaded load(DirectoryTemplateLocator directories, String path, boolean noDirectories) {
    TemplateLocator.Loaded loaded = directories.load(path);
    if (!(loaded instanceof TemplateLocator.Missing missing)) {
      return loaded;
    }
    for (JavaFileManager.Location location : FILER_LOCATIONS) {
      Optional<TemplateLocator.Loaded> found = fromFiler(location, path);
      if (found.isPresent()) {
        return found.get();
      }
    }
    String searched = noDirectories ? "searched " : missing.searched() + ", ";
    return new TemplateLocator.Missing(searched + "the class output and the source path");
  }

  private Optional<TemplateLocator.Loaded> fromFiler(JavaFileManager.Location location, String path) {
    byte[] bytes;
    try {
      FileObject resource = filer.getResource(location, "", path);
      try (InputStream in = resource.openInputStream()) {
        // One byte past the limit is enough to know it is over: a huge resource is never read whole.
        bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // not there, or the location is not configured in this compilation
    }
    if (bytes.length > maxBytes) {
      return Optional.of(new TemplateLocator.Unreadable(path + " is over the limit of " + maxBytes
          + " bytes (maxTemplateBytes); it is not read"));
    }
    try {
      String text = DirectoryTemplateLocator.decode(bytes, path);
      return Optional.of(new TemplateLocator.Found(
          SourceText.ofFile(path, text.startsWith("\uFEFF") ? text.substring(1) : text)));
    } catch (DirectoryTemplateLocator.NotText e) {
      return Optional.of(new TemplateLocator.Unreadable(e.getMessage(), e.line(), e.column()));
    } catch (IllegalArgumentException e) {
      return Optional.of(new TemplateLocator.Unreadable(e.getMessage()));
    }
  }
}
