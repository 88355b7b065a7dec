package dev.messagepolicy.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import dev.messagepolicy.engine.PolicyConfig;
import dev.messagepolicy.engine.TemplateResult;
import dev.messagepolicy.engine.finding.Severity;
import dev.messagepolicy.engine.source.TemplateSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * Decides which template classes get a generated renderer, writes them, and writes the module's
 * catalog class once all renderers are known.
 *
 * <ul>
 *   <li>Only when {@code message-policy-runtime} is on the compile class path (the generated
 *       code runs on it); without it nothing is generated and a note says so, once.
 *   <li>Only for templates without syntax or declaration errors: such a template cannot be
 *       rendered, its error already fails the build, and a renderer that does not compile would
 *       only bury that error under others. Findings of the other rules do not stop generation.
 *   <li>Not for a private class (the renderer could not name it): a note says so.
 * </ul>
 *
 * <p>The catalog is written in the first round that brings no new template, so that it is
 * compiled in a later round (a source written in the last round would not be, and javac warns).
 */
final class CodeGeneration {

  private static final String RUNTIME_MARKER = RuntimeTypes.PACKAGE + ".CompiledTemplate";

  private final Filer filer;
  private final Messager messager;
  private final Elements elements;
  private final boolean runtimeAvailable;
  /** Only with the runtime on the class path: otherwise JavaPoet is not even loaded into javac. */
  private final RendererGenerator renderers;
  private final CatalogClassGenerator catalog;
  /** Generated renderers by template id, with whether the catalog may name them from any package. */
  private final Map<String, Generated> generated = new TreeMap<>();
  private boolean newInThisRound;
  private boolean catalogWritten;
  private boolean runtimeNoteGiven;

  private record Generated(ClassName renderer, boolean isPublic) {}

  CodeGeneration(ProcessingEnvironment environment, PolicyConfig config) {
    this.filer = environment.getFiler();
    this.messager = environment.getMessager();
    this.elements = environment.getElementUtils();
    this.runtimeAvailable = elements.getTypeElement(RUNTIME_MARKER) != null;
    this.renderers = runtimeAvailable ? new RendererGenerator(buildCheck(config)) : null;
    this.catalog = runtimeAvailable ? new CatalogClassGenerator() : null;
  }

  /** Generates the renderer of a checked template, when it can be rendered. */
  void templateChecked(TypeElement type, TemplateSource source, TemplateResult result) {
    if (!runtimeAvailable) {
      if (!runtimeNoteGiven) {
        runtimeNoteGiven = true;
        messager.printMessage(Diagnostic.Kind.NOTE, Message.RUNTIME_MISSING.format());
      }
      return;
    }
    if (!result.model().syntaxErrors().isEmpty() || source.metadata().reason() == null
        || generated.containsKey(source.id())) {
      return;
    }
    if (!RendererGenerator.isAccessibleFromPackage(type)) {
      messager.printMessage(Diagnostic.Kind.NOTE, Message.RENDERER_NOT_ACCESSIBLE.format(source.id()), type);
      return;
    }
    JavaFile file = renderers.generate(type, source, AttachmentDeclarations.of(type), elements.isDeprecated(type));
    if (write(file, source.id())) {
      generated.put(source.id(), new Generated(RendererGenerator.rendererName(type), RendererGenerator.isPublic(type)));
      newInThisRound = true;
    }
  }

  /** At the end of a round: the catalog, once no round brings new renderers any more. */
  void roundDone(boolean processingOver) {
    boolean quiet = !newInThisRound;
    newInThisRound = false;
    if (catalogWritten || processingOver || !quiet || generated.isEmpty()) {
      return;
    }
    catalogWritten = true;
    List<String> packages = generated.values().stream().map(g -> g.renderer().packageName()).toList();
    String packageName = CatalogClassGenerator.packageFor(packages);
    List<ClassName> listed = new ArrayList<>();
    List<String> left = new ArrayList<>();
    generated.forEach((id, g) -> {
      if (g.isPublic() || g.renderer().packageName().equals(packageName)) {
        listed.add(g.renderer());
      } else {
        left.add(id);
      }
    });
    if (!left.isEmpty()) {
      messager.printMessage(Diagnostic.Kind.NOTE, Message.CATALOG_LEAVES_OUT.format(packageName, left));
    }
    write(catalog.generate(packageName, listed), packageName + "." + CatalogClassGenerator.SIMPLE_NAME);
  }

  private boolean write(JavaFile file, String what) {
    try {
      file.writeTo(filer);
      return true;
    } catch (FilerException e) {
      // The type exists in this compilation already (a class of the shop's own, or a second run).
      messager.printMessage(Diagnostic.Kind.NOTE, Message.GENERATED_NOT_WRITTEN.format(what, e.getMessage()));
      return false;
    } catch (IOException e) {
      messager.printMessage(Diagnostic.Kind.ERROR, Message.GENERATED_NOT_WRITTEN.format(what, e));
      return false;
    }
  }

  /**
   * The default check of generated renderers: the build's rule severities and allowed link
   * domains, so that run time judges values as the build judged the templates.
   */
  private static CodeBlock buildCheck(PolicyConfig config) {
    ClassName check = RuntimeTypes.RUNTIME_CHECK;
    if (config.ruleSeverities().isEmpty() && config.allowedLinkDomains().isEmpty()) {
      return CodeBlock.of("$T.standard()", check);
    }
    String rules = config.ruleSeverities().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + "=" + e.getValue().map(Severity::name).orElse("OFF"))
        .collect(Collectors.joining(","));
    List<CodeBlock> domains = config.allowedLinkDomains().stream().sorted().map(d -> CodeBlock.of("$S", d)).toList();
    return CodeBlock.of("$T.withBuildSettings($S, $T.of($L))", check, rules, Set.class, CodeBlock.join(domains, ", "));
  }
}
