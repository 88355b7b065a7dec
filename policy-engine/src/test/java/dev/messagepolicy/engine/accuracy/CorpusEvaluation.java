package dev.messagepolicy.engine.accuracy;

import dev.messagepolicy.engine.PolicyEngine;
import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.source.Anchor;
import dev.messagepolicy.engine.source.SourcePosition;
import dev.messagepolicy.engine.source.SourceText;
import dev.messagepolicy.engine.source.TemplateLocator;
import dev.messagepolicy.engine.source.TemplateMetadata;
import dev.messagepolicy.engine.source.TemplateSource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Runs every corpus message through the real engine as a standalone template. */
final class CorpusEvaluation {

  /** Column of the subject's text on its {@code subject: } line. */
  private static final int SUBJECT_COLUMN = "subject: ".length() + 1;

  /** Characters of a finding's excerpt shown in failure lists. */
  private static final int MAX_EVIDENCE = 60;

  /**
   * What the engine said about one message.
   *
   * @param fired the ids of all rules that reported at least one finding
   */
  record Outcome(CorpusMessage message, Set<String> fired, List<Finding> findings) {

    Outcome {
      fired = Set.copyOf(fired);
      findings = List.copyOf(findings);
    }

    /** The first finding of {@code rule}, as {@code line:column "excerpt"}, for failure lists. */
    String evidence(String rule) {
      return findings.stream().filter(f -> f.rule().equals(rule)).findFirst()
          .map(f -> f.position().line() + ":" + f.position().column()
              + (f.excerpt().isEmpty() ? " (" + oneLine(f.message()) + ")" : " \"" + oneLine(f.excerpt()) + "\""))
          .orElse("");
    }

    /** Keeps an excerpt on one short line, so that each failure stays one line of the list. */
    private static String oneLine(String text) {
      String flat = text.replace("\r", "").replace("\n", "\\n");
      return flat.length() <= MAX_EVIDENCE ? flat : flat.substring(0, MAX_EVIDENCE) + "…";
    }
  }

  private CorpusEvaluation() {}

  static List<Outcome> run(List<CorpusMessage> corpus, PolicyEngine engine) {
    TemplateLocator noPartials = path -> new TemplateLocator.Missing("the corpus uses no partials");
    return corpus.stream().map(message -> {
      List<Finding> findings = engine.check(toTemplate(message), noPartials).findings();
      Set<String> fired = new TreeSet<>();
      findings.forEach(f -> fired.add(f.rule()));
      return new Outcome(message, fired, findings);
    }).toList();
  }

  /** The message as a template file would declare it, with positions in the corpus file. */
  static TemplateSource toTemplate(CorpusMessage message) {
    String file = "corpus/" + message.file();
    TemplateMetadata metadata =
        new TemplateMetadata(message.reason(), message.critical(), message.marketplace(), null, List.of());
    SourceText subject = new SourceText(file, message.subject(), message.subjectLine(), SUBJECT_COLUMN);
    SourceText body = new SourceText(file, message.body(), message.bodyLine(), 1);
    return new TemplateSource(file + "#" + message.id(), file, metadata, subject,
        new TemplateSource.Inline(body, ""),
        Map.of(Anchor.TEMPLATE, new SourcePosition(file, message.line(), 1),
            Anchor.SUBJECT, new SourcePosition(file, message.subjectLine(), SUBJECT_COLUMN),
            Anchor.BODY, new SourcePosition(file, message.bodyLine(), 1)),
        List.of());
  }
}
