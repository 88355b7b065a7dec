package dev.messagepolicy.engine.report;

import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.finding.Severity;
import dev.messagepolicy.engine.rules.RuleDescriptor;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code report.md}: a short summary for CI job pages and pull-request comments: the totals,
 * one table row per rule with a link to its page, and the first findings.
 */
public final class MarkdownReportWriter {

  public static final String FILE_NAME = "report.md";

  /** How many findings the summary lists; the full list is in the other formats. */
  static final int MAX_FINDINGS = 50;

  private MarkdownReportWriter() {}

  public static String render(Report report, ReportContext context) {
    StringBuilder md = new StringBuilder("## message-policy\n\n");
    long errors = report.count(Severity.ERROR);
    md.append(errors == 0 ? "✅ " : "❌ ").append(report.templates().size()).append(" templates checked: ")
        .append(errors).append(" errors, ").append(report.count(Severity.WARNING)).append(" warnings, ")
        .append(report.count(Severity.NOTE)).append(" notes, ").append(report.suppressed().size())
        .append(" suppressed.\n");
    if (report.findings().isEmpty() && report.suppressed().isEmpty()) {
      return md.toString();
    }
    md.append("\n| rule | what it catches | errors | warnings | notes | suppressed |\n");
    md.append("|---|---|---:|---:|---:|---:|\n");
    for (RuleCounts counts : RuleCounts.of(report)) {
      String summary = context.rule(counts.rule()).map(RuleDescriptor::summary).orElse("");
      md.append("| [").append(Markup.markdown(counts.rule())).append("](")
          .append(RuleDescriptor.docPath(counts.rule())).append(") | ").append(Markup.markdown(summary))
          .append(" | ").append(counts.errors()).append(" | ").append(counts.warnings()).append(" | ")
          .append(counts.notes()).append(" | ").append(counts.suppressed()).append(" |\n");
    }
    if (!report.findings().isEmpty()) {
      md.append("\n### Findings\n\n");
      report.findings().stream().limit(MAX_FINDINGS).forEach(f -> md.append(item(f)));
      int more = report.findings().size() - MAX_FINDINGS;
      if (more > 0) {
        md.append("\n…and ").append(more).append(" more: see report.html or report.sarif.\n");
      }
    }
    return md.toString();
  }

  public static Path write(Report report, ReportContext context, Path directory) throws IOException {
    Path target = directory.resolve(FILE_NAME);
    AtomicFiles.write(target, render(report, context));
    return target;
  }

  private static String item(Finding finding) {
    StringBuilder line = new StringBuilder("- **").append(finding.severity()).append("** `")
        .append(code(finding.position().toString())).append("` [").append(Markup.markdown(finding.rule()))
        .append("](").append(RuleDescriptor.docPath(finding.rule())).append(") ")
        .append(Markup.markdown(finding.message()));
    if (!finding.excerpt().isEmpty()) {
      line.append(": `").append(code(finding.excerpt())).append('`');
    }
    return line.append('\n').toString();
  }

  /** Text inside a code span: one line, no backticks (a code span cannot escape them). */
  private static String code(String text) {
    return text.replace('`', '\'').replace('\n', ' ').replace('\r', ' ');
  }
}
