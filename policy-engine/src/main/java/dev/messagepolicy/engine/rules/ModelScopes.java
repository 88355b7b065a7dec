package dev.messagepolicy.engine.rules;

import dev.messagepolicy.engine.model.PropertySchema;
import dev.messagepolicy.engine.model.TemplateModel;
import dev.messagepolicy.engine.model.TypeSchema;
import dev.messagepolicy.engine.model.ValueKind;
import dev.messagepolicy.engine.template.MessagePart;
import dev.messagepolicy.engine.template.Tag;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Resolves the names of a part's variable and section tags against a template class's model,
 * the way Mustache.java looks them up: a name is searched in the innermost context first and
 * then outwards; a section over an object, an iterable's element or an optional's value opens
 * a new context; {@code .} is the innermost context; a dotted name walks from the first
 * name's value. Where a context is opaque (a map, a type followed no further) anything
 * resolves, so nothing under it is reported.
 */
final class ModelScopes {

  /** What a tag's name resolved to. */
  sealed interface Resolution permits Found, Unknown, Opaque {}

  /** The name is the property {@code property} (or, for {@code .}, the context itself) of type {@code type}. */
  record Found(PropertySchema property, TypeSchema type) implements Resolution {}

  /** {@code segment} of the name is not a property of {@code in}, nor of any context outside it. */
  record Unknown(String segment, TypeSchema in) implements Resolution {}

  /** The name cannot be checked at build time. */
  record Opaque() implements Resolution {}

  /** A variable or section tag and its resolution. */
  record Resolved(Tag tag, Resolution resolution) {}

  private ModelScopes() {}

  /** Resolves every variable, section and inverted section tag of {@code part}, in document order. */
  static List<Resolved> resolve(MessagePart part, TemplateModel model) {
    List<Resolved> resolved = new ArrayList<>();
    // For each open section, whether it opened a context (a boolean or an inverted section opens none).
    Deque<Boolean> sections = new ArrayDeque<>();
    List<TypeSchema> contexts = new ArrayList<>();
    contexts.add(model.root());
    for (Tag tag : part.tags()) {
      switch (tag.kind()) {
        case VARIABLE, RAW_VARIABLE -> resolved.add(new Resolved(tag, lookUp(tag.name(), contexts, model)));
        case SECTION -> {
          Resolution resolution = lookUp(tag.name(), contexts, model);
          resolved.add(new Resolved(tag, resolution));
          TypeSchema opened = opened(resolution, model);
          // A context the same as the innermost adds nothing to a look-up, and left out it keeps
          // sections nested thousands deep ({{#items}} in {{#items}}) from costing quadratic time.
          boolean opens = opened != null && !opened.equals(contexts.get(contexts.size() - 1));
          sections.push(opens);
          if (opens) {
            contexts.add(opened);
          }
        }
        case INVERTED_SECTION -> {
          resolved.add(new Resolved(tag, lookUp(tag.name(), contexts, model)));
          sections.push(false);
        }
        case PARENT, BLOCK -> sections.push(false);
        case SECTION_END -> {
          if (!sections.isEmpty() && sections.pop() && contexts.size() > 1) {
            contexts.remove(contexts.size() - 1);
          }
        }
        default -> { }
      }
    }
    return resolved;
  }

  /** The context a section over a value of the resolved type opens, or {@code null} for none. */
  private static TypeSchema opened(Resolution resolution, TemplateModel model) {
    if (!(resolution instanceof Found found)) {
      return TypeSchema.opaque("(unresolved)"); // do not report again everything inside an unknown section
    }
    TypeSchema type = found.type();
    return switch (type.kind()) {
      case BOOLEAN -> null;
      case ITERABLE, OPTIONAL -> model.type(type.elementType());
      default -> type;
    };
  }

  static Resolution lookUp(String name, List<TypeSchema> contexts, TemplateModel model) {
    if (name.equals(".")) {
      TypeSchema innermost = contexts.get(contexts.size() - 1);
      return new Found(null, innermost);
    }
    List<String> segments = segments(name);
    Resolution first = lookUpFirst(segments.get(0), contexts, model);
    for (int i = 1; i < segments.size() && first instanceof Found found; i++) {
      first = member(found.type(), segments.get(i), model);
    }
    return first;
  }

  /** {@code order.customer.name} → {@code [order, customer, name]}. */
  static List<String> segments(String name) {
    List<String> segments = new ArrayList<>();
    int start = 0;
    for (int dot = name.indexOf('.'); dot >= 0; dot = name.indexOf('.', start)) {
      segments.add(name.substring(start, dot));
      start = dot + 1;
    }
    segments.add(name.substring(start));
    return segments;
  }

  private static Resolution lookUpFirst(String segment, List<TypeSchema> contexts, TemplateModel model) {
    for (int i = contexts.size() - 1; i >= 0; i--) {
      TypeSchema context = contexts.get(i);
      if (context.kind() == ValueKind.OPAQUE) {
        return new Opaque();
      }
      var property = context.property(segment);
      if (property.isPresent()) {
        return new Found(property.get(), model.type(property.get().type()));
      }
    }
    return new Unknown(segment, contexts.get(contexts.size() - 1));
  }

  /** {@code segment} of a dotted name, read on a value of type {@code type}. */
  private static Resolution member(TypeSchema type, String segment, TemplateModel model) {
    TypeSchema on = type.kind() == ValueKind.OPTIONAL ? model.type(type.elementType()) : type;
    if (on.kind() != ValueKind.OBJECT) {
      return new Opaque(); // methods of library types (String.length, List.size) are not modelled
    }
    return on.property(segment).<Resolution>map(p -> new Found(p, model.type(p.type())))
        .orElseGet(() -> new Unknown(segment, on));
  }
}
