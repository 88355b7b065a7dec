package dev.messagepolicy.engine.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Java type as a template sees it: its kind, and for an object its properties, for an
 * iterable or optional its element type. Types refer to each other by name through the
 * {@link TemplateModel}, so a recursive type ({@code Category} with {@code List<Category>
 * children}) is one entry, not an endless tree.
 *
 * @param name the Java type as written ({@code com.shop.Item}, {@code java.util.List<com.shop.Item>})
 * @param kind how a template uses a value of the type
 * @param elementType for {@link ValueKind#ITERABLE} and {@link ValueKind#OPTIONAL}: the name of
 *     the element's type; otherwise {@code null}
 * @param properties for {@link ValueKind#OBJECT}: the properties, sorted by name; otherwise empty
 */
public record TypeSchema(String name, ValueKind kind, String elementType, List<PropertySchema> properties) {

  public TypeSchema {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    if (kind.hasElement() && elementType == null) {
      throw new IllegalArgumentException(name + ": a " + kind + " type needs an element type");
    }
    properties = List.copyOf(properties);
  }

  public static TypeSchema scalar(String name) {
    return new TypeSchema(name, ValueKind.SCALAR, null, List.of());
  }

  public static TypeSchema bool(String name) {
    return new TypeSchema(name, ValueKind.BOOLEAN, null, List.of());
  }

  public static TypeSchema opaque(String name) {
    return new TypeSchema(name, ValueKind.OPAQUE, null, List.of());
  }

  public static TypeSchema object(String name, List<PropertySchema> properties) {
    return new TypeSchema(name, ValueKind.OBJECT, null, properties);
  }

  public static TypeSchema iterable(String name, String elementType) {
    return new TypeSchema(name, ValueKind.ITERABLE, elementType, List.of());
  }

  public static TypeSchema optional(String name, String elementType) {
    return new TypeSchema(name, ValueKind.OPTIONAL, elementType, List.of());
  }

  /** The property named {@code propertyName}, if this type has one. */
  public Optional<PropertySchema> property(String propertyName) {
    return properties.stream().filter(p -> p.name().equals(propertyName)).findFirst();
  }
}
