package dev.messagepolicy.engine.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.messagepolicy.engine.PolicyConfig;
import dev.messagepolicy.engine.PolicyEngine;
import dev.messagepolicy.engine.rules.RuleRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The corpus meets its own requirements (issue 4, item 5), and its labels agree with the facts
 * a label can be checked against without any detection: the declared critical flag against the
 * subject tag, the declared marketplace against the language, the order id in proactive messages.
 */
class CorpusRequirementsTest {

  private static final List<String> LANGUAGES = List.of("en", "de", "fr", "it", "es", "pt", "nl", "sv", "pl");
  private static final int MIN_MESSAGES = 600;
  private static final int MIN_PER_LANGUAGE = 40;
  private static final int MIN_POSITIVES_PER_RULE = 5;
  private static final int MIN_HARD_NEGATIVES_PER_LANGUAGE = 8;
  private static final String HARD_NEGATIVE = "hard negative";

  private final List<CorpusMessage> corpus = CorpusReader.readAll();

  @Test
  void hasEnoughMessagesInEveryLanguage() {
    assertTrue(corpus.size() >= MIN_MESSAGES, "corpus has " + corpus.size() + " messages, needs " + MIN_MESSAGES);
    Map<String, Long> perLanguage = corpus.stream()
        .collect(Collectors.groupingBy(CorpusMessage::language, TreeMap::new, Collectors.counting()));
    for (String language : LANGUAGES) {
      long count = perLanguage.getOrDefault(language, 0L);
      assertTrue(count >= MIN_PER_LANGUAGE, language + " has " + count + " messages, needs " + MIN_PER_LANGUAGE);
    }
    assertEquals(Set.copyOf(LANGUAGES), perLanguage.keySet(), "languages of the corpus");
  }

  @Test
  void aboutHalfIsCompliant() {
    double share = (double) corpus.stream().filter(CorpusMessage::compliant).count() / corpus.size();
    assertTrue(share >= 0.4 && share <= 0.6, "compliant share " + share + " is not about half");
  }

  @Test
  void everyMeasuredRuleHasPositivesAndLabelsNameOnlyMeasuredRules() {
    Map<String, Integer> positives = new TreeMap<>();
    MeasuredRules.IDS.forEach(rule -> positives.put(rule, 0));
    List<String> unknown = new ArrayList<>();
    for (CorpusMessage message : corpus) {
      for (String rule : message.expected()) {
        if (positives.containsKey(rule)) {
          positives.merge(rule, 1, Integer::sum);
        } else {
          unknown.add(message.where() + ": " + rule);
        }
      }
    }
    assertEquals(List.of(), unknown, "labels that name no measured rule");
    positives.forEach((rule, count) -> assertTrue(count >= MIN_POSITIVES_PER_RULE,
        rule + " has " + count + " positive messages, needs " + MIN_POSITIVES_PER_RULE));
  }

  @Test
  void everyLanguageHasHardNegatives() {
    for (String language : LANGUAGES) {
      long hard = corpus.stream().filter(m -> m.language().equals(language) && m.compliant()
          && m.why().toLowerCase(Locale.ROOT).startsWith(HARD_NEGATIVE)).count();
      assertTrue(hard >= MIN_HARD_NEGATIVES_PER_LANGUAGE,
          language + " has " + hard + " compliant messages whose why starts with '" + HARD_NEGATIVE + "'");
    }
  }

  @Test
  void idsAreUniqueAndNamedAfterTheirFile() {
    Set<String> seen = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (CorpusMessage message : corpus) {
      if (!seen.add(message.id())) {
        problems.add(message.where() + ": duplicate id");
      }
      String fileLanguage = message.file().substring(0, message.file().indexOf('.'));
      if (!message.id().startsWith(fileLanguage + "-")) {
        problems.add(message.where() + ": id does not start with '" + fileLanguage + "-'");
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void labelsAgreeWithDeclarationsLanguageAndOrderId() {
    List<String> problems = new ArrayList<>();
    for (CorpusMessage message : corpus) {
      Set<String> expected = message.expected();
      boolean tagged = message.subject().toLowerCase(Locale.ROOT).contains("[important]");
      check(problems, message, message.critical() && !tagged, "critical-subject-tag");
      check(problems, message, !message.critical() && tagged, "important-tag-misuse");
      boolean namesOrder = message.subject().contains("{{orderId}}") || message.body().contains("{{orderId}}")
          || hasWrittenOrderId(message.subject()) || hasWrittenOrderId(message.body());
      check(problems, message, message.reason().proactive() && !namesOrder, "order-id-required");
      if (expected.contains("critical-content") && !message.critical()) {
        problems.add(message.where() + ": critical-content on a message that is not critical");
      }
      if (!message.marketplace().languages().contains(message.language()) && !expected.contains("marketplace-language")) {
        problems.add(message.where() + ": written in " + message.language() + " for " + message.marketplace()
            + " but not labelled marketplace-language");
      }
      if (!LANGUAGES.contains(message.language())) {
        problems.add(message.where() + ": language " + message.language() + " is not one of " + LANGUAGES);
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyMessageIsValidMustache() {
    List<String> broken = CorpusEvaluation.run(corpus, new PolicyEngine(PolicyConfig.defaults(), RuleRegistry.builtIn()))
        .stream().filter(o -> o.fired().contains("template-syntax"))
        .map(o -> o.message().where() + ": " + o.findings().stream()
            .filter(f -> f.rule().equals("template-syntax")).map(f -> f.message()).findFirst().orElse(""))
        .toList();
    assertEquals(List.of(), broken);
  }

  private static void check(List<String> problems, CorpusMessage message, boolean holds, String rule) {
    if (holds != message.expected().contains(rule)) {
      problems.add(message.where() + ": " + (holds ? "should" : "should not") + " be labelled " + rule);
    }
  }

  /** A written 3-7-7 order id, for instance {@code 302-1234567-1234567}. */
  private static boolean hasWrittenOrderId(String text) {
    String shape = "ddd-ddddddd-ddddddd";
    for (int i = 0; i + shape.length() <= text.length(); i++) {
      boolean matches = (i == 0 || !Character.isDigit(text.charAt(i - 1)))
          && (i + shape.length() == text.length() || !Character.isDigit(text.charAt(i + shape.length())));
      for (int k = 0; k < shape.length() && matches; k++) {
        char c = text.charAt(i + k);
        matches = shape.charAt(k) == 'd' ? c >= '0' && c <= '9' : c == '-';
      }
      if (matches) {
        return true;
      }
    }
    return false;
  }
}
