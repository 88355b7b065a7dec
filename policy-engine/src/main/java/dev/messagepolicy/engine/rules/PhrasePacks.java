package dev.messagepolicy.engine.rules;

import dev.messagepolicy.engine.text.CustomPhrases;
import dev.messagepolicy.engine.text.PhraseList;
import dev.messagepolicy.engine.text.PhraseMatcher;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The phrase packs of the phrase rules: each rule's packs of all languages compiled into one
 * {@link PhraseMatcher}, and all rules' phrases into one {@link CombinedPhrases} that the rules
 * share; the built-in packs once per class loader, on first use; with a shop's own phrases
 * added, once per distinct set of them.
 */
public final class PhrasePacks {

  /** The rules that take phrases, and so the rule directories a shop's phrase directory may have. */
  public static final Set<String> RULE_IDS = Set.of("critical-content", "no-cancellation-request", "no-promotions",
      "no-review-incentives", "no-review-manipulation", "repeats-order-info", "thank-you-only");

  /** Shops rarely have more than one set of phrases per build; a few more are kept, then dropped. */
  private static final int MAX_CUSTOM_ENTRIES = 32;

  private static final Map<String, PhraseMatcher> BUILT_IN = new ConcurrentHashMap<>();
  private static final Map<CustomPhrases, CombinedPhrases> WITH_CUSTOM = new ConcurrentHashMap<>();

  private PhrasePacks() {}

  /** The phrases of all phrase rules, built-in and the shop's own, in one matcher. */
  static CombinedPhrases combined(CustomPhrases custom) {
    if (custom.isEmpty()) {
      return BuiltInCombined.INSTANCE;
    }
    if (WITH_CUSTOM.size() > MAX_CUSTOM_ENTRIES) {
      WITH_CUSTOM.clear();
    }
    return WITH_CUSTOM.computeIfAbsent(custom, CombinedPhrases::new);
  }

  /** Built on first use, once per class loader. */
  private static final class BuiltInCombined {
    static final CombinedPhrases INSTANCE = new CombinedPhrases(CustomPhrases.none());
  }

  /** The matcher of {@code rule}'s built-in phrases. */
  public static PhraseMatcher builtIn(String rule) {
    if (!RULE_IDS.contains(rule)) {
      throw new IllegalArgumentException(rule + " is not a phrase rule");
    }
    return BUILT_IN.computeIfAbsent(rule, id -> new PhraseMatcher(PhraseList.builtIn(id)));
  }
}
