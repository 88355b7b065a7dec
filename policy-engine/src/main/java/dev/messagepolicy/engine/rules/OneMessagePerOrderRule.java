package dev.messagepolicy.engine.rules;

import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.Reason;
import dev.messagepolicy.engine.source.Anchor;
import dev.messagepolicy.engine.source.TemplateSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * At most one routine message per order and marketplace. A routine message goes to every order
 * on a schedule: every review request, and every template with a declared {@code @SendWindow};
 * messages that answer a situation are not counted. Templates of one {@code @Variant} group and
 * one purpose are one message: an A/B test sends one of them. The catalog spans modules (the
 * plugin reads every module's catalog manifest), so two modules that each send a review request
 * are reported too.
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
      if (template.metadata().routine()) {
        routineByMarketplace.computeIfAbsent(template.metadata().marketplace(), m -> new ArrayList<>()).add(template);
      }
    }
    routineByMarketplace.forEach((marketplace, routine) -> {
      // One entry per message sent: a variant group of one purpose, or a template on its own.
      Map<String, Reason> messages = new LinkedHashMap<>();
      for (TemplateSource template : routine) {
        messages.put(messageName(template), template.metadata().reason());
      }
      if (messages.size() < 2) {
        return;
      }
      long reviewRequests = messages.values().stream().filter(r -> r == Reason.REVIEW_REQUEST).count();
      String summary = messages.size() + " routine messages would be sent per order on marketplace " + marketplace
          + (reviewRequests > 1 ? " (" + reviewRequests + " of them review requests, which are allowed once)" : "")
          + ": " + String.join(", ", messages.keySet()) + "; only one is allowed";
      for (TemplateSource template : routine) {
        boolean scheduled = template.metadata().sendWindow() != null;
        context.reportDeclaration(template, scheduled ? Anchor.SEND_WINDOW : Anchor.REASON, summary,
            scheduled ? "@SendWindow" : String.valueOf(template.metadata().reason()),
            "Keep one routine message per order, or declare A/B variants with @Variant(\"group\").");
      }
    });
  }

  /** The variant group (per purpose: a review request and a scheduled notice never share one), or the template. */
  private static String messageName(TemplateSource template) {
    String group = template.metadata().variantGroup();
    if (group == null) {
      return template.id();
    }
    Reason reason = template.metadata().reason();
    return "variant group '" + group + "'" + (reason == null ? "" : " (" + reason + ")");
  }
}
