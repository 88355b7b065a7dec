package dev.messagepolicy.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.engine.PolicyConfig;
import dev.messagepolicy.engine.PolicyEngine;
import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.report.CatalogManifest;
import dev.messagepolicy.engine.report.Report;
import dev.messagepolicy.engine.rules.RuleRegistry;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DESIGN.md: "the processor and the plugin must give the same findings for the same template".
 * A small shop project is compiled with javac and the real processor; the findings in the
 * processor's diagnostics must equal what the plugin's checker finds when it re-checks the
 * catalog that the same compilation wrote.
 */
class ProcessorParityTest {

  @TempDir
  static Path project;

  private static final List<Diagnostic<? extends JavaFileObject>> diagnostics = new ArrayList<>();

  @BeforeAll
  static void compileTheShop() throws Exception {
    write("src/main/java/com/shop/EngravingQuestion.java", """
        package com.shop;

        import dev.messagepolicy.annotations.ContactReason;
        import dev.messagepolicy.annotations.Critical;
        import dev.messagepolicy.annotations.Marketplace;
        import dev.messagepolicy.annotations.MessageTemplate;
        import dev.messagepolicy.annotations.Reason;

        @MessageTemplate(
            subject = "Additional Information Required for order {{orderId}}",
            bodyResource = "messages/engraving-question.mustache",
            marketplace = Marketplace.DE)
        @ContactReason(Reason.PRODUCT_CUSTOMIZATION)
        @Critical
        public record EngravingQuestion(String orderId, String buyerName) {}
        """);
    write("src/main/resources/messages/engraving-question.mustache", """
        Hallo {{buyerName}},

        für Ihre Bestellung {{orderId}} brauchen wir noch den Gravurtext.
        Laden Sie ihn bitte auf www.holz-shop.de/gravur hoch.
        Folgen Sie uns auf Instagram!
        """);
    write("src/main/java/com/shop/ReturnQuestion.java", """
        package com.shop;

        import dev.messagepolicy.annotations.ContactReason;
        import dev.messagepolicy.annotations.Marketplace;
        import dev.messagepolicy.annotations.MessageTemplate;
        import dev.messagepolicy.annotations.Reason;

        @MessageTemplate(
            subject = "Your return",
            body = "Hello {{buyerName}}, print your label at https://returns.example-shop.com/label",
            marketplace = Marketplace.US)
        @ContactReason(Reason.RETURN_QUESTION)
        public record ReturnQuestion(String buyerName) {}
        """);
    Path classes = Files.createDirectories(project.resolve("target/classes"));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8)) {
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
      files.setLocation(StandardLocation.CLASS_PATH, List.of(jarOf(MessageTemplate.class)));
      Iterable<? extends JavaFileObject> sources = files.getJavaFileObjects(
          project.resolve("src/main/java/com/shop/EngravingQuestion.java").toFile(),
          project.resolve("src/main/java/com/shop/ReturnQuestion.java").toFile());
      JavaCompiler.CompilationTask task = javac.getTask(null, files, collector,
          List.of("-Amessagepolicy.projectBase=" + project, "-Amessagepolicy.failOnSeverity=NONE"), null, sources);
      task.setProcessors(ourProcessors());
      boolean compiled = task.call();
      assertTrue(compiled, () -> "the shop does not compile: " + collector.getDiagnostics());
    }
    diagnostics.addAll(collector.getDiagnostics());
  }

  @Test
  void processorAndPluginReportTheSameFindings() throws Exception {
    Set<String> fromProcessor = processorFindings();
    Set<String> fromPlugin = pluginFindings();

    // Not an empty comparison: the shop breaks four rules in the class, the resource and the inline body.
    Set<String> rules = fromProcessor.stream().map(f -> f.substring(0, f.indexOf(' '))).collect(Collectors.toSet());
    assertTrue(rules.containsAll(Set.of("critical-subject-tag", "no-links", "no-promotions", "order-id-required")),
        () -> "the processor did not report the expected rules: " + fromProcessor + "\n" + diagnostics);
    assertEquals(fromProcessor, fromPlugin);
  }

  @Test
  void catalogCarriesTheProcessorsFindingsToo() throws Exception {
    Set<String> inCatalog = new TreeSet<>();
    for (CatalogManifest.Entry entry : CatalogReader.read(project.resolve("target/classes"))) {
      entry.findings().forEach(f -> inCatalog.add(key(f)));
    }
    assertEquals(processorFindings(), inCatalog);
  }

  /** (rule, file, line, column, message) of each finding the processor printed through the Messager. */
  private static Set<String> processorFindings() {
    Set<String> findings = new TreeSet<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics) {
      String[] lines = diagnostic.getMessage(Locale.ROOT).split("\n");
      if (!lines[0].startsWith("[")) {
        continue;
      }
      String rule = lines[0].substring(1, lines[0].indexOf(']'));
      String message = lines[0].substring(lines[0].indexOf("] ") + 2);
      // javac may indent the continuation lines of a message: match on the stripped line.
      String at = List.of(lines).stream().map(String::strip).filter(l -> l.startsWith("at ")).findFirst()
          .orElseThrow(() -> new AssertionError("no position in: " + diagnostic)).substring(3);
      int column = at.lastIndexOf(':');
      int line = at.lastIndexOf(':', column - 1);
      findings.add(key(rule, at.substring(0, line), at.substring(line + 1, column), at.substring(column + 1), message));
    }
    return findings;
  }

  /** The same, as the plugin's checker finds them when it re-checks the catalog. */
  private static Set<String> pluginFindings() throws Exception {
    List<CatalogManifest.Entry> catalog = CatalogReader.read(project.resolve("target/classes"));
    assertEquals(2, catalog.size());
    PolicyEngine engine = new PolicyEngine(PolicyConfig.defaults(), RuleRegistry.builtIn());
    Report report = new ProjectChecker(engine, project,
        List.of(project.resolve("src/main/resources"), project.resolve("target/classes")), 1024 * 1024)
        .check(catalog, List.of());
    return report.findings().stream().map(ProcessorParityTest::key).collect(Collectors.toCollection(TreeSet::new));
  }

  private static String key(Finding f) {
    return key(f.rule(), f.position().file(), String.valueOf(f.position().line()),
        String.valueOf(f.position().column()), f.message());
  }

  private static String key(String rule, String file, String line, String column, String message) {
    return rule + " " + file + ":" + line + ":" + column + " " + message;
  }

  private static List<Processor> ourProcessors() {
    List<Processor> processors = new ArrayList<>();
    ServiceLoader.load(Processor.class).forEach(p -> {
      if (p.getClass().getName().startsWith("dev.messagepolicy.")) {
        processors.add(p);
      }
    });
    assertEquals(1, processors.size(), "the message-policy processor is not on the test class path");
    return processors;
  }

  private static File jarOf(Class<?> type) throws URISyntaxException {
    return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static void write(String path, String content) throws Exception {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}
