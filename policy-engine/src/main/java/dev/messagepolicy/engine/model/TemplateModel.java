package dev.messagepolicy.engine.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a template class offers its template: the class's own type and every type reachable
 * from its properties, by name. The annotation processor builds it from javac's types (the
 * engine never sees javac), the catalog manifest carries it to the Maven plugin, and rules such
 * as {@code unknown-variable} resolve the template's tags against it. Standalone template files
 * have no class and no model.
 *
 * @param rootType the name of the template class's type, a key of {@code types}
 * @param types every type reachable from the root; a name referenced but missing reads as
 *     {@link ValueKind#OPAQUE}
 */
public record TemplateModel(String rootType, Map<String, TypeSchema> types) {

  public TemplateModel {
    Objects.requireNonNull(rootType, "rootType");
    types = Map.copyOf(new TreeMap<>(types));
    if (!types.containsKey(rootType)) {
      throw new IllegalArgumentException("the root type " + rootType + " is not among the types");
    }
  }

  /** The template class's type. */
  public TypeSchema root() {
    return types.get(rootType);
  }

  /** The type named {@code name}; an unknown name is opaque, so that nothing under it is reported. */
  public TypeSchema type(String name) {
    TypeSchema type = types.get(name);
    return type != null ? type : TypeSchema.opaque(name);
  }

  /** The root type's property named {@code name}. */
  public Optional<PropertySchema> rootProperty(String name) {
    return root().property(name);
  }

  /** Builds a model type by type; the first type added with a name wins. */
  public static final class Builder {
    private final Map<String, TypeSchema> types = new LinkedHashMap<>();

    public boolean contains(String name) {
      return types.containsKey(name);
    }

    public Builder add(TypeSchema type) {
      types.putIfAbsent(type.name(), type);
      return this;
    }

    /** Puts {@code type} in place of an earlier entry with its name (an object, once its properties are known). */
    public Builder replace(TypeSchema type) {
      types.put(type.name(), type);
      return this;
    }

    public int size() {
      return types.size();
    }

    public TemplateModel build(String rootType) {
      return new TemplateModel(rootType, types);
    }
  }
}
