package dev.messagepolicy.engine.source;

import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.Reason;
import java.util.List;
import java.util.Optional;

/**
 * What a template declares about itself: its contact reason, whether it is critical, its
 * marketplace, its variant group and its suppressions.
 *
 * @param reason the contact reason, or {@code null} when none is declared (a template file
 *     without front matter: checked with content rules only)
 * @param marketplace never {@link Marketplace#BUILD_DEFAULT}: the adapter resolves it
 * @param variantGroup the {@code @Variant} group, or {@code null}
 */
public record TemplateMetadata(
    Reason reason,
    boolean critical,
    Marketplace marketplace,
    String variantGroup,
    List<Suppression> suppressions) {

  public TemplateMetadata {
    suppressions = List.copyOf(suppressions);
    if (marketplace == null || marketplace == Marketplace.BUILD_DEFAULT) {
      throw new IllegalArgumentException("marketplace must be resolved, was " + marketplace);
    }
  }

  /** Metadata of a template that declares nothing: content rules only. */
  public static TemplateMetadata contentOnly(Marketplace marketplace) {
    return new TemplateMetadata(null, false, marketplace, null, List.of());
  }

  public Optional<Reason> declaredReason() {
    return Optional.ofNullable(reason);
  }

  public boolean suppresses(String ruleId) {
    return suppressions.stream().anyMatch(s -> s.covers(ruleId));
  }
}
