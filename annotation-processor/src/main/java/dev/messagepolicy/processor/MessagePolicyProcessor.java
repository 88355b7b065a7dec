package dev.messagepolicy.processor;

import com.google.auto.service.AutoService;
import dev.messagepolicy.engine.PolicyEngine;
import dev.messagepolicy.engine.TemplateResult;
import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.report.CatalogManifest;
import dev.messagepolicy.engine.rules.RuleRegistry;
import dev.messagepolicy.engine.source.TemplateSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Checks every {@code @MessageTemplate} class of a compilation against the marketplace's
 * messaging rules and reports each finding as a javac diagnostic on the annotation value it is
 * about. At the end of processing it runs the rules that span templates (one message per order)
 * and writes the catalog manifest for the Maven plugin.
 *
 * <p>Options ({@code -A}): {@code messagepolicy.marketplace}, {@code messagepolicy.rules},
 * {@code messagepolicy.allowedLinkDomains}, {@code messagepolicy.templatesPath},
 * {@code messagepolicy.projectBase}, {@code messagepolicy.failOnSeverity},
 * {@code messagepolicy.maxAttachmentBytes}, {@code messagepolicy.phrases},
 * {@code messagepolicy.maxTemplateBytes}.
 *
 * <p>Each template prints at most {@link DiagnosticBudget#PER_TEMPLATE} findings, then one
 * diagnostic that counts the rest, so that javac's limit of 100 diagnostics never hides another
 * template's findings; the catalog manifest, and so the plugin's report, keeps them all.
 *
 * <p>No exception leaves the processor: a failure while checking one template becomes one error
 * on that template's class, and the other templates are still checked.
 */
@AutoService(Processor.class)
public final class MessagePolicyProcessor extends AbstractProcessor {

  /** A template checked in some round, kept for the catalog at the end. */
  private record Checked(TemplateSource source, List<Finding> findings, JavaSourceFile file) {}

  private final Map<String, Checked> checked = new TreeMap<>();
  private final ClassLoader ruleLoader;
  private PolicyEngine engine;
  private SourceTrees trees;
  private TemplateDeclarationReader reader;
  private TemplateModelReader models;
  private ResourceLocator resources;
  private FindingReporter reporter;
  private CatalogWriter catalog;
  private CodeGeneration generation;
  private boolean finished;

  /** The processor javac runs: third-party rules come from the processor's own class loader. */
  public MessagePolicyProcessor() {
    this(MessagePolicyProcessor.class.getClassLoader());
  }

  /** A processor that finds third-party rules through {@code ruleLoader} (tests bring their own rules). */
  MessagePolicyProcessor(ClassLoader ruleLoader) {
    this.ruleLoader = ruleLoader;
  }

  /** By name, not class literal: a missing annotations jar must not crash javac here. */
  private static final String MESSAGE_TEMPLATE = "dev.messagepolicy.annotations.MessageTemplate";

  /**
   * All of ours are claimed, so that {@code -Xlint:all -Werror} builds do not fail on "no processor
   * claimed" @ContactReason, @Critical, …; templates are found through @MessageTemplate.
   */
  private static final String ANNOTATIONS = "dev.messagepolicy.annotations.*";

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(ANNOTATIONS);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return ProcessorOptions.NAMES;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    try {
      setUp(environment);
    } catch (RuntimeException | ServiceConfigurationError | LinkageError e) {
      engine = null;
      environment.getMessager().printMessage(Diagnostic.Kind.ERROR, Message.RULES_UNAVAILABLE.format(e));
    }
  }

  private void setUp(ProcessingEnvironment environment) {
    RuleRegistry registry = RuleRegistry.withServices(ruleLoader);
    ProcessorOptions.Read read = ProcessorOptions.read(environment.getOptions(), registry);
    read.warnings().forEach(w -> environment.getMessager().printMessage(Diagnostic.Kind.WARNING, w));
    read.errors().forEach(e -> environment.getMessager().printMessage(Diagnostic.Kind.ERROR,
        e + Message.OPTIONS_INVALID.format()));
    if (!read.valid()) {
      return;
    }
    ProcessorOptions options = read.options();
    engine = new PolicyEngine(options.config(), registry);
    trees = SourceTrees.create(environment, new ProjectPaths(options.projectBase()));
    models = new TemplateModelReader(environment);
    reader = new TemplateDeclarationReader(trees, options.config(), models);
    resources = new ResourceLocator(options.templatesPath(), environment.getFiler(),
        options.config().maxTemplateBytes());
    reporter = new FindingReporter(environment.getMessager(), options.failOnSeverity());
    catalog = new CatalogWriter(environment.getFiler());
    generation = new CodeGeneration(environment, options.config());
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (engine == null) {
      return false; // the setup failed and said why
    }
    try {
      models.roundStarted();
      for (TypeElement annotation : annotations) {
        if (!annotation.getQualifiedName().contentEquals(MESSAGE_TEMPLATE)) {
          continue;
        }
        for (Element element : round.getElementsAnnotatedWith(annotation)) {
          if (element instanceof TypeElement type) {
            check(type);
          }
        }
      }
      generation.roundDone(round.processingOver());
      if (round.processingOver()) {
        finish();
      }
    } catch (RuntimeException | LinkageError e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, Message.INTERNAL_ERROR.format("(all)", e));
    }
    return true; // this processor checks the templates and generates their code
  }

  private void check(TypeElement type) {
    String id = type.getQualifiedName().toString();
    DeclaredTemplate declared = null;
    TemplateResult result;
    try {
      declared = reader.read(type);
      result = engine.check(declared.source(), resources.forProject(declared.file().projectBase()));
      DiagnosticBudget.Selection printed = DiagnosticBudget.select(result.findings(), DiagnosticBudget.PER_TEMPLATE);
      for (Finding finding : printed.shown()) {
        reporter.report(finding, declared.target(finding.anchor()), declared.file());
      }
      reporter.reportHidden(type, id, printed);
      checked.put(id, new Checked(declared.source(), result.findings(), declared.file()));
    } catch (RuntimeException | StackOverflowError | LinkageError e) {
      reporter.internalError(type, id, e);
      if (declared != null) {
        checked.put(id, new Checked(declared.source(), List.of(), declared.file()));
      }
      return;
    }
    generateRenderer(type, declared, result);
  }

  /** After the check: the renderer, unless the template cannot be rendered (see {@link CodeGeneration}). */
  private void generateRenderer(TypeElement type, DeclaredTemplate declared, TemplateResult result) {
    try {
      generation.templateChecked(type, declared.source(), result);
    } catch (RuntimeException | LinkageError e) {
      reporter.internalError(type, declared.source().id(), e);
    }
  }

  /** The last round: cross-template rules, then the catalog, once. */
  private void finish() {
    if (finished || checked.isEmpty()) {
      return;
    }
    finished = true;
    List<TemplateSource> sources = checked.values().stream().map(Checked::source).toList();
    List<Finding> catalogFindings = List.of();
    try {
      catalogFindings = engine.checkCatalog(sources);
    } catch (RuntimeException | StackOverflowError e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, Message.INTERNAL_ERROR.format("(catalog)", e));
    }
    Map<String, List<Finding>> catalogByTemplate =
        catalogFindings.stream().collect(Collectors.groupingBy(Finding::templateId, TreeMap::new, Collectors.toList()));
    catalogFindings.forEach(this::reportCatalogFinding);

    List<CatalogManifest.Entry> entries = new ArrayList<>();
    List<Element> origins = new ArrayList<>();
    for (Map.Entry<String, Checked> entry : checked.entrySet()) {
      List<Finding> findings = new ArrayList<>(entry.getValue().findings());
      findings.addAll(catalogByTemplate.getOrDefault(entry.getKey(), List.of()));
      entries.add(new CatalogManifest.Entry(entry.getValue().source(), findings));
      TypeElement element = processingEnv.getElementUtils().getTypeElement(entry.getKey());
      if (element != null) {
        origins.add(element);
      }
    }
    try {
      catalog.write(entries, origins.toArray(Element[]::new));
    } catch (Exception e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
          Message.CATALOG_NOT_WRITTEN.format(CatalogManifest.PATH, e));
    }
  }

  /**
   * Elements of earlier rounds are not reused: the class is looked up again by name and its
   * annotations read again, so that the diagnostic lands on this round's annotation value.
   */
  private void reportCatalogFinding(Finding finding) {
    Checked template = checked.get(finding.templateId());
    TypeElement element = processingEnv.getElementUtils().getTypeElement(finding.templateId());
    if (template == null || element == null) {
      reporter.reportWithoutElement(finding);
      return;
    }
    try {
      DeclaredTemplate fresh = reader.read(element);
      reporter.report(finding, fresh.target(finding.anchor()), fresh.file());
    } catch (RuntimeException e) {
      reporter.report(finding, DiagnosticTarget.of(element), template.file());
    }
  }
}
