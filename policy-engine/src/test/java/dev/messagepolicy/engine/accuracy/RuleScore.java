package dev.messagepolicy.engine.accuracy;

import java.util.ArrayList;
import java.util.List;

/**
 * How one rule did on the corpus, message by message: a message counts as positive for the rule
 * when the rule reports anything on it.
 *
 * @param registered whether the built-in registry has the rule at all (if not, every positive is
 *     a miss: recall 0)
 * @param misses the misclassified messages, in corpus order
 */
record RuleScore(String rule, boolean registered, int truePositives, int falsePositives, int falseNegatives,
    List<Miss> misses) {

  /** One misclassified message: {@code FP} (fired, not expected) or {@code FN} (expected, silent). */
  record Miss(CorpusMessage message, String kind, String evidence) {

    String describe(String rule) {
      return message.where() + " " + rule + " " + kind + (evidence.isEmpty() ? "" : " at " + evidence);
    }
  }

  RuleScore {
    misses = List.copyOf(misses);
  }

  static RuleScore of(String rule, boolean registered, List<CorpusEvaluation.Outcome> outcomes) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    List<Miss> misses = new ArrayList<>();
    for (CorpusEvaluation.Outcome outcome : outcomes) {
      boolean expected = outcome.message().expected().contains(rule);
      boolean fired = outcome.fired().contains(rule);
      if (expected && fired) {
        tp++;
      } else if (fired) {
        fp++;
        misses.add(new Miss(outcome.message(), "FP", outcome.evidence(rule)));
      } else if (expected) {
        fn++;
        misses.add(new Miss(outcome.message(), "FN", ""));
      }
    }
    return new RuleScore(rule, registered, tp, fp, fn, misses);
  }

  int positives() {
    return truePositives + falseNegatives;
  }

  /** TP / (TP + FP); 1 when the rule never fired (it made no wrong claim). */
  double precision() {
    int fired = truePositives + falsePositives;
    return fired == 0 ? 1.0 : (double) truePositives / fired;
  }

  /** TP / (TP + FN); 1 when the corpus has no positive for the rule. */
  double recall() {
    return positives() == 0 ? 1.0 : (double) truePositives / positives();
  }

  boolean meets(double minPrecision, double minRecall) {
    return registered && precision() >= minPrecision && recall() >= minRecall;
  }
}
