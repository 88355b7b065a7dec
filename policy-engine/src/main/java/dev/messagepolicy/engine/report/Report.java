package dev.messagepolicy.engine.report;

import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.finding.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a build checked and found: the content of every report format.
 *
 * @param suppressed findings that a template's suppression silenced, with its justification:
 *     they never fail the build, SARIF marks them as suppressions and the HTML report lists them
 */
public record Report(List<TemplateEntry> templates, List<Finding> findings, List<Suppressed> suppressed) {

  /**
   * A checked template as the report lists it.
   *
   * @param source the file that holds the template's body, relative to the project
   * @param reason the contact reason, or {@code null}
   */
  public record TemplateEntry(
      String id, String source, String reason, boolean critical, String marketplace, String variantGroup) {

    /**
     * Whether the message also reaches buyers who opted out of unsolicited messages: critical
     * messages and replies in a thread the buyer opened do (RULES.md, opt-out).
     */
    public boolean reachesOptedOutBuyers() {
      return critical || "BUYER_REPLY".equals(reason);
    }
  }

  /** A finding silenced by a suppression, and the justification the suppression gives. */
  public record Suppressed(Finding finding, String justification) {
    public Suppressed {
      justification = justification == null ? "" : justification;
    }
  }

  /** A report without suppressed findings. */
  public Report(List<TemplateEntry> templates, List<Finding> findings) {
    this(templates, findings, List.of());
  }

  public Report {
    List<TemplateEntry> sortedTemplates = new ArrayList<>(templates);
    sortedTemplates.sort(Comparator.comparing(TemplateEntry::id));
    templates = List.copyOf(sortedTemplates);
    List<Finding> sortedFindings = new ArrayList<>(findings);
    sortedFindings.sort(Finding.ORDER);
    findings = List.copyOf(sortedFindings);
    List<Suppressed> sortedSuppressed = new ArrayList<>(suppressed);
    sortedSuppressed.sort(Comparator.comparing(Suppressed::finding, Finding.ORDER)
        .thenComparing(Suppressed::justification));
    suppressed = List.copyOf(sortedSuppressed);
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }
}
