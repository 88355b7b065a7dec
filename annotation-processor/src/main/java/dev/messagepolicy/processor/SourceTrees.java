package dev.messagepolicy.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.messagepolicy.engine.source.SourcePosition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Where things stand in the Java source, through javac's tree API. That API is optional: under
 * another compiler (ecj) or a wrapped processing environment, {@link Trees} is unavailable and
 * every lookup answers "unknown", so that findings fall back to the element, without a column.
 */
final class SourceTrees {

  private final Trees trees;
  private final ProjectPaths paths;
  private final Elements elements;
  private final Map<String, JavaSourceFile> files = new HashMap<>();

  /**
   * The element last asked about and its compilation unit: reading one template asks a dozen
   * times for the same class, and javac finds the unit by walking the file's whole tree.
   */
  private Element lastElement;
  private Optional<CompilationUnitTree> lastUnit = Optional.empty();

  private SourceTrees(Trees trees, ProjectPaths paths, Elements elements) {
    this.trees = trees;
    this.paths = paths;
    this.elements = elements;
  }

  static SourceTrees create(ProcessingEnvironment environment, ProjectPaths paths) {
    Trees trees;
    try {
      trees = Trees.instance(environment);
    } catch (RuntimeException | LinkageError e) {
      trees = null; // not javac, or javac behind a wrapper (IDE, Gradle): positions fall back to the element
    }
    return new SourceTrees(trees, paths, environment.getElementUtils());
  }

  /** The file that declares {@code type}. */
  JavaSourceFile fileOf(TypeElement type) {
    Optional<CompilationUnitTree> unit = unitOf(type);
    if (unit.isEmpty()) {
      return JavaSourceFile.withoutText(guessedName(type), paths.configuredBase());
    }
    String key = unit.get().getSourceFile().toUri().toString();
    return files.computeIfAbsent(key, k -> read(unit.get()));
  }

  /** The offset of the type's simple name in its declaration, after its modifiers. */
  OptionalLong nameStart(TypeElement type, JavaSourceFile file) {
    Optional<CompilationUnitTree> unit = unitOf(type);
    Tree tree = unit.isPresent() ? trees.getTree(type) : null;
    if (!(tree instanceof ClassTree declaration)) {
      return OptionalLong.empty();
    }
    SourcePositions positions = trees.getSourcePositions();
    long start = positions.getStartPosition(unit.get(), declaration);
    long afterModifiers = positions.getEndPosition(unit.get(), declaration.getModifiers());
    long from = Math.max(start, afterModifiers);
    String name = type.getSimpleName().toString();
    CharSequence text = file.content();
    for (long i = Math.max(0, from); !name.isEmpty() && i + name.length() <= text.length(); i++) {
      if (matchesWord(text, (int) i, name)) {
        return OptionalLong.of(i);
      }
    }
    return start >= 0 ? OptionalLong.of(start) : OptionalLong.empty();
  }

  /** The offset where the annotation ({@code @Name}) starts. */
  OptionalLong annotationStart(Element element, AnnotationMirror mirror) {
    return annotationTree(element, mirror).map(tree -> start(element, tree)).orElse(OptionalLong.empty());
  }

  /** The offset where the value of {@code attribute} starts, in the annotation as written. */
  OptionalLong valueStart(Element element, AnnotationMirror mirror, String attribute) {
    return valueTree(element, mirror, attribute).map(tree -> start(element, tree)).orElse(OptionalLong.empty());
  }

  /**
   * Where the content of a string value starts: one column after the opening quote, or for a
   * text block, on the line after {@code """} at its first character. With concatenation the
   * first literal counts; a constant reference gives the reference's own position. The fallback
   * when {@link JavaLiteralMapper} cannot map the value exactly.
   */
  Optional<SourcePosition> stringContentStart(Element element, AnnotationMirror mirror, String attribute,
      String value, JavaSourceFile file) {
    Optional<ExpressionTree> tree = valueTree(element, mirror, attribute);
    if (tree.isEmpty()) {
      return Optional.empty();
    }
    ExpressionTree first = tree.get();
    while (first instanceof BinaryTree || first instanceof ParenthesizedTree) {
      first = first instanceof BinaryTree binary ? binary.getLeftOperand() : ((ParenthesizedTree) first).getExpression();
    }
    OptionalLong start = start(element, first);
    if (start.isEmpty()) {
      return Optional.empty();
    }
    if (!(first instanceof LiteralTree)) {
      return Optional.of(file.position(start.getAsLong()));
    }
    CharSequence text = file.content();
    int quote = (int) start.getAsLong();
    if (!startsWith(text, quote, "\"\"\"")) {
      return Optional.of(file.position(quote + 1L));
    }
    SourcePosition opening = file.position(quote);
    int contentLine = opening.line() + 1;
    String rawLine = file.line(contentLine);
    String firstValueLine = value.lines().findFirst().orElse("");
    int at = firstValueLine.isEmpty() ? -1 : rawLine.indexOf(firstValueLine);
    return Optional.of(new SourcePosition(file.name(), contentLine, at >= 0 ? at + 1 : 1));
  }

