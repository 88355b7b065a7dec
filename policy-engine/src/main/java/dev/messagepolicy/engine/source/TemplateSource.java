package dev.messagepolicy.engine.source;

import dev.messagepolicy.engine.model.TemplateModel;
import dev.messagepolicy.engine.template.SyntaxError;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a template came from and its raw text, before parsing: a template class (its
 * annotations) or a standalone template file (its front matter).
 *
 * @param id the template's id in reports: the class's qualified name, or the file's path
 * @param file the file that declares the template (Java source or template file), relative
 * @param metadata what the template declares
 * @param subject the subject text, or {@code null} when none is declared
 * @param body the body: inline text, or a resource to load
 * @param anchors where each part of the declaration stands, for findings about it
 * @param declarationErrors what is wrong with the declaration itself (both {@code body} and
 *     {@code bodyResource} given, malformed front matter, an unknown reason); each becomes a
 *     {@code template-syntax} finding
 * @param model the properties the template class offers its template, or {@code null} for a
 *     standalone template file (no class): rules that resolve variables skip it
 */
public record TemplateSource(
    String id,
    String file,
    TemplateMetadata metadata,
    SourceText subject,
    Body body,
    Map<Anchor, SourcePosition> anchors,
    List<SyntaxError> declarationErrors,
    TemplateModel model) {

  public TemplateSource {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(body, "body");
    EnumMap<Anchor, SourcePosition> copy = new EnumMap<>(Anchor.class);
    copy.putAll(anchors);
    copy.putIfAbsent(Anchor.TEMPLATE, new SourcePosition(file, 1, 1));
    anchors = Map.copyOf(copy);
    declarationErrors = List.copyOf(declarationErrors);
  }

  /** A template without a class model (a standalone template file). */
  public TemplateSource(String id, String file, TemplateMetadata metadata, SourceText subject, Body body,
      Map<Anchor, SourcePosition> anchors, List<SyntaxError> declarationErrors) {
    this(id, file, metadata, subject, body, anchors, declarationErrors, null);
  }

  /** The properties of the template class, when the template has one. */
  public Optional<TemplateModel> templateModel() {
    return Optional.ofNullable(model);
  }

  public Optional<SourceText> subjectText() {
    return Optional.ofNullable(subject);
  }

  /** Where the given part of the declaration stands, falling back to the template itself. */
  public SourcePosition anchor(Anchor anchor) {
    SourcePosition position = anchors.get(anchor);
    return position != null ? position : anchors.get(Anchor.TEMPLATE);
  }

  /** The body of a template: text given inline, or a resource path to load. */
  public sealed interface Body permits Inline, Resource {}

  /**
   * A body given as text: an annotation's {@code body} (partials resolve from the resource root,
   * {@code resourcePath} is empty), or a template file's content ({@code resourcePath} is the
   * file's path inside its template directory, and partials resolve beside it).
   */
  public record Inline(SourceText text, String resourcePath) implements Body {}

  /** A body in a class-path resource, for instance {@code messages/welcome.mustache}. */
  public record Resource(String path) implements Body {}
}
