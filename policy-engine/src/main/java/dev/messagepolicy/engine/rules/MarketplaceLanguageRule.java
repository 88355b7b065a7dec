package dev.messagepolicy.engine.rules;

import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.engine.finding.Severity;
import dev.messagepolicy.engine.template.MessageModel;
import dev.messagepolicy.engine.template.MessagePart;
import dev.messagepolicy.engine.text.BuyerText;
import dev.messagepolicy.engine.text.LanguageProfiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
  /** How many times the runner-up's score a sentence's language needs to count as clear. */
  static final double CLEAR_MARGIN = 1.5;
  /** The second language must cover at least this many words, and this share of the judged words. */
  static final int MIN_SECOND_LANGUAGE_WORDS = 10;
  static final double MIN_SECOND_LANGUAGE_SHARE = 0.25;

  /**
   * A run of words between sentence ends ({@code . ! ?} or a line break): where its first word
   * starts in the normalized text, how many words it has, its function-word scores (indexed like
   * {@link LanguageProfiles#LANGUAGES}) and the index of the language it clearly reads as, or -1.
   */
  private record Sentence(int start, int words, double[] scores, int language) {}

  @Override
  public void check(MessageModel model, RuleContext context) {
    Marketplace marketplace = context.config().resolve(model.metadata().marketplace());
    List<String> expected = marketplace.languages();
    if (model.body() == null || expected.stream().noneMatch(LanguageProfiles.LANGUAGES::contains)) {
      return;
    }
    BuyerText buyer = BuyerText.of(model.body());
    String text = buyer.text();
    List<Sentence> sentences = sentences(text);
    int words = sentences.stream().mapToInt(Sentence::words).sum();
    long variables = text.chars().filter(c -> c == MessagePart.PLACEHOLDER).count();
    if (words < MIN_WORDS || variables * 2 > words) {
      return;
    }
    double[] scores = new double[LanguageProfiles.LANGUAGES.size()];
    sentences.forEach(sentence -> Arrays.setAll(scores, l -> scores[l] + sentence.scores()[l]));
    int best = best(scores);
    if (best < 0 || Arrays.stream(scores).sum() < MIN_EVIDENCE) {
      return;
    }
    double expectedBest = expected.stream().mapToInt(LanguageProfiles.LANGUAGES::indexOf).filter(l -> l >= 0)
        .mapToDouble(l -> scores[l]).max().orElse(0);
    String bestLanguage = LanguageProfiles.LANGUAGES.get(best);
    if (!expected.contains(bestLanguage) && scores[best] >= 2 * expectedBest + 1) {
      report(model, context, buyer, sentences.get(0).start(), "the template reads as " + name(bestLanguage)
          + ", but marketplace " + marketplace + " reads " + String.join(", ", expected));
      return;
    }
    reportSecondLanguage(model, context, buyer, sentences, expected);
  }

  /**
   * Reports the first sentence of a second language that covers enough of the text. The main
   * language is the marketplace's language with the most words (the translation is the other
   * one), or the language with the most words when the marketplace's has none.
   */
  private void reportSecondLanguage(MessageModel model, RuleContext context, BuyerText buyer, List<Sentence> sentences,
      List<String> expected) {
    int[] wordsPerLanguage = new int[LanguageProfiles.LANGUAGES.size()];
    sentences.stream().filter(s -> s.language() >= 0).forEach(s -> wordsPerLanguage[s.language()] += s.words());
    int judged = Arrays.stream(wordsPerLanguage).sum();
    int main = 0;
    for (int language = 1; language < wordsPerLanguage.length; language++) {
      main = wordsPerLanguage[language] > wordsPerLanguage[main] ? language : main;
    }
    for (String language : expected) {
      int index = LanguageProfiles.LANGUAGES.indexOf(language);
      boolean marketplaceMain = expected.contains(LanguageProfiles.LANGUAGES.get(main));
      if (index >= 0 && wordsPerLanguage[index] > 0 && (!marketplaceMain || wordsPerLanguage[index] > wordsPerLanguage[main])) {
        main = index;
      }
    }
    for (Sentence sentence : sentences) {
      int other = sentence.language();
      if (other < 0 || other == main) {
        continue;
      }
      int count = wordsPerLanguage[other];
      if (count >= MIN_SECOND_LANGUAGE_WORDS && count >= MIN_SECOND_LANGUAGE_SHARE * judged) {
        report(model, context, buyer, sentence.start(), "the template is written in two languages at once: "
            + name(LanguageProfiles.LANGUAGES.get(main)) + " and " + name(LanguageProfiles.LANGUAGES.get(other)));
        return;
      }
    }
  }

  private static void report(MessageModel model, RuleContext context, BuyerText buyer, int at, String message) {
    int start = buyer.skeletonStart(at);
    context.reportText(model.source(), model.body(), start, buyer.skeletonEnd(at + 1), message,
        "Write the template in the language of the marketplace's buyers; make one template per language.");
  }

  /** The sentences of {@code text} that hold words (runs of letters), read in one pass. */
  private static List<Sentence> sentences(String text) {
    List<Sentence> sentences = new ArrayList<>();
    double[] scores = new double[LanguageProfiles.LANGUAGES.size()];
    int first = -1;
    int words = 0;
    int i = 0;
    while (i <= text.length()) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (Character.isLetter(c)) {
        int start = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
          i++;
        }
        LanguageProfiles.score(text, start, i, scores);
        first = words == 0 ? start : first;
        words++;
        continue;
      }
      if (words > 0 && (c == '.' || c == '!' || c == '?' || c == '\n')) {
        sentences.add(new Sentence(first, words, scores, words >= MIN_SENTENCE_WORDS ? clearLanguage(scores) : -1));
        scores = new double[LanguageProfiles.LANGUAGES.size()];
        words = 0;
      }
      i++;
    }
    return sentences;
  }

  /**
   * The language a sentence clearly reads as, or -1: at least two function words' worth, and
   * {@link #CLEAR_MARGIN} times the runner-up (Spanish and Italian share many articles and
   * prepositions, so a Spanish sentence often scores half as much Italian).
   */
  private static int clearLanguage(double[] scores) {
    int best = best(scores);
    if (best < 0 || scores[best] < 2) {
      return -1;
    }
    double second = 0;
    for (int language = 0; language < scores.length; language++) {
      second = language == best ? second : Math.max(second, scores[language]);
    }
    return scores[best] >= CLEAR_MARGIN * second ? best : -1;
  }

  /** The index of the highest score, or -1 when every score is zero. */
  private static int best(double[] scores) {
    int best = -1;
    for (int language = 0; language < scores.length; language++) {
      if (scores[language] > 0 && (best < 0 || scores[language] > scores[best])) {
        best = language;
      }
    }
    return best;
  }

  private static String name(String language) {
    return new java.util.Locale(language).getDisplayLanguage(java.util.Locale.ENGLISH);
  }
}
