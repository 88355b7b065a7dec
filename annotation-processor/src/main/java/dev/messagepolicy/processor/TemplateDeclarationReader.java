package dev.messagepolicy.processor;

import dev.messagepolicy.annotations.Attachment;
import dev.messagepolicy.annotations.Attachments;
import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Critical;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;
import dev.messagepolicy.annotations.SendWindow;
import dev.messagepolicy.annotations.SuppressPolicy;
import dev.messagepolicy.annotations.Variant;
import dev.messagepolicy.engine.PolicyConfig;
import dev.messagepolicy.engine.model.TemplateModel;
import dev.messagepolicy.engine.source.AttachmentDeclaration;
import dev.messagepolicy.engine.source.Anchor;
import dev.messagepolicy.engine.source.SendWindowDeclaration;
import dev.messagepolicy.engine.source.SourcePosition;
import dev.messagepolicy.engine.source.SourceText;
import dev.messagepolicy.engine.source.Suppression;
import dev.messagepolicy.engine.source.TemplateMetadata;
import dev.messagepolicy.engine.source.TemplateSource;
import dev.messagepolicy.engine.template.SyntaxError;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Reads a {@code @MessageTemplate} class into the engine's {@link TemplateSource}: the metadata
 * from its annotations, the inline subject and body with the position of their string literals,
 * where each part of the declaration stands, and what is wrong with the declaration itself.
 *
 * <p>Positions of inline text: when the value is written as string literals or text blocks
 * (possibly concatenated), {@link JavaLiteralMapper} maps every character back to where it is
 * written, through escapes, indentation and line continuations. Otherwise (a constant
 * reference, or Trees unavailable) the text starts one column after the opening quote, or for a
 * text block at its first character on the line after {@code """}, and positions past the
 * first line or the first escape are approximate.
 */
final class TemplateDeclarationReader {

  private static final String MESSAGE_TEMPLATE = MessageTemplate.class.getCanonicalName();
  private static final String CONTACT_REASON = ContactReason.class.getCanonicalName();
  private static final String CRITICAL = Critical.class.getCanonicalName();
  private static final String VARIANT = Variant.class.getCanonicalName();
  private static final String SUPPRESS_POLICY = SuppressPolicy.class.getCanonicalName();
  private static final String ATTACHMENT = Attachment.class.getCanonicalName();
  private static final String ATTACHMENTS = Attachments.class.getCanonicalName();
  private static final String SEND_WINDOW = SendWindow.class.getCanonicalName();

  private final SourceTrees trees;
  private final PolicyConfig config;
  private final TemplateModelReader models;

  TemplateDeclarationReader(SourceTrees trees, PolicyConfig config) {
    this(trees, config, null);
  }

  /** A reader that also records the class's properties ({@code models} may be {@code null}: none). */
  TemplateDeclarationReader(SourceTrees trees, PolicyConfig config, TemplateModelReader models) {
    this.trees = trees;
    this.config = config;
    this.models = models;
  }

  DeclaredTemplate read(TypeElement type) {
    return new Reading(type).read();
  }

  /** The state of reading one class. */
  private final class Reading {
    private final TypeElement type;
    private final JavaSourceFile file;
    private final Map<Anchor, SourcePosition> anchors = new EnumMap<>(Anchor.class);
    private final Map<Anchor, DiagnosticTarget> targets = new EnumMap<>(Anchor.class);
    private final List<SyntaxError> errors = new ArrayList<>();

    Reading(TypeElement type) {
      this.type = type;
      this.file = trees.fileOf(type);
    }

    DeclaredTemplate read() {
      SourcePosition classPosition = position(trees.nameStart(type, file));
      anchors.put(Anchor.TEMPLATE, classPosition);
      if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD) {
        error(Message.NOT_A_CLASS.format(kindName(type.getKind()), type.getSimpleName()), classPosition, Anchor.TEMPLATE);
      }
      AnnotationMirror template = mirror(MESSAGE_TEMPLATE).orElseThrow(
          () -> new IllegalStateException(type + " has no @MessageTemplate"));

      SourceText subject = inlineText(template, "subject", Anchor.SUBJECT).orElse(null);
      TemplateSource.Body body = body(template);
      Marketplace marketplace = marketplace(template);

      Reason reason = null;
      Optional<AnnotationMirror> contactReason = mirror(CONTACT_REASON);
      if (contactReason.isPresent()) {
        reason = enumValue(contactReason.get(), "value", Anchor.REASON, Reason.class).orElse(null);
      } else {
        error(Message.NO_CONTACT_REASON.format(type.getSimpleName()), classPosition, Anchor.TEMPLATE);
      }

      Optional<AnnotationMirror> critical = mirror(CRITICAL);
      critical.ifPresent(m -> {
        anchors.put(Anchor.CRITICAL, position(trees.annotationStart(type, m)));
        targets.put(Anchor.CRITICAL, new DiagnosticTarget(type, m, null));
      });

      String variantGroup = mirror(VARIANT).flatMap(m -> stringValue(m, "value", Anchor.VARIANT))
          .map(String::strip).filter(v -> !v.isEmpty()).orElse(null);

      List<Suppression> suppressions = new ArrayList<>();
      mirror(SUPPRESS_POLICY).ifPresent(m -> {
        anchors.put(Anchor.SUPPRESSION, position(trees.annotationStart(type, m)));
        targets.put(Anchor.SUPPRESSION, new DiagnosticTarget(type, m, null));
        List<String> rules = new ArrayList<>();
        explicit(m, "value").ifPresent(v -> {
          if (v.getValue() instanceof List<?> list) {
            list.forEach(item -> rules.add(String.valueOf(((AnnotationValue) item).getValue()).strip()));
          } else {
            rules.add(String.valueOf(v.getValue()).strip());
          }
        });
        String justification = explicit(m, "justification").map(v -> String.valueOf(v.getValue())).orElse("");
        suppressions.add(new Suppression(rules, justification));
      });

      List<AttachmentDeclaration> attachments = attachments();
      SendWindowDeclaration sendWindow = sendWindow();

      targets.putIfAbsent(Anchor.TEMPLATE, DiagnosticTarget.of(type));
      TemplateMetadata metadata = new TemplateMetadata(reason, critical.isPresent(), marketplace, variantGroup,
          suppressions, attachments, sendWindow);
      TemplateSource source = new TemplateSource(type.getQualifiedName().toString(), file.name(), metadata, subject,
          body, anchors, errors, model());
      return new DeclaredTemplate(type, source, file, Map.copyOf(targets));
    }

    /** The class's properties; none when the reader has no model reader or the types cannot be read. */
    private TemplateModel model() {
      if (models == null) {
        return null;
      }
      try {
        return models.read(type);
      } catch (RuntimeException e) {
        return null; // rules that need the model skip the template rather than guess
      }
    }

    /** {@code @Attachment}, written once or repeated (then javac wraps them in {@code @Attachments}). */
    private List<AttachmentDeclaration> attachments() {
      List<AnnotationMirror> declared = new ArrayList<>();
      mirror(ATTACHMENT).ifPresent(declared::add);
      mirror(ATTACHMENTS).flatMap(container -> explicit(container, "value")).ifPresent(value -> {
        if (value.getValue() instanceof List<?> list) {
          list.forEach(item -> {
            if (((AnnotationValue) item).getValue() instanceof AnnotationMirror nested) {
              declared.add(nested);
            }
          });
        }
      });
      List<AttachmentDeclaration> attachments = new ArrayList<>();
      List<Long> written = attachmentOffsets(declared.size());
      for (AnnotationMirror mirror : declared) {
        java.util.OptionalLong start = trees.annotationStart(type, mirror);
        int index = attachments.size();
        if (start.isEmpty() && index < written.size()) {
          start = java.util.OptionalLong.of(written.get(index));
        }
        SourcePosition at = position(start);
        if (attachments.isEmpty()) {
          anchors.put(Anchor.ATTACHMENT, at);
          targets.put(Anchor.ATTACHMENT, new DiagnosticTarget(type, mirror, null));
        }
        attachments.add(new AttachmentDeclaration(
            explicit(mirror, "resource").map(v -> String.valueOf(v.getValue())).orElse(""),
            explicit(mirror, "mediaType").map(v -> String.valueOf(v.getValue())).orElse(""),
            explicit(mirror, "maxBytes").map(v -> v.getValue() instanceof Number n ? n.longValue() : 0L).orElse(0L),
            explicit(mirror, "name").map(v -> String.valueOf(v.getValue())).orElse(""),
            at,
            resourceBytes(explicit(mirror, "resource").map(v -> String.valueOf(v.getValue()).strip()).orElse(""))));
      }
      return attachments;
    }

    /**
     * Where the class's {@code @Attachment} annotations are written, in order. javac gives no
     * tree for the annotations it wrapped in the {@code @Attachments} container, so they are
     * found in the text: the last {@code count} ones before the class's name.
     */
    private List<Long> attachmentOffsets(int count) {
      java.util.OptionalLong name = trees.nameStart(type, file);
      if (count == 0 || name.isEmpty() || !file.hasText()) {
        return List.of();
      }
      String text = file.content().subSequence(0, (int) name.getAsLong()).toString();
      List<Long> offsets = new ArrayList<>();
      String token = "@Attachment";
      for (int at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + token.length())) {
        int after = at + token.length();
        if (after >= text.length() || !Character.isJavaIdentifierPart(text.charAt(after))) {
          offsets.add((long) at);
        }
      }
      return offsets.size() < count ? List.of() : offsets.subList(offsets.size() - count, offsets.size());
    }

    /**
     * The size of an attachment resource under the project's {@code src/main/resources}, where
     * the plugin looks too; not measured when the project base is unknown or no resource is named.
     */
    private long resourceBytes(String resource) {
      String path = resource.startsWith("/") ? resource.substring(1) : resource;
      if (path.isEmpty() || file.projectBase().isEmpty()) {
        return AttachmentDeclaration.NOT_MEASURED;
      }
      try {
        java.nio.file.Path root = file.projectBase().get().resolve("src/main/resources").normalize();
        java.nio.file.Path candidate = root.resolve(path).normalize();
        if (!candidate.startsWith(root) || !java.nio.file.Files.isRegularFile(candidate)) {
          return AttachmentDeclaration.MISSING;
        }
        return java.nio.file.Files.size(candidate);
      } catch (java.io.IOException | RuntimeException e) {
        return AttachmentDeclaration.MISSING;
      }
    }

    private SendWindowDeclaration sendWindow() {
      Optional<AnnotationMirror> window = mirror(SEND_WINDOW);
      if (window.isEmpty()) {
        return null;
      }
      anchors.put(Anchor.SEND_WINDOW, position(trees.annotationStart(type, window.get())));
      targets.put(Anchor.SEND_WINDOW, new DiagnosticTarget(type, window.get(), null));
      return new SendWindowDeclaration(intValue(window.get(), "fromDays"), intValue(window.get(), "toDays"));
    }

    private int intValue(AnnotationMirror mirror, String attribute) {
      return explicit(mirror, attribute).map(v -> v.getValue() instanceof Integer i ? i : 0).orElse(0);
    }

    private TemplateSource.Body body(AnnotationMirror template) {
      Optional<SourceText> inline = inlineText(template, "body", Anchor.BODY).filter(t -> !t.text().isEmpty());
      Optional<String> resource = stringValue(template, "bodyResource", Anchor.BODY)
          .map(String::strip).filter(r -> !r.isEmpty());
      if (inline.isPresent() && resource.isPresent()) {
        error(Message.BODY_AND_RESOURCE.format(), anchors.get(Anchor.BODY), Anchor.BODY);
      }
      if (inline.isPresent()) {
        return new TemplateSource.Inline(inline.get(), "");
      }
      if (resource.isPresent()) {
        anchor(template, "bodyResource", Anchor.BODY,
            trees.stringContentStart(type, template, "bodyResource", resource.get(), file)
                .orElseGet(() -> position(trees.valueStart(type, template, "bodyResource"))));
        String path = resource.get().startsWith("/") ? resource.get().substring(1) : resource.get();
        return new TemplateSource.Resource(path);
      }
      SourcePosition at = position(trees.annotationStart(type, template));
      targets.put(Anchor.BODY, new DiagnosticTarget(type, template, null));
      error(Message.NO_BODY.format(), at, Anchor.BODY);
      return new TemplateSource.Inline(new SourceText(file.name(), "", at.line(), at.column()), "");
    }

    private Marketplace marketplace(AnnotationMirror template) {
      Optional<Marketplace> declared = enumValue(template, "marketplace", Anchor.MARKETPLACE, Marketplace.class);
      return config.resolve(declared.orElse(Marketplace.BUILD_DEFAULT));
    }

    /** A string value with the position of its content, and its anchor. */
    private Optional<SourceText> inlineText(AnnotationMirror mirror, String attribute, Anchor anchor) {
      Optional<String> value = stringValue(mirror, attribute, anchor);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      SourceText text = trees.literals(type, mirror, attribute)
          .flatMap(literals -> JavaLiteralMapper.map(file.name(), file.lineIndex(), literals, value.get()))
          .orElseGet(() -> approximate(mirror, attribute, value.get()));
      if (!value.get().isEmpty()) {
        anchor(mirror, attribute, anchor, text.position(0));
      }
      return Optional.of(text);
    }

    /**
     * The value as if written in one piece from the start of its first literal. The Java lines
     * are given too, so that a caret excerpt shows the declaration rather than the value.
     */
    private SourceText approximate(AnnotationMirror mirror, String attribute, String value) {
      SourcePosition start = trees.stringContentStart(type, mirror, attribute, value, file)
          .orElseGet(() -> position(trees.annotationStart(type, mirror)));
      SourceText contiguous = new SourceText(file.name(), value, start.line(), start.column());
      if (!file.hasText()) {
        return contiguous;
      }
      Map<Integer, String> javaLines = new HashMap<>();
      contiguous.segments().forEach(segment -> javaLines.put(segment.line(), file.line(segment.line())));
      return SourceText.mapped(file.name(), value, contiguous.segments(), javaLines);
    }

    private Optional<String> stringValue(AnnotationMirror mirror, String attribute, Anchor anchor) {
      Optional<AnnotationValue> value = explicit(mirror, attribute);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      if (value.get().getValue() instanceof String text) {
        if (anchor == Anchor.VARIANT) {
          anchor(mirror, attribute, anchor, position(trees.valueStart(type, mirror, attribute)));
        }
        return Optional.of(text);
      }
      unreadable(mirror, attribute, anchor, value.get());
      return Optional.empty();
    }

    private <E extends Enum<E>> Optional<E> enumValue(AnnotationMirror mirror, String attribute, Anchor anchor,
        Class<E> enumType) {
      Optional<AnnotationValue> value = explicit(mirror, attribute);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      anchor(mirror, attribute, anchor, position(trees.valueStart(type, mirror, attribute)));
      if (value.get().getValue() instanceof VariableElement constant) {
        try {
          return Optional.of(Enum.valueOf(enumType, constant.getSimpleName().toString()));
        } catch (IllegalArgumentException e) {
          // A constant this version of the engine does not know: reported below.
        }
      }
      unreadable(mirror, attribute, anchor, value.get());
      return Optional.empty();
    }

    private void unreadable(AnnotationMirror mirror, String attribute, Anchor anchor, AnnotationValue value) {
      SourcePosition at = anchors.getOrDefault(anchor, position(trees.valueStart(type, mirror, attribute)));
      error(Message.UNREADABLE_VALUE.format(attribute, simpleName(mirror), value), at, anchor);
    }

    private void anchor(AnnotationMirror mirror, String attribute, Anchor anchor, SourcePosition position) {
      anchors.put(anchor, position);
      targets.put(anchor, new DiagnosticTarget(type, mirror, explicit(mirror, attribute).orElse(null)));
    }

    private Optional<AnnotationMirror> mirror(String annotation) {
      for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
        if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(annotation)) {
          return Optional.of(mirror);
        }
      }
      return Optional.empty();
    }

    private Optional<AnnotationValue> explicit(AnnotationMirror mirror, String attribute) {
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
        if (entry.getKey().getSimpleName().contentEquals(attribute)) {
          return Optional.of(entry.getValue());
        }
      }
      return Optional.empty();
    }

    private SourcePosition position(OptionalLong offset) {
      if (offset.isPresent()) {
        return file.position(offset.getAsLong());
      }
      SourcePosition template = anchors.get(Anchor.TEMPLATE);
      return template != null ? template : new SourcePosition(file.name(), 1, 1);
    }

    private void error(String message, SourcePosition at, Anchor anchor) {
      SourcePosition position = at != null ? at : anchors.get(Anchor.TEMPLATE);
      errors.add(new SyntaxError(message, position, file.line(position.line()), anchor));
    }
  }

  private static String simpleName(AnnotationMirror mirror) {
    return mirror.getAnnotationType().asElement().getSimpleName().toString();
  }

  private static String kindName(ElementKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
