package dev.messagepolicy.engine.rules;

import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.engine.finding.Severity;
import dev.messagepolicy.engine.template.MessageModel;
import dev.messagepolicy.engine.template.MessagePart;
import dev.messagepolicy.engine.text.BuyerText;
import dev.messagepolicy.engine.text.LanguageProfiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The template is written in a language of its marketplace, and in one language only. Judges the
 * body by the function-word profiles of {@link LanguageProfiles}; a body too short to tell, or
 * made mostly of variables, is never flagged, and neither is a marketplace whose languages have
 * no profile (Japanese).
 */
@PolicyRule(
    id = "marketplace-language",
    summary = "A template not written in a language of its marketplace, or written in two languages at once",
    severity = Severity.WARNING,
    guideline = "A proactive message is written in the buyer's preferred language, which is the marketplace's"
        + " language unless the buyer chose another.")
public final class MarketplaceLanguageRule implements TemplateRule {

  /** Below this many words a text is too short to tell its language. */
  static final int MIN_WORDS = 12;
  /** Below this many function words the profile has too little to go on. */
  static final double MIN_EVIDENCE = 4;
  /** A sentence needs this many words to count toward a second language. */
  static final int MIN_SENTENCE_WORDS = 5;
  /** The second language must cover at least this many words, and this share of the judged words. */
  static final int MIN_SECOND_LANGUAGE_WORDS = 10;
  static final double MIN_SECOND_LANGUAGE_SHARE = 0.25;

  /** A word of the text and where it starts in the normalized text. */
  private record Word(String text, int start) {}

  /** A run of words between sentence ends, and the language it reads as (or {@code null}). */
  private record Sentence(List<Word> words, String language) {}

  @Override
  public void check(MessageModel model, RuleContext context) {
    Marketplace marketplace = context.config().resolve(model.metadata().marketplace());
    List<String> expected = marketplace.languages();
    if (model.body() == null || expected.stream().noneMatch(LanguageProfiles.LANGUAGES::contains)) {
      return;
    }
    MessagePart body = model.body();
    BuyerText buyer = BuyerText.of(body);
    String text = buyer.text();
    List<Word> words = words(text, 0, text.length());
    long variables = text.chars().filter(c -> c == MessagePart.PLACEHOLDER).count();
    if (words.size() < MIN_WORDS || variables * 2 > words.size()) {
      return;
    }
    Map<String, Double> scores = scores(words);
    String best = best(scores);
    double evidence = scores.values().stream().mapToDouble(Double::doubleValue).sum();
    if (best == null || evidence < MIN_EVIDENCE) {
      return;
    }
    double expectedBest = expected.stream().mapToDouble(l -> scores.getOrDefault(l, 0.0)).max().orElse(0);
    if (!expected.contains(best) && scores.get(best) >= 2 * expectedBest + 1) {
      report(model, context, buyer, words.get(0).start(), "the template reads as " + name(best)
          + ", but marketplace " + marketplace + " reads " + String.join(", ", expected));
      return;
    }
    reportSecondLanguage(model, context, buyer, sentences(text));
  }

  private void reportSecondLanguage(MessageModel model, RuleContext context, BuyerText buyer, List<Sentence> sentences) {
    Map<String, Integer> wordsPerLanguage = new HashMap<>();
    sentences.stream().filter(s -> s.language() != null)
        .forEach(s -> wordsPerLanguage.merge(s.language(), s.words().size(), Integer::sum));
    if (wordsPerLanguage.size() < 2) {
      return;
    }
    int judged = wordsPerLanguage.values().stream().mapToInt(Integer::intValue).sum();
    String main = wordsPerLanguage.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    for (Sentence sentence : sentences) {
      String other = sentence.language();
      if (other == null || other.equals(main)) {
        continue;
      }
      int count = wordsPerLanguage.get(other);
      if (count >= MIN_SECOND_LANGUAGE_WORDS && count >= MIN_SECOND_LANGUAGE_SHARE * judged) {
        report(model, context, buyer, sentence.words().get(0).start(), "the template is written in two languages at once: "
            + name(main) + " and " + name(other));
        return;
      }
    }
  }

  private static void report(MessageModel model, RuleContext context, BuyerText buyer, int at, String message) {
    int start = buyer.skeletonStart(at);
    context.reportText(model.source(), model.body(), start, buyer.skeletonEnd(at + 1), message,
        "Write the template in the language of the marketplace's buyers; make one template per language.");
  }

  private static List<Sentence> sentences(String text) {
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || ".!?\n".indexOf(text.charAt(i)) >= 0) {
        List<Word> words = words(text, start, i);
        if (!words.isEmpty()) {
          sentences.add(new Sentence(words, words.size() >= MIN_SENTENCE_WORDS ? clearLanguage(words) : null));
        }
        start = i + 1;
      }
    }
    return sentences;
  }

  /** The language a sentence clearly reads as: at least two function words, twice the runner-up. */
  private static String clearLanguage(List<Word> words) {
    Map<String, Double> scores = scores(words);
    String best = best(scores);
    if (best == null || scores.get(best) < 2) {
      return null;
    }
    double second = scores.entrySet().stream().filter(e -> !e.getKey().equals(best))
        .mapToDouble(Map.Entry::getValue).max().orElse(0);
    return scores.get(best) >= 2 * second ? best : null;
  }

  private static Map<String, Double> scores(List<Word> words) {
    Map<String, Double> scores = new HashMap<>();
    words.forEach(w -> LanguageProfiles.score(w.text(), scores));
    return scores;
  }

  private static String best(Map<String, Double> scores) {
    return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  /** Runs of letters in {@code text[from, to)}. */
  private static List<Word> words(String text, int from, int to) {
    List<Word> words = new ArrayList<>();
    int i = from;
    while (i < to) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < to && Character.isLetter(text.charAt(i))) {
        i++;
      }
      words.add(new Word(text.substring(start, i), start));
    }
    return words;
  }

  private static String name(String language) {
    return new java.util.Locale(language).getDisplayLanguage(java.util.Locale.ENGLISH);
  }
}
