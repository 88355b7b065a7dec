package dev.messagepolicy.engine.report;

import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.finding.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What a build checked and found: the content of every report format. */
public record Report(List<TemplateEntry> templates, List<Finding> findings) {

  /**
   * A checked template as the report lists it.
   *
   * @param source the file that holds the template's body, relative to the project
   * @param reason the contact reason, or {@code null}
   */
  public record TemplateEntry(
      String id, String source, String reason, boolean critical, String marketplace, String variantGroup) {}

  public Report {
    List<TemplateEntry> sortedTemplates = new ArrayList<>(templates);
    sortedTemplates.sort(Comparator.comparing(TemplateEntry::id));
    templates = List.copyOf(sortedTemplates);
    List<Finding> sortedFindings = new ArrayList<>(findings);
    sortedFindings.sort(Finding.ORDER);
    findings = List.copyOf(sortedFindings);
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }
}
