package dev.messagepolicy.engine.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.finding.Severity;
import dev.messagepolicy.engine.rules.RuleDescriptor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code report.sarif}: SARIF 2.1.0 for code-scanning services. One run; the rules table comes
 * from the rule metadata, each result points at the file, line and column of the finding, and
 * suppressed findings are results with an in-source suppression. Paths stay project-relative
 * (against {@code %SRCROOT%}); columns count UTF-16 code units, as Java strings do.
 */
public final class SarifReportWriter {

  public static final String FILE_NAME = "report.sarif";

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  private static final String SOURCE_ROOT = "%SRCROOT%";

  private SarifReportWriter() {}

  public static String render(Report report, ReportContext context) {
    List<RuleDescriptor> rules = rulesTable(report, context);
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      ruleIndex.put(rules.get(i).id(), i);
    }

    ObjectNode root = Json.object();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "message-policy");
    driver.put("version", Json.toolVersion());
    ArrayNode rulesNode = driver.putArray("rules");
    rules.forEach(rule -> rulesNode.add(rule(rule)));

    ObjectNode sourceRoot = run.putObject("originalUriBaseIds").putObject(SOURCE_ROOT);
    sourceRoot.putObject("description").put("text", "The project's base directory.");
    run.put("columnKind", "utf16CodeUnits");

    ArrayNode results = run.putArray("results");
    for (Finding finding : report.findings()) {
      results.add(result(finding, ruleIndex));
    }
    for (Report.Suppressed suppressed : report.suppressed()) {
      ObjectNode result = result(suppressed.finding(), ruleIndex);
      ObjectNode suppression = result.putArray("suppressions").addObject();
      suppression.put("kind", "inSource");
      suppression.put("status", "accepted");
      if (!suppressed.justification().isBlank()) {
        suppression.put("justification", suppressed.justification());
      }
      results.add(result);
    }
    return Json.write(root);
  }

  public static Path write(Report report, ReportContext context, Path directory) throws IOException {
    Path target = directory.resolve(FILE_NAME);
    AtomicFiles.write(target, render(report, context));
    return target;
  }

  /** The registry's rules, plus any rule a finding names that the registry does not know. */
  private static List<RuleDescriptor> rulesTable(Report report, ReportContext context) {
    List<RuleDescriptor> rules = new ArrayList<>(context.rules());
    List<Finding> all = new ArrayList<>(report.findings());
    report.suppressed().forEach(s -> all.add(s.finding()));
    for (Finding finding : all) {
      if (rules.stream().noneMatch(r -> r.id().equals(finding.rule()))) {
        rules.add(new RuleDescriptor(finding.rule(), finding.rule(), finding.severity(), ""));
      }
    }
    return rules;
  }

  private static ObjectNode rule(RuleDescriptor rule) {
    ObjectNode node = Json.object();
    node.put("id", rule.id());
    node.putObject("shortDescription").put("text", rule.summary());
    if (!rule.guideline().isEmpty()) {
      node.putObject("fullDescription").put("text", rule.guideline());
    }
    ObjectNode help = node.putObject("help");
    help.put("text", "See " + rule.docPath() + " in the message-policy documentation.");
    help.put("markdown", "See [" + rule.docPath() + "](" + rule.docPath() + ") in the message-policy documentation.");
    node.putObject("defaultConfiguration").put("level", level(rule.severity()));
    node.putObject("properties").put("docPath", rule.docPath());
    return node;
  }

  private static ObjectNode result(Finding finding, Map<String, Integer> ruleIndex) {
    ObjectNode result = Json.object();
    result.put("ruleId", finding.rule());
    result.put("ruleIndex", ruleIndex.get(finding.rule()));
    result.put("level", level(finding.severity()));
    String text = finding.message() + (finding.hint().isEmpty() ? "" : " Fix: " + finding.hint())
        + " (see " + RuleDescriptor.docPath(finding.rule()) + ")";
    result.putObject("message").put("text", text);
    ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
    ObjectNode artifact = physical.putObject("artifactLocation");
    artifact.put("uri", uri(finding.position().file()));
    artifact.put("uriBaseId", SOURCE_ROOT);
    ObjectNode region = physical.putObject("region");
    region.put("startLine", Math.max(1, finding.position().line()));
    region.put("startColumn", Math.max(1, finding.position().column()));
    String excerpt = finding.excerpt();
    if (!excerpt.isEmpty() && excerpt.indexOf('\n') < 0 && excerpt.indexOf('\r') < 0) {
      region.put("endColumn", Math.max(1, finding.position().column()) + excerpt.length());
    }
    if (!excerpt.isEmpty()) {
      region.putObject("snippet").put("text", excerpt);
    }
    result.putObject("partialFingerprints").put("messagePolicy/v1",
        finding.rule() + ":" + finding.templateId() + ":" + excerpt);
    result.putObject("properties").put("template", finding.templateId());
    return result;
  }

  /** A relative path as a URI reference: {@code /} separators, spaces and other specials escaped. */
  static String uri(String file) {
    StringBuilder uri = new StringBuilder();
    for (byte b : file.replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
        uri.append((char) c);
      } else {
        uri.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return uri.toString();
  }

  private static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTE -> "note";
    };
  }
}
