package dev.messagepolicy.maven;

import dev.messagepolicy.engine.report.CatalogManifest;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Reads the catalog manifest that the annotation processor left in the module's class output.
 * A module compiled without the processor has none, which is not an error; a manifest that
 * cannot be read is, because its templates would otherwise go unchecked.
 */
final class CatalogReader {

  private CatalogReader() {}

  static List<CatalogManifest.Entry> read(Path classesDirectory) throws MojoExecutionException {
    if (classesDirectory == null) {
      return List.of();
    }
    Path manifest = classesDirectory.resolve(CatalogManifest.PATH);
    if (!Files.isRegularFile(manifest)) {
      return List.of();
    }
    try {
      return CatalogManifest.read(Files.readString(manifest, StandardCharsets.UTF_8));
    } catch (CharacterCodingException e) {
      throw malformed(manifest, "not UTF-8 text", e);
    } catch (IOException | RuntimeException e) {
      // Jackson reports syntax errors as IOExceptions, wrong node types as runtime exceptions.
      throw malformed(manifest, e.getMessage(), e);
    }
  }

  private static MojoExecutionException malformed(Path manifest, String why, Exception cause) {
    return new MojoExecutionException("cannot read the message-policy catalog " + manifest + ": " + why
        + "; rebuild the module (mvn clean verify) so that the annotation processor writes it again", cause);
  }
}
