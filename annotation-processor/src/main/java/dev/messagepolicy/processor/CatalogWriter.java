package dev.messagepolicy.processor;

import dev.messagepolicy.engine.report.CatalogManifest;
import dev.messagepolicy.engine.report.CatalogManifestWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@link CatalogManifest#PATH} into the class output, once per compilation: every template
 * the processor saw, with its metadata and findings, for the Maven plugin's cross-template rules.
 * Written with jackson-core's streaming generator, so that databind's classes are not loaded into javac.
 */
final class CatalogWriter {

  private final Filer filer;

  CatalogWriter(Filer filer) {
    this.filer = filer;
  }

  /**
   * @param originatingElements the template classes, so that build tools know what the file comes from
   * @throws IOException when the Filer cannot create or write the file
   */
  void write(List<CatalogManifest.Entry> entries, Element... originatingElements) throws IOException {
    StringWriter json = new StringWriter();
    CatalogManifestWriter.write(entries, json); // before the file exists: a failure leaves no half-written manifest
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", CatalogManifest.PATH,
        originatingElements);
    try (Writer out = new OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
      out.append(json.getBuffer());
    }
  }
}
