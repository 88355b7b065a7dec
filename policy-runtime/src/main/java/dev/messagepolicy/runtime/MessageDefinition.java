package dev.messagepolicy.runtime;

import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.Reason;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a template class declares, as the build read it: the generated renderer and the generated
 * catalog carry one of these per template.
 *
 * @param templateId the template class's qualified name (the id in reports)
 * @param reason the contact reason
 * @param critical whether the message is {@code @Critical}
 * @param marketplace the marketplace, resolved at build time
 * @param variantGroup the {@code @Variant} group, or {@code null}
 * @param subject the subject's Mustache text, or {@code null} when none is declared
 * @param body the inline body's Mustache text, or {@code null} when the body is a resource
 * @param bodyResource the class-path resource that holds the body, or {@code null}
 * @param suppressedRules the rule ids the template's {@code @SuppressPolicy} silences
 * @param attachments the declared attachments
 */
public record MessageDefinition(
    String templateId,
    Reason reason,
    boolean critical,
    Marketplace marketplace,
    String variantGroup,
    String subject,
    String body,
    String bodyResource,
    List<String> suppressedRules,
    List<DeclaredAttachment> attachments) {

  public MessageDefinition {
    Objects.requireNonNull(templateId, "templateId");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(marketplace, "marketplace");
    if ((body == null) == (bodyResource == null)) {
      throw new IllegalArgumentException(templateId + ": exactly one of body and bodyResource must be given");
    }
    suppressedRules = List.copyOf(suppressedRules);
    attachments = List.copyOf(attachments);
  }

  public Optional<String> variant() {
    return Optional.ofNullable(variantGroup);
  }

  /** The simple name of the template class, for messages and the names of rendered parts. */
  public String simpleName() {
    return templateId.substring(templateId.lastIndexOf('.') + 1);
  }
}
