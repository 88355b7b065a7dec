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
 * {@code docs/accuracy.md}; fails when any measured rule falls below the thresholds, listing the
 * misclassified messages.
 */
class CorpusAccuracyTest {

  static final double MIN_PRECISION = 0.97;
  static final double MIN_RECALL = 0.95;

  /** The rules whose thresholds fail the build: every measured rule. */
  static final Set<String> GATED = Set.copyOf(MeasuredRules.IDS);

  @Test
  void everyGatedRuleMeetsPrecisionAndRecallOnTheCorpus() throws IOException {
    RuleRegistry registry = RuleRegistry.builtIn();
    List<CorpusEvaluation.Outcome> outcomes =
        CorpusEvaluation.run(CorpusReader.readAll(), new PolicyEngine(PolicyConfig.defaults(), registry));
    List<RuleScore> scores = MeasuredRules.IDS.stream()
        .map(rule -> RuleScore.of(rule, registry.byId(rule).isPresent(), outcomes)).toList();
    writeDocs(AccuracyTable.render(outcomes, scores, GATED, MIN_PRECISION, MIN_RECALL));

    List<String> failures = new ArrayList<>();
    for (RuleScore score : scores) {
      if (GATED.contains(score.rule()) && !score.meets(MIN_PRECISION, MIN_RECALL)) {
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
