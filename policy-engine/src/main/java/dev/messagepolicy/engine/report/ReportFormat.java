package dev.messagepolicy.engine.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The report formats a build can leave, by the names the {@code formats} setting uses. Each
 * writes one file into the output directory, atomically and deterministically.
 */
public enum ReportFormat {
  JSON(JsonReportWriter.FILE_NAME),
  HTML(HtmlReportWriter.FILE_NAME),
  SARIF(SarifReportWriter.FILE_NAME),
  JUNIT(JunitReportWriter.FILE_NAME),
  MARKDOWN(MarkdownReportWriter.FILE_NAME);

  /** The formats written when none are configured (DESIGN.md). */
  public static final String DEFAULT = "json,html,sarif";

  private final String fileName;

  ReportFormat(String fileName) {
    this.fileName = fileName;
  }

  public String fileName() {
    return fileName;
  }

  /** The setting's name of the format: {@code sarif}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The report in this format. */
  public String render(Report report, ReportContext context) {
    return switch (this) {
      case JSON -> JsonReportWriter.render(report);
      case HTML -> HtmlReportWriter.render(report, context);
      case SARIF -> SarifReportWriter.render(report, context);
      case JUNIT -> JunitReportWriter.render(report);
      case MARKDOWN -> MarkdownReportWriter.render(report, context);
    };
  }

  /** Writes the report in this format into {@code directory}, atomically; returns the file. */
  public Path write(Report report, ReportContext context, Path directory) throws IOException {
    Path target = directory.resolve(fileName);
    AtomicFiles.write(target, render(report, context));
    return target;
  }

  /**
   * The formats a comma-separated setting names, case-insensitively; blank means
   * {@link #DEFAULT}.
   *
   * @throws IllegalArgumentException naming the unknown format and the valid ones
   */
  public static Set<ReportFormat> parse(String value) {
    String list = value == null || value.isBlank() ? DEFAULT : value;
    Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
    for (String entry : list.split(",")) {
      String name = entry.strip();
      if (name.isEmpty()) {
        continue;
      }
      formats.add(Arrays.stream(values()).filter(f -> f.id().equalsIgnoreCase(name)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("unknown report format '" + name + "'; valid formats: "
              + validNames())));
    }
    return formats;
  }

  /** {@code json, html, sarif, junit, markdown}. */
  public static String validNames() {
    return Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", "));
  }
}
