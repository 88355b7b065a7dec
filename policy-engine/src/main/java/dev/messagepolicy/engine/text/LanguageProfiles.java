package dev.messagepolicy.engine.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Light language identification for templates: per language a profile of its commonest function
 * words (articles, pronouns, prepositions, greetings), a few hundred words in all instead of a
 * statistical model of tens of megabytes. A word shared by several profiles counts for each of
 * them in equal parts, so words unique to one language decide. Enough to tell a whole paragraph's
 * language among en, de, fr, it, es, pt, nl, sv, pl and tr; not meant for a few words.
 */
public final class LanguageProfiles {

  /** The profiled languages, ISO 639-1, in a fixed order. */
  public static final List<String> LANGUAGES = List.of("en", "de", "fr", "it", "es", "pt", "nl", "sv", "pl", "tr");

  private static final Map<String, String> WORDS = Map.of(
      "en", "the and you your to of for is we our please with this that it be will have are on in if can would could"
          + " thank thanks us my me an was not as at by from or any all so do has been which what when there here"
          + " about just let know hi hello dear regards kind best sincerely",
      "de", "der die das und sie ihre ihr ihrer ihren ihnen wir uns unser unsere unseren ist nicht mit für auf bitte"
          + " den dem des ein eine einen einem zu von im sind haben wird werden können könnten wenn oder auch noch"
          + " vielen dank danke hallo liebe lieber grüsse freundlichen sehr geehrte geehrter bei aus nach wie was"
          + " dass es ich mich mir gerne gern",
      "fr", "le la les et vous votre vos nous notre nos est pour avec des du un une dans sur pas ne que qui merci"
          + " bonjour cordialement je au aux il elle ce cette sont être avons pouvez pourriez si très bien madame"
          + " monsieur salutations",
      "it", "il lo la gli le e di che per con un una del della dei nel nella è non sono siamo vostro vostra suo sua"
          + " grazie gentile cordiali saluti ci ti vi mi potrebbe può se anche al alla buongiorno ordine",
      "es", "el la los las y de que en por para con su sus usted del es una un le se no gracias hola estimado"
          + " estimada saludos nuestro nuestra al muy podría puede si este esta atentamente",
      "pt", "o os as e de que em por para com seu sua você do da dos das é uma um não no na ao obrigado obrigada"
          + " olá prezado prezada nosso nossa atenciosamente poderia pode se este esta muito",
      "nl", "de het een en van u uw wij we ons onze is niet met voor op te dat die in zijn hebben bedankt dank"
          + " alvast graag vriendelijke groet groeten beste geachte kunt zou als ook bij naar om er wat uit",
      "sv", "och att det en ett är du din ditt dina vi vår vårt våra för med på av till om inte som har kan skulle"
          + " tack hej vänliga hälsningar den de vill eller från också så här ni er ert",
      "pl", "i w na z do się nie jest to że dla o od pan pani państwa twoje dziękujemy dziękuję dzień dobry"
          + " pozdrawiamy pozdrowienia prosimy proszę czy jak ale być może oraz po przez jeśli jeżeli nasz nasza"
          + " nasze twoja twój",
      "tr", "ve bir bu için ile de da çok teşekkür teşekkürler ederiz ederim siz sizin biz bizim size lütfen merhaba"
          + " sayın saygılarımızla mi mı ne ama veya olarak olan daha en gibi kadar şu");

  /** Word to the languages whose profile holds it. */
  private static final Map<String, List<String>> LANGUAGES_OF_WORD = index();

  private LanguageProfiles() {}

  private static Map<String, List<String>> index() {
    Map<String, List<String>> byWord = new HashMap<>();
    for (String language : LANGUAGES) {
      for (String word : Set.of(WORDS.get(language).split(" "))) {
        byWord.computeIfAbsent(word, w -> new java.util.ArrayList<>()).add(language);
      }
    }
    byWord.replaceAll((w, languages) -> List.copyOf(languages));
    return Map.copyOf(byWord);
  }

  /** Adds the weight of {@code word} (lowercase, case-folded) to each language's score in {@code scores}. */
  public static boolean score(String word, Map<String, Double> scores) {
    List<String> languages = LANGUAGES_OF_WORD.get(word);
    if (languages == null) {
      return false;
    }
    for (String language : languages) {
      scores.merge(language, 1.0 / languages.size(), Double::sum);
    }
    return true;
  }
}
