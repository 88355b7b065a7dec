package dev.messagepolicy.engine.rules;

import dev.messagepolicy.engine.finding.Severity;

/** A rule's metadata, read from its {@link PolicyRule} annotation. */
public record RuleDescriptor(String id, String summary, Severity severity, String guideline) {

  /** The descriptor of a rule class; fails when the class carries no {@link PolicyRule}. */
  public static RuleDescriptor of(Class<?> ruleClass) {
    return DESCRIPTORS.get(ruleClass);
  }

  /** Read once per rule class: the engine asks for every rule's descriptor on every template. */
  private static final ClassValue<RuleDescriptor> DESCRIPTORS = new ClassValue<>() {
    @Override
    protected RuleDescriptor computeValue(Class<?> ruleClass) {
      return read(ruleClass);
    }
  };

  private static RuleDescriptor read(Class<?> ruleClass) {
    PolicyRule annotation = ruleClass.getAnnotation(PolicyRule.class);
    if (annotation == null) {
      throw new IllegalStateException(ruleClass.getName() + " has no @PolicyRule");
    }
    return new RuleDescriptor(annotation.id(), annotation.summary(), annotation.severity(), annotation.guideline());
  }

  /** The page that documents the rule, relative to the project's documentation root. */
  public String docPath() {
    return docPath(id);
  }

  /** The page that documents the rule {@code id}, also for a rule the registry does not know. */
  public static String docPath(String id) {
    return "docs/rules/" + id + ".md";
  }
}
