package dev.messagepolicy.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.messagepolicy.processor.ProcessorTestSupport.javac;
import static dev.messagepolicy.processor.ProcessorTestSupport.template;

import com.google.testing.compile.Compilation;
import dev.messagepolicy.engine.report.CatalogManifest;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * javac prints at most 100 errors: a template with hundreds of findings must not hide the findings
 * of the templates compiled after it. Each template prints at most 20, then one diagnostic that
 * counts the rest; the catalog manifest, which the plugin's report is made from, keeps them all.
 */
class DiagnosticCapTest {

  private static final int LINKS = 300;

  /** A body with {@code LINKS} different links, and one coupon at its end. */
  private static JavaFileObject flood() {
    String links = IntStream.rangeClosed(1, LINKS).mapToObj(i -> "www.shop" + i + ".de").collect(Collectors.joining(" "));
    return template("Flood",
        "@MessageTemplate(",
        "    subject = \"Your order {{orderId}}\",",
        "    body = \"" + links + " Use code SAVE10 for 10% off your next order.\")",
        "@ContactReason(Reason.ORDER_DETAILS)",
        "public record Flood(String orderId) {}");
  }

  /** Compiled after {@link #flood()}: its one link must still be printed. */
  private static JavaFileObject quiet() {
    return template("Quiet",
        "@MessageTemplate(",
        "    subject = \"Your order {{orderId}}\",",
        "    body = \"See www.quiet-shop.de for your order.\")",
        "@ContactReason(Reason.ORDER_DETAILS)",
        "public record Quiet(String orderId) {}");
  }

  private static List<String> messagesIn(Compilation compilation, JavaFileObject source) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getSource() != null && d.getSource().toUri().equals(source.toUri()))
        .map(d -> d.getMessage(Locale.ROOT))
        .toList();
  }

  @Test
  void aFloodedTemplatePrintsTwentyFindingsAndOneCountOfTheRest() throws IOException {
    JavaFileObject flood = flood();
    JavaFileObject quiet = quiet();

    // As warnings (javac stops at 100 of those too), so that the compilation succeeds and leaves its catalog.
    Compilation compilation = javac("-Amessagepolicy.failOnSeverity=NONE").compile(flood, quiet);

    List<String> floodMessages = messagesIn(compilation, flood);
    List<String> findings = floodMessages.stream().filter(m -> m.startsWith("[") && !m.startsWith("[message-policy]"))
        .toList();
    assertWithMessage("%s", floodMessages).that(findings).hasSize(DiagnosticBudget.PER_TEMPLATE);
    // The coupon comes after 300 links, yet is shown: every rule that fired keeps its first finding.
    assertThat(findings.stream().anyMatch(m -> m.startsWith("[no-promotions]"))).isTrue();

    List<String> counts = floodMessages.stream().filter(m -> m.startsWith("[message-policy]")).toList();
    assertWithMessage("%s", floodMessages).that(counts).hasSize(1);
    List<CatalogManifest.Entry> catalog = CatalogManifest.read(compilation
        .generatedFile(StandardLocation.CLASS_OUTPUT, CatalogManifest.PATH).orElseThrow().getCharContent(true).toString());
    int all = catalog.stream().filter(e -> e.source().id().equals("com.shop.Flood")).findFirst().orElseThrow()
        .findings().size();
    assertThat(all).isGreaterThan(LINKS);
    assertThat(counts.get(0)).startsWith("[message-policy] " + (all - DiagnosticBudget.PER_TEMPLATE)
        + " more findings of template com.shop.Flood are not shown here (");
    assertThat(counts.get(0)).contains(" no-links");
    assertThat(counts.get(0)).contains("target/message-policy/report.json");

    assertThat(messagesIn(compilation, quiet).stream().anyMatch(m -> m.startsWith("[no-links]")
        && m.contains("www.quiet-shop.de"))).isTrue();
  }

  @Test
  void theCountIsAnErrorWhenAFindingItLeavesOutFailsTheBuild() {
    Compilation compilation = javac().compile(flood());

    Diagnostic<? extends JavaFileObject> count = compilation.diagnostics().stream()
        .filter(d -> d.getMessage(Locale.ROOT).startsWith("[message-policy]")).findFirst().orElseThrow();
    assertThat(count.getKind()).isEqualTo(Diagnostic.Kind.ERROR);
  }

  @Test
  void aTemplateWithTwentyFindingsOrFewerPrintsThemAllAndNoCount() {
    Compilation compilation = javac().compile(quiet());

    assertThat(compilation.diagnostics().stream().map(d -> d.getMessage(Locale.ROOT))
        .filter(m -> m.startsWith("[message-policy]")).toList()).isEmpty();
  }
}
