package dev.messagepolicy.engine.report;

import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.finding.Severity;
import dev.messagepolicy.engine.rules.RuleDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code report.html}: the compliance report for people who do not read JSON. One file, no
 * external assets (styles and the filter script are inlined): a summary per rule and per
 * template, every finding with the template text around it and the offending excerpt
 * highlighted, each template's metadata, and filters by rule, severity and template.
 */
public final class HtmlReportWriter {

  public static final String FILE_NAME = "report.html";

  /** Lines of template text shown before and after the line of a finding. */
  static final int CONTEXT_LINES = 2;

  private HtmlReportWriter() {}

  public static String render(Report report, ReportContext context) {
    StringBuilder html = new StringBuilder(16 * 1024);
    long errors = report.count(Severity.ERROR);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>message-policy compliance report</title>\n<style>\n").append(resource("report.css"))
        .append("</style>\n</head>\n<body>\n<header>\n<h1>Buyer message compliance report</h1>\n")
        .append("<div class=\"verdict ").append(errors == 0 ? "pass" : "fail").append("\" id=\"verdict\">")
        .append(report.templates().size()).append(" templates checked: ").append(errors).append(" errors, ")
        .append(report.count(Severity.WARNING)).append(" warnings, ").append(report.count(Severity.NOTE))
        .append(" notes, ").append(report.suppressed().size()).append(" suppressed</div>\n")
        .append("<div class=\"meta\">message-policy ").append(Markup.xml(Json.toolVersion())).append("</div>\n")
        .append("</header>\n<main>\n");
    rules(html, report, context);
    templates(html, report);
    findings(html, report, context);
    suppressed(html, report, context);
    html.append("</main>\n<script>\n").append(resource("report.js")).append("</script>\n</body>\n</html>\n");
    return html.toString();
  }

  public static Path write(Report report, ReportContext context, Path directory) throws IOException {
    Path target = directory.resolve(FILE_NAME);
    AtomicFiles.write(target, render(report, context));
    return target;
  }

