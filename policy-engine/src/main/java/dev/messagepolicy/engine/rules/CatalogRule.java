package dev.messagepolicy.engine.rules;

import dev.messagepolicy.engine.source.TemplateSource;
import java.util.List;

/**
 * A rule that checks all templates of a build together (one message per order). Implementations
 * are stateless and thread-safe.
 */
public non-sealed interface CatalogRule extends Rule {

  /** Checks {@code templates}, which are sorted by id. */
  void check(List<TemplateSource> templates, RuleContext context);
}
