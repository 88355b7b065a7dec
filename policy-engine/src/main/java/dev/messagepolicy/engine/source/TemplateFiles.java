package dev.messagepolicy.engine.source;

import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.Reason;
import dev.messagepolicy.engine.template.SyntaxError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a standalone template file: an optional front-matter block between {@code ---} lines
 * ({@code reason}, {@code critical}, {@code marketplace}, {@code subject}, {@code variant},
 * {@code suppress}, {@code justification}), then the Mustache body. A file without front matter
 * is checked with content rules only. Every problem in the front matter becomes a declaration
 * error with its line and column; nothing is thrown.
 */
public final class TemplateFiles {

  private static final String FENCE = "---";
  private static final List<String> KEYS =
      List.of("reason", "critical", "marketplace", "subject", "variant", "suppress", "justification");

  private TemplateFiles() {}

  /**
   * @param file the file's path relative to the project, with {@code /}: the template's id
   * @param resourcePath the file's path inside its template directory (partials resolve beside it)
   * @param content the file's text
   * @param defaultMarketplace the marketplace when the front matter names none
   */
  public static TemplateSource read(String file, String resourcePath, String content, Marketplace defaultMarketplace) {
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    int bomShift = content.length() - text.length();
    SourceText whole = new SourceText(file, text, 1, 1);
    List<String> lines = Arrays.asList(text.split("\n", -1));
    if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
      return new TemplateSource(file, file, TemplateMetadata.contentOnly(defaultMarketplace), null,
          new TemplateSource.Inline(whole, resourcePath), Map.of(), List.of());
    }
    int closing = -1;
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(FENCE)) {
        closing = i;
        break;
      }
    }
    List<SyntaxError> errors = new ArrayList<>();
    Map<Anchor, SourcePosition> anchors = new EnumMap<>(Anchor.class);
    if (closing < 0) {
      errors.add(new SyntaxError("front matter opened with '---' on line 1 is never closed by a '---' line",
          new SourcePosition(file, 1, 1 + bomShift), lines.get(0), Anchor.TEMPLATE));
      return new TemplateSource(file, file, TemplateMetadata.contentOnly(defaultMarketplace), null,
          new TemplateSource.Inline(whole, resourcePath), anchors, errors);
    }
    Reason reason = null;
    boolean critical = false;
    Marketplace marketplace = defaultMarketplace;
    String variant = null;
    SourceText subject = null;
    List<String> suppressed = new ArrayList<>();
    String justification = "";
    for (int i = 1; i < closing; i++) {
      String line = lines.get(i);
      int lineNumber = i + 1;
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon < 0) {
        errors.add(error(file, lineNumber, 1, line, "front matter line is not 'key: value'", Anchor.TEMPLATE));
        continue;
      }
      String key = line.substring(0, colon).strip();
      int valueStart = colon + 1;
      while (valueStart < line.length() && line.charAt(valueStart) == ' ') {
        valueStart++;
      }
      String raw = line.substring(valueStart).stripTrailing();
      Value value = unquote(raw);
      int valueColumn = valueStart + 1 + (value.quoted() ? 1 : 0);
      SourcePosition at = new SourcePosition(file, lineNumber, valueColumn);
      switch (key) {
        case "reason" -> {
          anchors.put(Anchor.REASON, at);
          try {
            reason = Reason.valueOf(value.text().strip().toUpperCase(Locale.ROOT));
          } catch (IllegalArgumentException e) {
            errors.add(error(file, lineNumber, valueColumn, line, "unknown reason '" + value.text() + "'; expected one of "
                + Arrays.stream(Reason.values()).map(Reason::name).collect(Collectors.joining(", ")), Anchor.REASON));
          }
        }
        case "critical" -> {
          anchors.put(Anchor.CRITICAL, at);
          String flag = value.text().strip().toLowerCase(Locale.ROOT);
          if (flag.equals("true") || flag.equals("false")) {
            critical = flag.equals("true");
          } else {
            errors.add(error(file, lineNumber, valueColumn, line, "critical must be true or false, not '" + value.text() + "'",
                Anchor.CRITICAL));
          }
        }
        case "marketplace" -> {
          anchors.put(Anchor.MARKETPLACE, at);
          try {
            Marketplace named = Marketplace.valueOf(value.text().strip().toUpperCase(Locale.ROOT));
            if (named == Marketplace.BUILD_DEFAULT) {
              throw new IllegalArgumentException();
            }
            marketplace = named;
          } catch (IllegalArgumentException e) {
            errors.add(error(file, lineNumber, valueColumn, line, "unknown marketplace '" + value.text() + "'; expected one of "
                + Arrays.stream(Marketplace.values()).filter(m -> m != Marketplace.BUILD_DEFAULT).map(Marketplace::name)
                    .collect(Collectors.joining(", ")), Anchor.MARKETPLACE));
          }
        }
        case "subject" -> {
          anchors.put(Anchor.SUBJECT, at);
          subject = new SourceText(file, value.text(), lineNumber, valueColumn);
        }
        case "variant" -> {
          anchors.put(Anchor.VARIANT, at);
          variant = value.text().strip().isEmpty() ? null : value.text().strip();
        }
        case "suppress" -> {
          anchors.put(Anchor.SUPPRESSION, at);
          for (String rule : value.text().split(",")) {
            if (!rule.isBlank()) {
              suppressed.add(rule.strip());
            }
          }
        }
        case "justification" -> justification = value.text();
        default -> errors.add(error(file, lineNumber, 1, line, "unknown front matter key '" + key + "'; expected one of "
            + String.join(", ", KEYS), Anchor.TEMPLATE));
      }
    }
    int bodyStart = 0;
    for (int i = 0; i <= closing; i++) {
      bodyStart += lines.get(i).length() + 1;
    }
    bodyStart = Math.min(bodyStart, text.length());
    SourceText body = new SourceText(file, text.substring(bodyStart), closing + 2, 1);
    anchors.put(Anchor.BODY, new SourcePosition(file, closing + 2, 1));
    List<Suppression> suppressions = suppressed.isEmpty() ? List.of() : List.of(new Suppression(suppressed, justification));
    TemplateMetadata metadata = new TemplateMetadata(reason, critical, marketplace, variant, suppressions);
    if (reason == null && !anchors.containsKey(Anchor.REASON) && critical) {
      errors.add(error(file, 1, 1, lines.get(0), "front matter marks the template critical but names no reason",
          Anchor.CRITICAL));
    }
    return new TemplateSource(file, file, metadata, subject, new TemplateSource.Inline(body, resourcePath), anchors, errors);
  }

  private record Value(String text, boolean quoted) {}

  private static Value unquote(String raw) {
    if (raw.length() >= 2 && ((raw.startsWith("\"") && raw.endsWith("\"")) || (raw.startsWith("'") && raw.endsWith("'")))) {
      String inner = raw.substring(1, raw.length() - 1);
      if (raw.charAt(0) == '"') {
        inner = inner.replace("\\\"", "\"").replace("\\\\", "\\");
      } else {
        inner = inner.replace("''", "'");
      }
      return new Value(inner, true);
    }
    return new Value(raw, false);
  }

  private static SyntaxError error(String file, int line, int column, String sourceLine, String message, Anchor anchor) {
    return new SyntaxError(message, new SourcePosition(file, line, column), sourceLine, anchor);
  }
}
