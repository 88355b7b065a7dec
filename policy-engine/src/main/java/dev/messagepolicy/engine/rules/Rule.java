package dev.messagepolicy.engine.rules;

/**
 * A messaging rule. Implement {@link TemplateRule} for a rule that looks at one template, or
 * {@link CatalogRule} for one that looks at all templates of a build; annotate the class with
 * {@link PolicyRule}. Third-party rules are found through {@link java.util.ServiceLoader}.
 */
public sealed interface Rule permits TemplateRule, CatalogRule {

  default RuleDescriptor descriptor() {
    return RuleDescriptor.of(getClass());
  }
}