  /**
   * The string literals and text blocks of a value written only as literals, in order:
   * {@code "a"}, {@code ("a")}, {@code "a" + "b"}. Empty for anything else, such as a constant
   * reference or a method call, whose text is not in the annotation.
   */
  Optional<List<JavaLiteralMapper.Literal>> literals(Element element, AnnotationMirror mirror, String attribute) {
    Optional<ExpressionTree> tree = valueTree(element, mirror, attribute);
    List<JavaLiteralMapper.Literal> literals = new ArrayList<>();
    if (tree.isEmpty() || !collectLiterals(element, tree.get(), literals)) {
      return Optional.empty();
    }
    return Optional.of(literals);
  }

  private boolean collectLiterals(Element element, ExpressionTree tree, List<JavaLiteralMapper.Literal> literals) {
    if (tree instanceof ParenthesizedTree parenthesized) {
      return collectLiterals(element, parenthesized.getExpression(), literals);
    }
    if (tree instanceof BinaryTree binary && binary.getKind() == Tree.Kind.PLUS) {
      return collectLiterals(element, binary.getLeftOperand(), literals)
          && collectLiterals(element, binary.getRightOperand(), literals);
    }
    if (tree instanceof LiteralTree literal && literal.getValue() instanceof String value) {
      OptionalLong start = start(element, literal);
      start.ifPresent(s -> literals.add(new JavaLiteralMapper.Literal((int) s, value)));
      return start.isPresent();
    }
    return false;
  }

  private Optional<ExpressionTree> valueTree(Element element, AnnotationMirror mirror, String attribute) {
    Optional<AnnotationTree> annotation = annotationTree(element, mirror);
    if (annotation.isEmpty()) {
      return Optional.empty();
    }
    for (ExpressionTree argument : annotation.get().getArguments()) {
      if (argument instanceof AssignmentTree assignment) {
        if (assignment.getVariable() instanceof IdentifierTree name && name.getName().contentEquals(attribute)) {
          return Optional.of(assignment.getExpression());
        }
      } else if (attribute.equals("value")) {
        return Optional.of(argument); // @ContactReason(Reason.X): the single-value shorthand
      }
    }
    return Optional.empty();
  }

  private Optional<AnnotationTree> annotationTree(Element element, AnnotationMirror mirror) {
    if (trees == null || mirror == null) {
      return Optional.empty();
    }
    try {
      return trees.getTree(element, mirror) instanceof AnnotationTree annotation
          ? Optional.of(annotation) : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private OptionalLong start(Element element, Tree tree) {
    Optional<CompilationUnitTree> unit = unitOf(element);
    if (unit.isEmpty()) {
      return OptionalLong.empty();
    }
    long start = trees.getSourcePositions().getStartPosition(unit.get(), tree);
    return start >= 0 ? OptionalLong.of(start) : OptionalLong.empty();
  }

  private Optional<CompilationUnitTree> unitOf(Element element) {
    if (trees == null) {
      return Optional.empty();
    }
    if (element != lastElement) {
      lastUnit = findUnit(element);
      lastElement = element;
    }
    return lastUnit;
  }

  private Optional<CompilationUnitTree> findUnit(Element element) {
    try {
      TreePath path = trees.getPath(element);
      return path == null ? Optional.empty() : Optional.of(path.getCompilationUnit());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private JavaSourceFile read(CompilationUnitTree unit) {
    ProjectPaths.Named named = paths.name(unit.getSourceFile().toUri());
    try {
      return new JavaSourceFile(named.name(), named.base(), unit.getSourceFile().getCharContent(true),
          unit.getLineMap());
    } catch (IOException | RuntimeException e) {
      return JavaSourceFile.withoutText(named.name(), named.base());
    }
  }

  /** {@code com/shop/Outer.java} for {@code com.shop.Outer.Inner}: the file javac would expect. */
  private String guessedName(TypeElement type) {
    Element outermost = type;
    while (outermost.getEnclosingElement() instanceof TypeElement enclosing) {
      outermost = enclosing;
    }
    PackageElement pkg = elements.getPackageOf(type);
    String prefix = pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString().replace('.', '/') + "/";
    return prefix + outermost.getSimpleName() + ".java";
  }

  private static boolean startsWith(CharSequence text, int at, String prefix) {
    return at >= 0 && at + prefix.length() <= text.length()
        && text.subSequence(at, at + prefix.length()).toString().equals(prefix);
  }

  private static boolean matchesWord(CharSequence text, int at, String word) {
    return startsWith(text, at, word)
        && (at == 0 || !Character.isJavaIdentifierPart(text.charAt(at - 1)))
        && (at + word.length() == text.length() || !Character.isJavaIdentifierPart(text.charAt(at + word.length())));
  }
}
