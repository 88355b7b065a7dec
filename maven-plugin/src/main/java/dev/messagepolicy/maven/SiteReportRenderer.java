package dev.messagepolicy.maven;

import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.finding.Severity;
import dev.messagepolicy.engine.report.Report;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.doxia.sink.Sink;

/**
 * Renders a {@link Report} as the Maven site page: a summary, the findings per rule, every
 * finding with its place and excerpt, and the templates with their metadata. Doxia turns the
 * sink's events into the site's HTML, so the page looks like the site's other reports.
 */
final class SiteReportRenderer {

  static final String TITLE = "Message Policy";

  private final Sink sink;

  SiteReportRenderer(Sink sink) {
    this.sink = sink;
  }

  /** The page for a module's report. */
  void render(Report report) {
    open();
    summary(report);
    rules(report.findings());
    findings(report.findings());
    templates(report.templates());
    close();
  }

  /** The page for a module without templates, or whose templates could not be read. */
  void renderNotice(String notice) {
    open();
    sink.paragraph();
    sink.text(notice);
    sink.paragraph_();
    close();
  }

  private void open() {
    sink.head();
    sink.title();
    sink.text(TITLE);
    sink.title_();
    sink.head_();
    sink.body();
    sink.section1();
    sink.sectionTitle1();
    sink.text(TITLE);
    sink.sectionTitle1_();
  }

  private void close() {
    sink.section1_();
    sink.body_();
    sink.flush();
    sink.close();
  }

  private void summary(Report report) {
    sink.paragraph();
    sink.text("Buyer-seller message templates checked against the marketplace's messaging rules.");
    sink.paragraph_();
    table(List.of("Templates", "Errors", "Warnings", "Notes"), List.of(List.of(
        String.valueOf(report.templates().size()), String.valueOf(report.count(Severity.ERROR)),
        String.valueOf(report.count(Severity.WARNING)), String.valueOf(report.count(Severity.NOTE)))));
  }

  private void rules(List<Finding> findings) {
    if (findings.isEmpty()) {
      return;
    }
    Map<String, Integer> perRule = new TreeMap<>();
    findings.forEach(f -> perRule.merge(f.rule(), 1, Integer::sum));
    subsection("Findings per rule");
    table(List.of("Rule", "Findings"),
        perRule.entrySet().stream().map(e -> List.of(e.getKey(), String.valueOf(e.getValue()))).toList());
    sink.section2_();
  }

  private void findings(List<Finding> findings) {
    subsection("Findings");
    if (findings.isEmpty()) {
      sink.paragraph();
      sink.text("No findings: every template follows the rules.");
      sink.paragraph_();
    } else {
      table(List.of("Severity", "Rule", "Template", "Where", "Message", "Excerpt"), findings.stream()
          .map(f -> List.of(f.severity().name(), f.rule(), f.templateId(),
              f.position().file() + ":" + f.position().line() + ":" + f.position().column(), f.message(), f.excerpt()))
          .toList());
    }
    sink.section2_();
  }

  private void templates(List<Report.TemplateEntry> templates) {
    subsection("Templates");
    table(List.of("Template", "Source", "Reason", "Critical", "Marketplace", "Variant group"), templates.stream()
        .map(t -> List.of(t.id(), nullToEmpty(t.source()), nullToEmpty(t.reason()), t.critical() ? "yes" : "no",
            nullToEmpty(t.marketplace()), nullToEmpty(t.variantGroup())))
        .toList());
    sink.section2_();
  }

  private void subsection(String title) {
    sink.section2();
    sink.sectionTitle2();
    sink.text(title);
    sink.sectionTitle2_();
  }

  private void table(List<String> header, List<List<String>> rows) {
    sink.table();
    sink.tableRows(null, false);
    sink.tableRow();
    for (String cell : header) {
      sink.tableHeaderCell();
      sink.text(cell);
      sink.tableHeaderCell_();
    }
    sink.tableRow_();
    for (List<String> row : rows) {
      sink.tableRow();
      for (String cell : row) {
        sink.tableCell();
        sink.text(cell);
        sink.tableCell_();
      }
      sink.tableRow_();
    }
    sink.tableRows_();
    sink.table_();
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
