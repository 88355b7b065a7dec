package dev.messagepolicy.engine.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.finding.Severity;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code report.json}, schema version 1 (DESIGN.md, "The report contract"). Other tools read
 * it: fields are only ever added. Deterministic: the same input gives the same bytes.
 */
public final class JsonReportWriter {

  public static final String FILE_NAME = "report.json";

  private JsonReportWriter() {}

  public static String render(Report report) {
    ObjectNode root = Json.object();
    root.put("schemaVersion", 1);
    root.set("tool", Json.tool());
    ArrayNode templates = root.putArray("templates");
    for (Report.TemplateEntry template : report.templates()) {
      ObjectNode node = templates.addObject();
      node.put("id", template.id());
      node.put("source", template.source());
      node.put("reason", template.reason());
      node.put("critical", template.critical());
      node.put("marketplace", template.marketplace());
      node.put("variantGroup", template.variantGroup());
    }
    ArrayNode findings = root.putArray("findings");
    for (Finding finding : report.findings()) {
      ObjectNode node = Json.tree(json -> FindingJson.write(finding, json));
      node.remove("anchor");
      node.remove("sourceLine");
      findings.add(node);
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("templates", report.templates().size());
    summary.put("errors", report.count(Severity.ERROR));
    summary.put("warnings", report.count(Severity.WARNING));
    return Json.write(root);
  }

  /** Writes {@code report.json} into {@code directory}, atomically. */
  public static Path write(Report report, Path directory) throws IOException {
    Path target = directory.resolve(FILE_NAME);
    AtomicFiles.write(target, render(report));
    return target;
  }
}
