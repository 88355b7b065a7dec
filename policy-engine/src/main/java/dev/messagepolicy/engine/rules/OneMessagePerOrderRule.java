package dev.messagepolicy.engine.rules;

import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.engine.source.Anchor;
import dev.messagepolicy.engine.source.TemplateSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * At most one routine message per order and marketplace. A routine message goes to every order
 * on a schedule (every review request); messages that answer a situation are not counted.
 * Templates of one {@code @Variant} group are one message: an A/B test sends one of them.
 */
@PolicyRule(
    id = "one-message-per-order",
    summary = "More than one routine message per order on one marketplace",
    guideline = "The marketplace already mails the buyer at purchase, shipment and delivery; a seller may send"
        + " one review request per order, and follow-up sequences break the terms.")
public final class OneMessagePerOrderRule implements CatalogRule {

  @Override
  public void check(List<TemplateSource> templates, RuleContext context) {
    Map<Marketplace, List<TemplateSource>> routineByMarketplace = new TreeMap<>();
    for (TemplateSource template : templates) {
      if (template.metadata().reason() != null && template.metadata().reason().routine()) {
        routineByMarketplace.computeIfAbsent(template.metadata().marketplace(), m -> new ArrayList<>()).add(template);
      }
    }
    routineByMarketplace.forEach((marketplace, routine) -> {
      Set<String> messages = new LinkedHashSet<>();
      for (TemplateSource template : routine) {
        String group = template.metadata().variantGroup();
        messages.add(group != null ? "variant group '" + group + "'" : template.id());
      }
      if (messages.size() < 2) {
        return;
      }
      for (TemplateSource template : routine) {
        context.reportDeclaration(template, Anchor.REASON,
            messages.size() + " routine messages would be sent per order on marketplace " + marketplace + ": "
                + String.join(", ", messages) + "; only one is allowed",
            template.metadata().reason().name(),
            "Keep one routine message per order, or declare A/B variants with @Variant(\"group\").");
      }
    });
  }
}
