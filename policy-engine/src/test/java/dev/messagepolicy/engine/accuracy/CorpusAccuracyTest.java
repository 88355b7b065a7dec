package dev.messagepolicy.engine.accuracy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.messagepolicy.engine.PolicyConfig;
import dev.messagepolicy.engine.PolicyEngine;
import dev.messagepolicy.engine.rules.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of every measured rule on the labelled corpus, written to
 * {@code docs/accuracy.md}; fails when a gated rule falls below the thresholds, listing the
 * misclassified messages.
 *
 * <p>Switching every rule on: replace {@link #GATED} by {@code Set.copyOf(MeasuredRules.IDS)}
 * (the final state of issue 4). To see what would fail before that, run with
 * {@code -Daccuracy.gate=all}.
 */
class CorpusAccuracyTest {

  static final double MIN_PRECISION = 0.97;
  static final double MIN_RECALL = 0.95;

  /**
   * The rules whose thresholds fail the build while the others are still being written: those
   * that met the thresholds when the corpus landed. Next to add, once their misclassified
   * messages in docs/accuracy.md are fixed: no-links and no-promotions (both registered; they
   * missed the thresholds on the first full corpus).
   */
  static final Set<String> GATED = Set.of(
      "critical-content",
      "critical-subject-tag",
      "important-tag-misuse",
      "no-cancellation-request",
      "no-emoji",
      "no-promotions",
      "no-review-incentives",
      "no-review-manipulation",
      "order-id-required",
      "repeats-order-info",
      "thank-you-only");

  @Test
  void everyGatedRuleMeetsPrecisionAndRecallOnTheCorpus() throws IOException {
    RuleRegistry registry = RuleRegistry.builtIn();
    List<CorpusEvaluation.Outcome> outcomes =
        CorpusEvaluation.run(CorpusReader.readAll(), new PolicyEngine(PolicyConfig.defaults(), registry));
    List<RuleScore> scores = MeasuredRules.IDS.stream()
        .map(rule -> RuleScore.of(rule, registry.byId(rule).isPresent(), outcomes)).toList();
    Set<String> gated = "all".equals(System.getProperty("accuracy.gate")) ? Set.copyOf(MeasuredRules.IDS) : GATED;

    writeDocs(AccuracyTable.render(outcomes, scores, gated, MIN_PRECISION, MIN_RECALL));

    List<String> failures = new ArrayList<>();
    for (RuleScore score : scores) {
      if (gated.contains(score.rule()) && !score.meets(MIN_PRECISION, MIN_RECALL)) {
        failures.add(score.rule() + (score.registered() ? "" : " (not registered)") + ": precision "
            + AccuracyTable.format(score.precision()) + ", recall " + AccuracyTable.format(score.recall())
            + " (TP " + score.truePositives() + ", FP " + score.falsePositives() + ", FN " + score.falseNegatives() + ")");
        score.misses().forEach(miss -> failures.add("    " + miss.describe(score.rule())));
      }
    }
    assertTrue(failures.isEmpty(), "rules below precision " + MIN_PRECISION + " or recall " + MIN_RECALL
        + " on the corpus (fix the detection; change a label only when it is wrong by RULES.md):\n"
        + String.join("\n", failures));
  }

  private static void writeDocs(String markdown) throws IOException {
    Path docs = repositoryRoot().resolve("docs");
    Files.createDirectories(docs);
    Path target = docs.resolve("accuracy.md");
    if (!Files.exists(target) || !Files.readString(target, StandardCharsets.UTF_8).equals(markdown)) {
      Files.writeString(target, markdown, StandardCharsets.UTF_8);
    }
  }

  /** The reactor root: the nearest ancestor of the working directory that holds policy-engine/. */
  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
      if (Files.isDirectory(candidate.resolve("policy-engine")) && Files.exists(candidate.resolve("pom.xml"))) {
        return candidate;
      }
    }
    throw new IllegalStateException("repository root (with policy-engine/) not found above " + dir);
  }
}
