package dev.messagepolicy.engine.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds template resources in a list of directories (resource roots, template directories),
 * first match wins. Files are read as strict UTF-8, checked against a size limit before they are
 * read, and refused when they hold NUL characters (a binary file).
 */
public final class DirectoryTemplateLocator implements TemplateLocator {

  /** The default size limit of one template file. */
  public static final long DEFAULT_MAX_BYTES = 1024 * 1024;

  private final List<Path> roots;
  private final Path projectBase;
  private final long maxBytes;

  /**
   * @param roots the directories to search, in order
   * @param projectBase file names in findings are relative to it
   */
  public DirectoryTemplateLocator(List<Path> roots, Path projectBase, long maxBytes) {
    this.roots = List.copyOf(roots);
    this.projectBase = projectBase.toAbsolutePath().normalize();
    this.maxBytes = maxBytes;
  }

  @Override
  public Loaded load(String path) {
    for (Path root : roots) {
      Path candidate;
      try {
        candidate = root.resolve(path).normalize();
      } catch (java.nio.file.InvalidPathException e) {
        return new Unreadable("'" + path + "' is not a valid file path: " + e.getReason());
      }
      if (!candidate.startsWith(root.normalize()) || !Files.isRegularFile(candidate)) {
        continue;
      }
      return read(candidate, relativeName(candidate, projectBase));
    }
    return new Missing("searched " + roots.stream().map(r -> relativeName(r, projectBase))
        .collect(Collectors.joining(", ")));
  }

  /** Reads one file under the same limits as a lookup does. */
  public Loaded read(Path file, String name) {
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        return new Unreadable(name + " is " + size + " bytes, over the limit of " + maxBytes + " bytes");
      }
      String text = decode(Files.readAllBytes(file), name);
      return new Found(SourceText.ofFile(name, text.startsWith("\uFEFF") ? text.substring(1) : text));
    } catch (IllegalArgumentException e) {
      return new Unreadable(e.getMessage());
    } catch (IOException e) {
      return new Unreadable(name + ": " + e.getMessage());
    }
  }

  /** Strict UTF-8 decoding; refuses binary files. */
  public static String decode(byte[] bytes, String name) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      if (text.indexOf('\0') >= 0) {
        throw new IllegalArgumentException(name + " is a binary file, not a text template");
      }
      return text;
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(name + " is not valid UTF-8 text");
    }
  }

  /** {@code base}-relative path with {@code /}, or the absolute path when outside it. */
  public static String relativeName(Path file, Path base) {
    Path absolute = file.toAbsolutePath().normalize();
    Path normalizedBase = base.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(normalizedBase) ? normalizedBase.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }
}
