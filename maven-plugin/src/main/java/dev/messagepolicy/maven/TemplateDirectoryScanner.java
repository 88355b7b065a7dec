package dev.messagepolicy.maven;

import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.engine.source.Anchor;
import dev.messagepolicy.engine.source.DirectoryTemplateLocator;
import dev.messagepolicy.engine.source.SourcePosition;
import dev.messagepolicy.engine.source.SourceText;
import dev.messagepolicy.engine.source.TemplateFiles;
import dev.messagepolicy.engine.source.TemplateLocator;
import dev.messagepolicy.engine.source.TemplateMetadata;
import dev.messagepolicy.engine.source.TemplateSource;
import dev.messagepolicy.engine.template.SyntaxError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Finds the standalone {@code *.mustache} files under the template directories and reads each
 * with its front matter. A file that cannot be used (binary, not UTF-8, too large) still becomes
 * a template, one that carries the reason as a declaration error: the engine reports it as a
 * {@code template-syntax} finding at the file, so it is never silently skipped.
 */
final class TemplateDirectoryScanner {

  static final String EXTENSION = ".mustache";

  private final Path basedir;
  private final Marketplace defaultMarketplace;
  private final long maxBytes;

  TemplateDirectoryScanner(Path basedir, Marketplace defaultMarketplace, long maxBytes) {
    this.basedir = basedir;
    this.defaultMarketplace = defaultMarketplace;
    this.maxBytes = maxBytes;
  }

  /** The templates of all directories, each directory's files sorted by path; missing ones are skipped. */
  List<StandaloneTemplate> scan(List<Path> directories) throws MojoExecutionException {
    List<StandaloneTemplate> templates = new ArrayList<>();
    for (Path directory : directories) {
      if (!Files.exists(directory)) {
        continue;
      }
      if (!Files.isDirectory(directory)) {
        throw new MojoExecutionException("message-policy.templateDirectories: " + directory + " is not a directory");
      }
      for (Path file : templateFiles(directory)) {
        templates.add(read(file, directory));
      }
    }
    return templates;
  }

  private static List<Path> templateFiles(Path directory) throws MojoExecutionException {
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(p))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw new MojoExecutionException("cannot list the template directory " + directory + ": " + e.getMessage(), e);
    }
  }

  private StandaloneTemplate read(Path file, Path directory) {
    String id = DirectoryTemplateLocator.relativeName(file, basedir);
    String resourcePath = directory.relativize(file).toString().replace('\\', '/');
    DirectoryTemplateLocator reader = new DirectoryTemplateLocator(List.of(directory), basedir, maxBytes);
    TemplateLocator.Loaded loaded = reader.read(file, id);
    TemplateSource source;
    if (loaded instanceof TemplateLocator.Found found) {
      source = TemplateFiles.read(id, resourcePath, found.text().text(), defaultMarketplace);
    } else if (loaded instanceof TemplateLocator.Unreadable unreadable) {
      source = unreadable(id, resourcePath, unreadable.reason(), new SourcePosition(id, unreadable.line(),
          unreadable.column()));
    } else {
      source = unreadable(id, resourcePath, id + " cannot be read", new SourcePosition(id, 1, 1));
    }
    return new StandaloneTemplate(file, directory, source);
  }

  /**
   * An empty template whose only content is the reason it could not be read, at {@code at}: the
   * first byte that is not UTF-8, or the file's start.
   */
  private TemplateSource unreadable(String id, String resourcePath, String reason, SourcePosition at) {
    SyntaxError error = new SyntaxError(reason, at, "", Anchor.TEMPLATE);
    return new TemplateSource(id, id, TemplateMetadata.contentOnly(defaultMarketplace), null,
        new TemplateSource.Inline(SourceText.ofFile(id, ""), resourcePath), Map.of(), List.of(error));
  }
}
