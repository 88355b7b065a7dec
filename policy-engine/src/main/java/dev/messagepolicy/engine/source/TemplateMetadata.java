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
 * @param attachments the declared {@code @Attachment}s, in declaration order
 * @param sendWindow the declared {@code @SendWindow}, or {@code null} when the message is not
 *     scheduled
 */
public record TemplateMetadata(
    Reason reason,
    boolean critical,
    Marketplace marketplace,
    String variantGroup,
    List<Suppression> suppressions,
    List<AttachmentDeclaration> attachments,
    SendWindowDeclaration sendWindow) {

  public TemplateMetadata {
    suppressions = List.copyOf(suppressions);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
    if (marketplace == null || marketplace == Marketplace.BUILD_DEFAULT) {
      throw new IllegalArgumentException("marketplace must be resolved, was " + marketplace);
    }
  }

  /** Metadata without attachments or a send window. */
  public TemplateMetadata(Reason reason, boolean critical, Marketplace marketplace, String variantGroup,
      List<Suppression> suppressions) {
    this(reason, critical, marketplace, variantGroup, suppressions, List.of(), null);
  }

  /** Metadata of a template that declares nothing: content rules only. */
  public static TemplateMetadata contentOnly(Marketplace marketplace) {
    return new TemplateMetadata(null, false, marketplace, null, List.of());
  }

  public Optional<Reason> declaredReason() {
    return Optional.ofNullable(reason);
  }

  public Optional<SendWindowDeclaration> declaredSendWindow() {
    return Optional.ofNullable(sendWindow);
  }

  /**
   * Whether the message goes to every order on a schedule: a review request, or any template
   * with a declared send window. A shop may send one routine message per order.
   */
  public boolean routine() {
    return sendWindow != null || (reason != null && reason.routine());
  }

  public boolean suppresses(String ruleId) {
    return suppressions.stream().anyMatch(s -> s.covers(ruleId));
  }
}
