package dev.messagepolicy.engine.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The one list of rules that the processor, the plugin and the docs generator use: the built-in
 * rules, plus any {@link Rule} registered through {@link ServiceLoader}, sorted by id.
 */
public final class RuleRegistry {

  private static final List<Rule> BUILT_IN = List.of(
      new AttachmentLimitsRule(),
      new MessageLengthRule(),
      new RawVariableRule(),
      new SendWindowRule(),
      new SuspiciousVariableRule(),
      new UnknownVariableRule(),
      new CriticalContentRule(),
      new CriticalReasonRule(),
      new CriticalSubjectTagRule(),
      new ImportantTagMisuseRule(),
      new NoLinksRule(),
      new NoEmailAddressesRule(),
      new NoPhoneNumbersRule(),
      new NoEmojiRule(),
      new NoImagesRule(),
      new HtmlFormattingRule(),
      new MarketplaceLanguageRule(),
      new NoCancellationRequestRule(),
      new NoPromotionsRule(),
      new NoReviewIncentivesRule(),
      new NoReviewManipulationRule(),
      new OneMessagePerOrderRule(),
      new OrderIdRequiredRule(),
      new ReasonNotPermittedRule(),
      new RepeatsOrderInfoRule(),
      new SuppressionJustificationRule(),
      new TemplateSyntaxRule(),
      new ThankYouOnlyRule());

  private final Map<String, Rule> rules;
  /** Kept rather than filtered again: the engine asks for them for every template it checks. */
  private final List<TemplateRule> templateRules;
  private final List<CatalogRule> catalogRules;

  private RuleRegistry(List<Rule> rules) {
    Map<String, Rule> byId = new TreeMap<>();
    for (Rule rule : rules) {
      Rule previous = byId.put(rule.descriptor().id(), rule);
      if (previous != null) {
        throw new IllegalStateException("two rules with id " + rule.descriptor().id() + ": "
            + previous.getClass().getName() + " and " + rule.getClass().getName());
      }
    }
    this.rules = byId;
    this.templateRules = byId.values().stream().filter(TemplateRule.class::isInstance).map(TemplateRule.class::cast)
        .toList();
    this.catalogRules = byId.values().stream().filter(CatalogRule.class::isInstance).map(CatalogRule.class::cast)
        .toList();
  }

  /** The built-in rules only. */
  public static RuleRegistry builtIn() {
    return new RuleRegistry(BUILT_IN);
  }

  /** The built-in rules and those found by {@link ServiceLoader} in {@code loader}. */
  public static RuleRegistry withServices(ClassLoader loader) {
    List<Rule> all = new ArrayList<>(BUILT_IN);
    ServiceLoader.load(Rule.class, loader).forEach(all::add);
    return new RuleRegistry(all);
  }

  /** All rules, sorted by id. */
  public List<Rule> all() {
    return List.copyOf(rules.values());
  }

  public List<RuleDescriptor> descriptors() {
    return rules.values().stream().map(Rule::descriptor).sorted(Comparator.comparing(RuleDescriptor::id)).toList();
  }

  public Optional<Rule> byId(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  public List<TemplateRule> templateRules() {
    return templateRules;
  }

  public List<CatalogRule> catalogRules() {
    return catalogRules;
  }
}
