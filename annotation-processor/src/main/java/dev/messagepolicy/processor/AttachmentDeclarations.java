package dev.messagepolicy.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * The {@code @Attachment} declarations of a template class as plain values, for the generated
 * renderer. Read by name from the annotation mirrors (one, or several in their {@code @Attachments}
 * container); checking them is the {@code attachment-limits} rule's business, not this class's.
 */
final class AttachmentDeclarations {

  private static final String ATTACHMENT = "dev.messagepolicy.annotations.Attachment";
  private static final String ATTACHMENTS = "dev.messagepolicy.annotations.Attachments";

  /** One declared attachment; empty strings and 0 for what is not given. */
  record Declared(String name, String resource, String mediaType, long maxBytes) {}

  private AttachmentDeclarations() {}

  static List<Declared> of(TypeElement type) {
    List<Declared> declared = new ArrayList<>();
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      String name = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
      if (name.equals(ATTACHMENT)) {
        declared.add(read(mirror));
      } else if (name.equals(ATTACHMENTS) && value(mirror, "value") instanceof List<?> list) {
        for (Object item : list) {
          if (((AnnotationValue) item).getValue() instanceof AnnotationMirror nested) {
            declared.add(read(nested));
          }
        }
      }
    }
    return List.copyOf(declared);
  }

  private static Declared read(AnnotationMirror mirror) {
    String resource = string(mirror, "resource");
    return new Declared(string(mirror, "name"), resource.startsWith("/") ? resource.substring(1) : resource,
        string(mirror, "mediaType"), value(mirror, "maxBytes") instanceof Long bytes ? bytes : 0L);
  }

  private static String string(AnnotationMirror mirror, String attribute) {
    return value(mirror, attribute) instanceof String text ? text.strip() : "";
  }

  private static Object value(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return entry.getValue().getValue();
      }
    }
    return null;
  }
}
