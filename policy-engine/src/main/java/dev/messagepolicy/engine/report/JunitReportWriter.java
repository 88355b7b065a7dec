package dev.messagepolicy.engine.report;

import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.rules.RuleDescriptor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code TEST-message-policy.xml}: the findings in the JUnit XML format that CI systems show in
 * their test view. Each template is a test case and each of its findings a failure, so a
 * compliant template is a passing test. The name matches the usual {@code TEST-*.xml} pattern.
 */
public final class JunitReportWriter {

  public static final String FILE_NAME = "TEST-message-policy.xml";

  private static final String SUITE = "message-policy";

  private JunitReportWriter() {}

  public static String render(Report report) {
    Map<String, List<Finding>> byTemplate = new LinkedHashMap<>();
    report.templates().forEach(t -> byTemplate.put(t.id(), new ArrayList<>()));
    // A finding of a template the report does not list (a cross-template rule) still shows.
    report.findings().forEach(f -> byTemplate.computeIfAbsent(f.templateId(), id -> new ArrayList<>()).add(f));
    long failing = byTemplate.values().stream().filter(f -> !f.isEmpty()).count();

    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<testsuites name=\"").append(SUITE).append("\" tests=\"").append(byTemplate.size())
        .append("\" failures=\"").append(failing).append("\" errors=\"0\">\n");
    xml.append("  <testsuite name=\"").append(SUITE).append("\" tests=\"").append(byTemplate.size())
        .append("\" failures=\"").append(failing).append("\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
    Map<String, String> sources = new LinkedHashMap<>();
    report.templates().forEach(t -> sources.put(t.id(), t.source()));
    for (Map.Entry<String, List<Finding>> entry : byTemplate.entrySet()) {
      xml.append("    <testcase classname=\"").append(SUITE).append("\" name=\"").append(Markup.xml(entry.getKey()))
          .append('"');
      String source = sources.get(entry.getKey());
      if (source != null && !source.isEmpty()) {
        xml.append(" file=\"").append(Markup.xml(source)).append('"');
      }
      xml.append(" time=\"0\"");
      if (entry.getValue().isEmpty()) {
        xml.append("/>\n");
        continue;
      }
      xml.append(">\n");
      for (Finding finding : entry.getValue()) {
        xml.append("      <failure type=\"").append(Markup.xml(finding.rule())).append("\" message=\"")
            .append(Markup.xml(finding.severity() + " " + finding.headline())).append("\">")
            .append(Markup.xml(details(finding))).append("</failure>\n");
      }
      xml.append("    </testcase>\n");
    }
    xml.append("  </testsuite>\n</testsuites>\n");
    return xml.toString();
  }

  public static Path write(Report report, Path directory) throws IOException {
    Path target = directory.resolve(FILE_NAME);
    AtomicFiles.write(target, render(report));
    return target;
  }

  private static String details(Finding finding) {
    StringBuilder text = new StringBuilder();
    text.append(finding.position()).append(' ').append(finding.headline()).append('\n');
    if (!finding.caretExcerpt().isEmpty()) {
      text.append(finding.caretExcerpt()).append('\n');
    } else if (!finding.excerpt().isEmpty()) {
      text.append("excerpt: ").append(finding.excerpt()).append('\n');
    }
    if (!finding.hint().isEmpty()) {
      text.append("hint: ").append(finding.hint()).append('\n');
    }
    text.append("see ").append(RuleDescriptor.docPath(finding.rule()));
    return text.toString();
  }
}
