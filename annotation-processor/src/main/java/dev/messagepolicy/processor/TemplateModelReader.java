package dev.messagepolicy.processor;

import dev.messagepolicy.engine.model.PropertySchema;
import dev.messagepolicy.engine.model.TemplateModel;
import dev.messagepolicy.engine.model.TypeSchema;
import java.beans.Introspector;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Builds the engine's {@link TemplateModel} of a template class from javac's types: the
 * properties Mustache.java can read (record components, fields, no-argument methods and
 * getters), and for each property's type what a section over it opens.
 *
 * <p>Recursive types are entered once (types refer to each other by name). Types nested deeper
 * than {@link #MAX_DEPTH}, and more than {@link #MAX_TYPES} types in all, are recorded as
 * opaque: the checks that use the model then accept any name under them rather than guess.
 */
final class TemplateModelReader {

  /** How many property steps from the template class are followed. */
  static final int MAX_DEPTH = 6;

  /** The most types one model holds, so a class that reaches a whole domain model stays small. */
  static final int MAX_TYPES = 64;

  private static final String MAX_LENGTH = "dev.messagepolicy.annotations.MaxLength";

  /** Members every object has; a template that names them is not reading the class's data. */
  private static final Set<String> OBJECT_METHODS = Set.of("toString", "hashCode", "getClass");

  private final Types types;
  private final Elements elements;

  /** Caches of this round; javac may give a class new symbols in the next one. */
  private final Map<TypeElement, Shape> shapes = new HashMap<>();
  private final Map<String, TypeMirror> erasedSupertypes = new HashMap<>();

  TemplateModelReader(ProcessingEnvironment environment) {
    this.types = environment.getTypeUtils();
    this.elements = environment.getElementUtils();
  }

  /** Forgets what the previous round's elements answered. */
  void roundStarted() {
    shapes.clear();
    erasedSupertypes.clear();
  }

  TemplateModel read(TypeElement templateClass) {
    TemplateModel.Builder builder = new TemplateModel.Builder();
    String root = add(templateClass.asType(), 0, builder);
    return builder.build(root);
  }

  /** Adds the schema of {@code type} (and of the types it reaches) and returns its name. */
  private String add(TypeMirror type, int depth, TemplateModel.Builder builder) {
    String name = type.toString();
    if (builder.contains(name)) {
      return name;
    }
    switch (type.getKind()) {
      case BOOLEAN -> builder.add(TypeSchema.bool(name));
      case BYTE, SHORT, INT, LONG, CHAR, FLOAT, DOUBLE -> builder.add(TypeSchema.scalar(name));
      case ARRAY -> {
        builder.add(TypeSchema.iterable(name, elementName(((ArrayType) type).getComponentType())));
        add(((ArrayType) type).getComponentType(), depth + 1, builder);
      }
      case DECLARED -> addDeclared((DeclaredType) type, name, depth, builder);
      default -> builder.add(TypeSchema.opaque(name)); // type variables, wildcards, error types
    }
    return name;
  }

  private void addDeclared(DeclaredType type, String name, int depth, TemplateModel.Builder builder) {
    TypeElement element = (TypeElement) type.asElement();
    String qualified = element.getQualifiedName().toString();
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    if (qualified.equals("java.lang.Boolean")) {
      builder.add(TypeSchema.bool(name));
    } else if (qualified.equals("java.util.Optional")) {
      addWithElement(TypeSchema.optional(name, elementName(argument(arguments))), argument(arguments), depth, builder);
    } else if (qualified.startsWith("java.util.Optional")) { // OptionalInt, OptionalLong, OptionalDouble
      builder.add(TypeSchema.optional(name, "java.lang.Number"));
      builder.add(TypeSchema.scalar("java.lang.Number"));
    } else if (shapeOf(element, type) == Shape.MAP) {
      builder.add(TypeSchema.opaque(name));
    } else if (shapeOf(element, type) == Shape.ITERABLE) {
      TypeMirror elementType = arguments.size() == 1 ? arguments.get(0) : null;
      addWithElement(TypeSchema.iterable(name, elementName(elementType)), elementType, depth, builder);
    } else if (element.getKind() == ElementKind.ENUM || qualified.startsWith("java.") || qualified.startsWith("javax.")) {
      builder.add(TypeSchema.scalar(name)); // text, numbers, dates, URIs: printed as they are
    } else if (depth >= MAX_DEPTH || builder.size() >= MAX_TYPES) {
      builder.add(TypeSchema.opaque(name));
    } else {
      // Registered before its properties are read, so a type that reaches itself stops here.
      builder.add(TypeSchema.object(name, List.of()));
      Map<String, PropertySchema> properties = properties(element, type, depth, builder);
      builder.replace(TypeSchema.object(name, List.copyOf(properties.values())));
    }
  }

  private void addWithElement(TypeSchema schema, TypeMirror elementType, int depth, TemplateModel.Builder builder) {
    builder.add(schema);
    if (elementType == null) {
      builder.add(TypeSchema.opaque(schema.elementType()));
    } else {
      add(elementType, depth + 1, builder);
    }
  }

  private Map<String, PropertySchema> properties(TypeElement element, DeclaredType type, int depth,
      TemplateModel.Builder builder) {
    Map<String, PropertySchema> properties = new TreeMap<>();
    for (RecordComponentElement component : ElementFilter.recordComponentsIn(element.getEnclosedElements())) {
      put(properties, component.getSimpleName().toString(), types.asMemberOf(type, component), depth, builder,
          maxLength(component, component.getAccessor()));
    }
    for (Element member : elements.getAllMembers(element)) {
      if (member.getModifiers().contains(Modifier.STATIC) || isObjectMember(member)) {
        continue;
      }
      if (member instanceof VariableElement field && field.getKind() == ElementKind.FIELD) {
        put(properties, field.getSimpleName().toString(), asMemberOf(type, field), depth, builder, maxLength(field));
      } else if (member instanceof ExecutableElement method && method.getKind() == ElementKind.METHOD
          && method.getParameters().isEmpty() && method.getReturnType().getKind() != TypeKind.VOID
          && !OBJECT_METHODS.contains(method.getSimpleName().toString())) {
        TypeMirror returned = asMemberOfReturn(type, method);
        String methodName = method.getSimpleName().toString();
        put(properties, methodName, returned, depth, builder, maxLength(method));
        String property = getterProperty(methodName);
        if (property != null) {
          put(properties, property, returned, depth, builder, maxLength(method));
        }
      }
    }
    return properties;
  }

  /** Adds a property; a name seen before (a component and its accessor) keeps the larger declared maximum. */
  private void put(Map<String, PropertySchema> properties, String name, TypeMirror type, int depth,
      TemplateModel.Builder builder, int maxLength) {
    PropertySchema previous = properties.get(name);
    String typeName = previous != null ? previous.type() : add(type, depth + 1, builder);
    int max = previous == null ? maxLength : Math.max(previous.maxLength(), maxLength);
    properties.put(name, new PropertySchema(name, typeName, max));
  }

  /** {@code getOrderId} → {@code orderId}, {@code isGift} → {@code gift}; {@code null} otherwise. */
  static String getterProperty(String methodName) {
    for (String prefix : new String[] {"get", "is"}) {
      if (methodName.length() > prefix.length() && methodName.startsWith(prefix)
          && Character.isUpperCase(methodName.charAt(prefix.length()))) {
        return Introspector.decapitalize(methodName.substring(prefix.length()));
      }
    }
    return null;
  }

  /** The largest {@code @MaxLength} on any of the elements, or {@link PropertySchema#NO_MAX_LENGTH}. */
  private static int maxLength(Element... declarations) {
    int max = PropertySchema.NO_MAX_LENGTH;
    for (Element declaration : declarations) {
      if (declaration == null) {
        continue;
      }
      for (AnnotationMirror mirror : declaration.getAnnotationMirrors()) {
        if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(MAX_LENGTH)) {
          for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> value
              : mirror.getElementValues().entrySet()) {
            if (value.getValue().getValue() instanceof Integer declared) {
              max = Math.max(max, declared);
            }
          }
        }
      }
    }
    return max;
  }

  private boolean isObjectMember(Element member) {
    Element owner = member.getEnclosingElement();
    if (owner instanceof TypeElement type) {
      String name = type.getQualifiedName().toString();
      return name.equals("java.lang.Object") || name.equals("java.lang.Record") || name.equals("java.lang.Enum");
    }
    return false;
  }

  /** Whether a class is a map, something to iterate, or neither: the same for every use of the class. */
  private enum Shape { MAP, ITERABLE, OTHER }

  /**
   * The shape of {@code element}'s class, looked up once per round: most properties are of a few
   * types (String above all), and each answer costs four name lookups and subtype checks.
   */
  private Shape shapeOf(TypeElement element, DeclaredType type) {
    return shapes.computeIfAbsent(element, e -> {
      if (isSubtype(type, "java.util.Map")) {
        return Shape.MAP;
      }
      if (isSubtype(type, "java.lang.Iterable") || isSubtype(type, "java.util.Iterator")
          || isSubtype(type, "java.util.stream.BaseStream")) {
        return Shape.ITERABLE;
      }
      return Shape.OTHER;
    });
  }

  private boolean isSubtype(DeclaredType type, String supertype) {
    TypeMirror erased = erasedSupertypes.computeIfAbsent(supertype, name -> {
      TypeElement element = elements.getTypeElement(name);
      return element == null ? null : types.erasure(element.asType());
    });
    return erased != null && types.isSubtype(types.erasure(type), erased);
  }

  private TypeMirror asMemberOf(DeclaredType type, Element member) {
    try {
      return types.asMemberOf(type, member);
    } catch (IllegalArgumentException e) {
      return member.asType();
    }
  }

  private TypeMirror asMemberOfReturn(DeclaredType type, ExecutableElement method) {
    TypeMirror member = asMemberOf(type, method);
    return member instanceof javax.lang.model.type.ExecutableType executable
        ? executable.getReturnType() : method.getReturnType();
  }

  private static TypeMirror argument(List<? extends TypeMirror> arguments) {
    return arguments.size() == 1 ? arguments.get(0) : null;
  }

  private static String elementName(TypeMirror elementType) {
    return elementType == null ? "?" : elementType.toString();
  }
}