  private static void rules(StringBuilder html, Report report, ReportContext context) {
    html.append("<h2 id=\"by-rule\">Findings by rule</h2>\n");
    List<RuleCounts> counts = RuleCounts.of(report);
    if (counts.isEmpty()) {
      html.append("<p class=\"empty\">No rule found anything.</p>\n");
      return;
    }
    html.append("<table id=\"rule-summary\">\n<tr><th>rule</th><th>what it catches</th><th>errors</th>")
        .append("<th>warnings</th><th>notes</th><th>suppressed</th></tr>\n");
    for (RuleCounts c : counts) {
      String summary = context.rule(c.rule()).map(RuleDescriptor::summary).orElse("");
      html.append("<tr data-rule=\"").append(Markup.xml(c.rule())).append("\"><td>").append(ruleLink(c.rule()))
          .append("</td><td>").append(Markup.xml(summary)).append("</td><td class=\"num\">").append(c.errors())
          .append("</td><td class=\"num\">").append(c.warnings()).append("</td><td class=\"num\">")
          .append(c.notes()).append("</td><td class=\"num\">").append(c.suppressed()).append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  private static void templates(StringBuilder html, Report report) {
    html.append("<h2 id=\"by-template\">Templates</h2>\n");
    Map<String, Long> findings = report.findings().stream()
        .collect(Collectors.groupingBy(Finding::templateId, Collectors.counting()));
    html.append("<table id=\"template-summary\">\n<tr><th>template</th><th>file</th><th>contact reason</th>")
        .append("<th>critical</th><th>marketplace</th><th>reaches opted-out buyers</th><th>findings</th></tr>\n");
    for (Report.TemplateEntry t : report.templates()) {
      html.append("<tr data-template=\"").append(Markup.xml(t.id())).append("\"><td>").append(Markup.xml(t.id()))
          .append("</td><td>").append(Markup.xml(t.source())).append("</td><td>")
          .append(t.reason() == null ? "<span class=\"empty\">none declared</span>" : Markup.xml(t.reason()))
          .append("</td><td>").append(t.critical() ? "yes" : "no").append("</td><td>")
          .append(Markup.xml(t.marketplace())).append("</td><td>").append(t.reachesOptedOutBuyers() ? "yes" : "no")
          .append("</td><td class=\"num\">").append(findings.getOrDefault(t.id(), 0L)).append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  private static void findings(StringBuilder html, Report report, ReportContext context) {
    html.append("<h2 id=\"findings-title\">Findings</h2>\n<div class=\"filters\">\n");
    select(html, "filter-rule", "Rule", values(report, Finding::rule));
    select(html, "filter-severity", "Severity", values(report, f -> f.severity().name()));
    select(html, "filter-template", "Template", values(report, Finding::templateId));
    html.append("<span id=\"shown\"></span>\n</div>\n<div id=\"findings\">\n");
    if (report.findings().isEmpty()) {
      html.append("<p class=\"empty\">No findings: every template follows the rules that were run.</p>\n");
    }
    for (Finding finding : report.findings()) {
      finding(html, finding, context, null);
    }
    html.append("</div>\n");
  }

  private static void suppressed(StringBuilder html, Report report, ReportContext context) {
    if (report.suppressed().isEmpty()) {
      return;
    }
    html.append("<h2 id=\"suppressed-title\">Suppressed findings</h2>\n")
        .append("<p>These were silenced by a suppression on the template and do not fail the build.</p>\n")
        .append("<div id=\"suppressed\">\n");
    for (Report.Suppressed s : report.suppressed()) {
      finding(html, s.finding(), context, s.justification());
    }
    html.append("</div>\n");
  }

  private static void finding(StringBuilder html, Finding f, ReportContext context, String justification) {
    boolean suppressed = justification != null;
    html.append("<section class=\"finding sev-").append(f.severity()).append(suppressed ? " suppressed" : "")
        .append("\" data-rule=\"").append(Markup.xml(f.rule())).append("\" data-severity=\"").append(f.severity())
        .append("\" data-template=\"").append(Markup.xml(f.templateId())).append("\">\n<h3>")
        .append(suppressed ? "<span class=\"badge suppressed\">SUPPRESSED</span>" : "")
        .append("<span class=\"badge sev-").append(f.severity()).append("\">").append(f.severity()).append("</span>")
        .append(Markup.xml(f.message())).append("</h3>\n<div class=\"where\">").append(ruleLink(f.rule()))
        .append(" · template <b>").append(Markup.xml(f.templateId())).append("</b> · ")
        .append(Markup.xml(f.position().toString())).append("</div>\n");
    excerpt(html, f, context.sourceLines());
    if (!f.hint().isEmpty()) {
      html.append("<p class=\"hint\"><b>How to fix:</b> ").append(Markup.xml(f.hint())).append("</p>\n");
    }
    if (suppressed) {
      html.append("<p class=\"hint\"><b>Justification:</b> ")
          .append(justification.isBlank() ? "<span class=\"empty\">none given</span>" : Markup.xml(justification))
          .append("</p>\n");
    }
    html.append("</section>\n");
  }

  /** The lines around the finding, the offending excerpt marked on its line. */
  private static void excerpt(StringBuilder html, Finding f, SourceLines sourceLines) {
    int line = f.position().line();
    List<String> lines = sourceLines.of(f.position().file());
    boolean fromFile = line >= 1 && line <= lines.size()
        && (f.sourceLine().isEmpty() || lines.get(line - 1).equals(f.sourceLine()));
    if (!fromFile && f.sourceLine().isEmpty()) {
      if (!f.excerpt().isEmpty()) {
        html.append("<pre class=\"context\"><span class=\"line hit\"><mark class=\"excerpt\">")
            .append(Markup.xml(f.excerpt())).append("</mark></span></pre>\n");
      }
      return;
    }
    int first = fromFile ? Math.max(1, line - CONTEXT_LINES) : line;
    int last = fromFile ? Math.min(lines.size(), line + CONTEXT_LINES) : line;
    html.append("<pre class=\"context\">");
    for (int n = first; n <= last; n++) {
      String text = n == line && !fromFile ? f.sourceLine() : lines.get(n - 1);
      html.append("<span class=\"line").append(n == line ? " hit" : "").append("\"><span class=\"no\">").append(n)
          .append("</span>").append(n == line ? marked(text, f) : Markup.xml(text)).append("</span>");
    }
    html.append("</pre>\n");
  }

  /** The line with the excerpt marked where the finding's column points, or where it first occurs. */
  static String marked(String text, Finding f) {
    String excerpt = f.excerpt();
    int start = Math.max(0, f.position().column() - 1);
    int length;
    if (!excerpt.isEmpty() && start <= text.length() && text.startsWith(excerpt, start)) {
      length = excerpt.length();
    } else if (!excerpt.isEmpty() && text.contains(excerpt)) {
      start = text.indexOf(excerpt);
      length = excerpt.length();
    } else if (start < text.length()) {
      // The excerpt spans lines (or is not written as it reads): mark from the column to the end.
      length = text.length() - start;
    } else {
      return Markup.xml(text);
    }
    return Markup.xml(text.substring(0, start)) + "<mark class=\"excerpt\">"
        + Markup.xml(text.substring(start, start + length)) + "</mark>" + Markup.xml(text.substring(start + length));
  }

  private static TreeSet<String> values(Report report, Function<Finding, String> value) {
    return report.findings().stream().map(value).collect(Collectors.toCollection(TreeSet::new));
  }

  private static void select(StringBuilder html, String id, String label, TreeSet<String> values) {
    html.append("<label>").append(label).append(" <select id=\"").append(id).append("\">")
        .append("<option value=\"\">all</option>");
    for (String value : values) {
      html.append("<option value=\"").append(Markup.xml(value)).append("\">").append(Markup.xml(value))
          .append("</option>");
    }
    html.append("</select></label>\n");
  }

  private static String ruleLink(String rule) {
    return "<a class=\"rule\" href=\"" + Markup.xml(RuleDescriptor.docPath(rule)) + "\" title=\"the rule's documentation\">"
        + Markup.xml(rule) + "</a>";
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReportWriter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " beside " + HtmlReportWriter.class.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
