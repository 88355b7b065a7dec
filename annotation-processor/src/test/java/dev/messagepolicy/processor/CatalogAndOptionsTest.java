package dev.messagepolicy.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.messagepolicy.processor.ProcessorTestSupport.assertNotReported;
import static dev.messagepolicy.processor.ProcessorTestSupport.javac;
import static dev.messagepolicy.processor.ProcessorTestSupport.messagesOf;
import static dev.messagepolicy.processor.ProcessorTestSupport.template;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.report.CatalogManifest;
import dev.messagepolicy.engine.rules.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog manifest, failOnSeverity, option errors and broken declarations. */
class CatalogAndOptionsTest {

  private static JavaFileObject reviewRequest(String name) {
    return template(name,
        "@MessageTemplate(subject = \"Your order {{orderId}}\",",
        "    body = \"How was your order {{orderId}}? You can share your experience on the order page.\")",
        "@ContactReason(Reason.REVIEW_REQUEST)",
        "public record " + name + "(String orderId) {}");
  }

  private static List<CatalogManifest.Entry> catalogOf(Compilation compilation) throws IOException {
    long manifests = compilation.generatedFiles().stream()
        .filter(f -> f.toUri().getPath().endsWith(CatalogManifest.PATH)).count();
    assertThat(manifests).isEqualTo(1);
    JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, CatalogManifest.PATH).orElseThrow();
    return CatalogManifest.read(file.getCharContent(true).toString());
  }

  @Test
  void catalogHoldsEveryTemplateWithMetadataAndFindings() throws IOException {
    // The review requests are written in English: an English marketplace, so that only the rule under test fires.
    Compilation compilation = javac("-Amessagepolicy.failOnSeverity=NONE", "-Amessagepolicy.marketplace=UK")
        .compile(reviewRequest("FirstReview"), reviewRequest("SecondReview"));
    assertThat(compilation).succeeded();
    List<CatalogManifest.Entry> entries = catalogOf(compilation);
    assertThat(entries.stream().map(e -> e.source().id()).toList())
        .containsExactly("com.shop.FirstReview", "com.shop.SecondReview").inOrder();
    CatalogManifest.Entry first = entries.get(0);
    assertThat(first.source().metadata().reason().name()).isEqualTo("REVIEW_REQUEST");
    assertThat(first.source().metadata().marketplace().name()).isEqualTo("UK");
    assertThat(first.source().file()).isEqualTo("com/shop/FirstReview.java");
    assertThat(first.findings().stream().map(Finding::rule).toList()).containsExactly("one-message-per-order");
  }

  @Test
  void noCatalogWithoutTemplates() {
    Compilation compilation = javac().compile(com.google.testing.compile.JavaFileObjects.forSourceLines(
        "com.shop.Plain", "package com.shop;", "class Plain {}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, CatalogManifest.PATH)).isEmpty();
  }

  /** A template generated in round 1 is checked in round 2; the catalog, written once at the end, holds both. */
  @Test
  void catalogIsWrittenOnceAcrossRounds() throws IOException {
    Compilation compilation = Compiler.javac()
        .withProcessors(new GeneratesATemplate(), new MessagePolicyProcessor())
        .withOptions("-Amessagepolicy.failOnSeverity=NONE")
        .compile(reviewRequest("HandWritten"));
    assertThat(compilation).succeeded();
    assertThat(catalogOf(compilation).stream().map(e -> e.source().id()).toList())
        .containsExactly("com.shop.Generated", "com.shop.HandWritten");
    assertThat(messagesOf(compilation, "one-message-per-order")).hasSize(2);
  }

  @Test
  void failOnSeverityNoneTurnsErrorsIntoWarnings() {
    JavaFileObject source = template("Linked",
        "@MessageTemplate(subject = \"Your order {{orderId}}\", body = \"See www.my-shop.de\")",
        "@ContactReason(Reason.ORDER_DETAILS)",
        "public record Linked(String orderId) {}");
    Compilation compilation = javac("-Amessagepolicy.failOnSeverity=NONE").compile(source);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[no-links]").inFile(source).onLineContaining("See www");
  }

  @Test
  void ruleOptionTurnsARuleOffOrDownToAWarning() {
    JavaFileObject source = template("NoOrder",
        "@MessageTemplate(subject = \"A question\", body = \"See www.my-shop.de\")",
        "@ContactReason(Reason.ORDER_DETAILS)",
        "public record NoOrder() {}");
    Compilation compilation = javac("-Amessagepolicy.rules=no-links=OFF,order-id-required=WARNING").compile(source);
    assertNotReported(compilation, "no-links");
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[order-id-required]");
  }

  @Test
  void badOptionValueIsOneClearError() {
    Compilation compilation = javac("-Amessagepolicy.failOnSeverity=LOUD").compile(reviewRequest("Anything"));
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("-Amessagepolicy.failOnSeverity=LOUD: expected ERROR, WARNING or NONE");
  }

  @Test
  void unknownRuleOrMarketplaceIsAnError() {
    Compilation rules = javac("-Amessagepolicy.rules=no-link=OFF").compile(reviewRequest("Anything"));
    assertThat(rules).hadErrorContaining("unknown rule 'no-link'");
    assertThat(rules).hadErrorCount(1);
    Compilation marketplace = javac("-Amessagepolicy.marketplace=ATLANTIS").compile(reviewRequest("Anything"));
    assertThat(marketplace).hadErrorContaining("-Amessagepolicy.marketplace=ATLANTIS: unknown marketplace");
  }

  @Test
  void bodyAndBodyResourceTogetherIsATemplateSyntaxError() {
    JavaFileObject source = template("TwoBodies",
        "@MessageTemplate(subject = \"Order {{orderId}}\",",
        "    body = \"Please confirm.\",",
        "    bodyResource = \"messages/clean.mustache\")",
        "@ContactReason(Reason.ORDER_DETAILS)",
        "public record TwoBodies(String orderId) {}");
    assertThat(javac().compile(source)).hadErrorContaining("[template-syntax] give either body or bodyResource, not both")
        .inFile(source).onLineContaining("body = \"Please");
  }

  @Test
  void missingBodyAndMissingReasonAreTemplateSyntaxErrors() {
    JavaFileObject source = template("Bare",
        "@MessageTemplate(subject = \"Order {{orderId}}\")",
        "public record Bare(String orderId) {}");
    Compilation compilation = javac().compile(source);
    assertThat(compilation).hadErrorContaining("[template-syntax] give the body").inFile(source)
        .onLineContaining("@MessageTemplate");
    assertThat(compilation).hadErrorContaining("[template-syntax] template class Bare has no @ContactReason")
        .inFile(source).onLineContaining("public record Bare");
  }

  @Test
  void templateOnAnInterfaceIsATemplateSyntaxError() {
    JavaFileObject source = template("NotAClass",
        "@MessageTemplate(subject = \"Order {{orderId}}\", body = \"Please confirm.\")",
        "@ContactReason(Reason.ORDER_DETAILS)",
        "public interface NotAClass {}");
    assertThat(javac().compile(source)).hadErrorContaining("[template-syntax] @MessageTemplate belongs on a class or record")
        .inFile(source).onLineContaining("public interface NotAClass");
  }

  /**
   * An unexpected failure (here a third-party rule that throws a {@link LinkageError} on one
   * template) becomes one error on that template, asking for a bug report; the other templates
   * are still checked.
   */
  @Test
  void unexpectedFailureIsOneErrorAndOtherTemplatesAreStillChecked(@TempDir Path services) throws IOException {
    JavaFileObject failing = template("Failing",
        "@MessageTemplate(subject = \"Order {{orderId}}\", body = \"Please confirm the size.\")",
        "@ContactReason(Reason.ORDER_DETAILS)",
        "public record Failing(String orderId) {}");
    JavaFileObject linked = template("StillChecked",
        "@MessageTemplate(subject = \"Order {{orderId}}\", body = \"See www.my-shop.de\")",
        "@ContactReason(Reason.ORDER_DETAILS)",
        "public record StillChecked(String orderId) {}");
    Compilation compilation;
    try (URLClassLoader rules = loaderWithRule(services, LinkageFailingRule.class)) {
      compilation = Compiler.javac().withProcessors(new MessagePolicyProcessor(rules)).compile(failing, linked);
    }
    assertThat(compilation).hadErrorContaining("internal error while checking template com.shop.Failing")
        .inFile(failing).onLineContaining("public record Failing");
    assertThat(compilation).hadErrorContaining("[no-links]").inFile(linked).onLineContaining("See www");
  }

  /** A NUL in a resource path cannot name a file: a template-syntax error at the path, not a crash. */
  @Test
  void resourcePathWithNulIsATemplateSyntaxError() {
    JavaFileObject source = template("NulPath",
        "@MessageTemplate(subject = \"Order {{orderId}}\",",
        "    bodyResource = \"messages/\\u0000.mustache\")",
        "@ContactReason(Reason.ORDER_DETAILS)",
        "public record NulPath(String orderId) {}");
    Compilation compilation = javac("-Amessagepolicy.templatesPath=" + ProcessorTestSupport.TEMPLATES).compile(source);
    assertThat(compilation).hadErrorContaining("[template-syntax] body resource 'messages/\u0000.mustache' cannot be read")
        .inFile(source).onLineContaining("bodyResource =");
    assertThat(compilation).hadErrorCount(1);
  }

  /** A class loader that finds {@code rule} as a service, as a third-party rule jar would provide it. */
  private static URLClassLoader loaderWithRule(Path directory, Class<? extends Rule> rule) throws IOException {
    Path services = directory.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve(Rule.class.getName()), rule.getName() + "\n");
    return new URLClassLoader(new URL[] {directory.toUri().toURL()}, CatalogAndOptionsTest.class.getClassLoader());
  }

  /** Generates a second review request in the first round. */
  static final class GeneratesATemplate extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (done) {
        return false;
      }
      done = true;
      try (Writer out = processingEnv.getFiler().createSourceFile("com.shop.Generated").openWriter()) {
        out.write(String.join("\n",
            "package com.shop;",
            "import dev.messagepolicy.annotations.*;",
            "@MessageTemplate(subject = \"Your order {{orderId}}\", body = \"How was order {{orderId}}?\")",
            "@ContactReason(Reason.REVIEW_REQUEST)",
            "public record Generated(String orderId) {}",
            ""));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return false;
    }
  }
}
