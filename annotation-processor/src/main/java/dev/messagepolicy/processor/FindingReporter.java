package dev.messagepolicy.processor;

import dev.messagepolicy.engine.finding.FailOnSeverity;
import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.finding.Severity;
import dev.messagepolicy.engine.rules.RuleDescriptor;
import java.util.stream.Collectors;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Prints findings as javac diagnostics, on the element, annotation and annotation value they
 * concern. The text is the one every adapter shows:
 *
 * <pre>
 * [no-links] links are not allowed in buyer messages: "www.my-shop.de"
 *   at src/main/resources/messages/engraving.mustache:7:12
 *     Visit www.my-shop.de today
 *           ^
 *   hint: Remove the link; …
 *   see docs/rules/no-links.md
 * </pre>
 */
final class FindingReporter {

  private static final String EXCERPT_INDENT = "    ";

  private final Messager messager;
  private final FailOnSeverity failOn;

  FindingReporter(Messager messager, FailOnSeverity failOn) {
    this.messager = messager;
    this.failOn = failOn;
  }

  void report(Finding finding, DiagnosticTarget target, JavaSourceFile declaringFile) {
    messager.printMessage(kindFor(finding.severity()), text(finding, declaringFile),
        target.element(), target.annotation(), target.value());
  }

  /** A finding whose template class cannot be found any more: printed without an element. */
  void reportWithoutElement(Finding finding) {
    messager.printMessage(kindFor(finding.severity()), text(finding, null));
  }

  /**
   * One diagnostic on the template's class for the findings {@link DiagnosticBudget} left out: how
   * many, of which rules, and where they all are. It is an error when a finding left out fails the
   * build, so that the compilation fails as it would with all of them printed.
   */
  void reportHidden(Element element, String templateId, DiagnosticBudget.Selection selection) {
    if (selection.hidden().isEmpty()) {
      return;
    }
    Severity worst = selection.hidden().stream().map(Finding::severity).min(Enum::compareTo).orElseThrow();
    String byRule = selection.hiddenByRule().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
        .collect(Collectors.joining(", "));
    messager.printMessage(kindFor(worst), Message.FINDINGS_NOT_SHOWN.format(selection.hidden().size(), templateId,
        byRule, selection.shown().size()), element);
  }

  /** An unexpected failure: one error on the element, naming the template and asking for a bug report. */
  void internalError(Element element, String templateId, Throwable failure) {
    messager.printMessage(Diagnostic.Kind.ERROR, Message.INTERNAL_ERROR.format(templateId, failure), element);
  }

  static String text(Finding finding, JavaSourceFile declaringFile) {
    StringBuilder text = new StringBuilder(finding.headline());
    text.append('\n').append(Message.FINDING_AT.format(finding.position()));
    String excerpt = caretExcerpt(finding, declaringFile);
    if (!excerpt.isEmpty()) {
      for (String line : excerpt.split("\n", -1)) {
        text.append('\n').append(EXCERPT_INDENT).append(line);
      }
    }
    if (!finding.hint().isBlank()) {
      text.append('\n').append(Message.FINDING_HINT.format(finding.hint()));
    }
    text.append('\n').append(Message.FINDING_DOCS.format(
        new RuleDescriptor(finding.rule(), "", finding.severity(), "").docPath()));
    return text.toString();
  }

  /**
   * The caret excerpt. Findings in inline text carry their Java source line already (the reader
   * gives it with the text); a finding about the declaration (its reason, its flags) carries
   * none, and is shown on the Java line it points at.
   */
  private static String caretExcerpt(Finding finding, JavaSourceFile declaringFile) {
    if (finding.sourceLine().isEmpty() && declaringFile != null && declaringFile.hasText()
        && finding.position().file().equals(declaringFile.name())) {
      String javaLine = declaringFile.line(finding.position().line());
      if (!javaLine.isEmpty()) {
        return new Finding(finding.rule(), finding.severity(), finding.templateId(), finding.position(),
            finding.anchor(), finding.message(), finding.excerpt(), finding.hint(), javaLine).caretExcerpt();
      }
    }
    return finding.caretExcerpt();
  }

  /** Findings that fail the build are javac errors; the others warnings, and notes stay notes. */
  private Diagnostic.Kind kindFor(Severity severity) {
    if (failOn.fails(severity)) {
      return Diagnostic.Kind.ERROR;
    }
    return severity == Severity.NOTE ? Diagnostic.Kind.NOTE : Diagnostic.Kind.WARNING;
  }
}
