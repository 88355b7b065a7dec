package dev.messagepolicy.engine.rules;

import dev.messagepolicy.annotations.Reason;
import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.source.Anchor;
import dev.messagepolicy.engine.source.AttachmentDeclaration;
import dev.messagepolicy.engine.source.TemplateSource;
import dev.messagepolicy.engine.template.MessageModel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The declared {@code @Attachment}s: PDF, Word, image or text files only; no larger than the
 * configured limit (7 MB by default; resources are measured on disk, files produced at run time
 * by their declared {@code maxBytes}); at most 5; and only on reasons that take attachments,
 * while legal disclosures, warranties and invoices require one.
 */
@PolicyRule(
    id = "attachment-limits",
    summary = "An attachment of a type, size or number the marketplace does not accept, or on a message type"
        + " that takes none",
    guideline = "Attachments are PDF, Word documents, images and text files only, at most 5 per message, within"
        + " the size limit (7 MB by the stricter source, 10 MB by the help pages), and only instructions,"
        + " warranties and invoices.")
public final class AttachmentLimitsRule implements TemplateRule {

  /** The most attachments one message may carry (Selling Partner API: {@code maxLength: 5}). */
  public static final int MAX_ATTACHMENTS = 5;

  /** The default size limit: 7 MB, the stricter of the two published limits. */
  public static final long DEFAULT_MAX_BYTES = dev.messagepolicy.engine.PolicyConfig.DEFAULT_MAX_ATTACHMENT_BYTES;

  private static final Set<String> EXTENSIONS =
      Set.of("pdf", "doc", "docx", "txt", "jpg", "jpeg", "png", "gif");
  private static final Set<String> MEDIA_TYPES = Set.of("application/pdf", "application/msword",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "text/plain",
      "image/jpeg", "image/png", "image/gif");

  @Override
  public void check(MessageModel model, RuleContext context) {
    TemplateSource source = model.source();
    List<AttachmentDeclaration> attachments = source.metadata().attachments();
    Reason reason = source.metadata().reason();
    if (reason != null && reason.permitted()) {
      if (reason.attachments() == Reason.Attachments.NONE && !attachments.isEmpty()) {
        report(source, attachments.get(0), context, reason + " messages take no attachments",
            "Remove the @Attachment; only customization, digital access keys, legal disclosures, warranties,"
                + " invoices and replies carry files.");
      } else if (reason.attachments() == Reason.Attachments.REQUIRED && attachments.isEmpty()) {
        context.reportDeclaration(source, Anchor.REASON, reason + " messages carry their content as attachments,"
            + " but none is declared", reason.name(), "Declare the file with @Attachment.");
      }
    }
    if (attachments.size() > MAX_ATTACHMENTS) {
      report(source, attachments.get(MAX_ATTACHMENTS), context, attachments.size()
          + " attachments are declared; a message carries at most " + MAX_ATTACHMENTS,
          "Send fewer files, or combine them into one PDF.");
    }
    long limit = maxBytes(context);
    for (AttachmentDeclaration attachment : attachments) {
      checkOne(source, attachment, limit, context);
    }
  }

  private void checkOne(TemplateSource source, AttachmentDeclaration attachment, long limit, RuleContext context) {
    if (attachment.isResource() == !attachment.mediaType().isEmpty()) {
      report(source, attachment, context, "an @Attachment needs either a resource or a mediaType, not "
          + (attachment.isResource() ? "both" : "neither"),
          "Give resource = \"path/file.pdf\" for a fixed file, or mediaType and maxBytes for a file made at run time.");
      return;
    }
    if (attachment.isResource()) {
      String extension = extension(attachment.resource());
      if (!EXTENSIONS.contains(extension)) {
        report(source, attachment, context, "attachment " + attachment.resource() + " is not a PDF, Word, image or"
            + " text file", "Send PDF (.pdf), Word (.doc, .docx), images (.jpg, .png, .gif) or text (.txt) only.");
      }
      if (attachment.resourceBytes() == AttachmentDeclaration.MISSING) {
        report(source, attachment, context, "attachment resource " + attachment.resource() + " not found",
            "Add the file under src/main/resources or fix the path.");
      } else if (attachment.resourceBytes() > limit) {
        report(source, attachment, context, "attachment " + attachment.resource() + " is "
            + attachment.resourceBytes() + " bytes, over the limit of " + limit + " bytes",
            "Compress the file or split it; the limit is the setting maxAttachmentBytes.");
      }
      return;
    }
    String mediaType = attachment.mediaType().toLowerCase(Locale.ROOT);
    if (!MEDIA_TYPES.contains(mediaType)) {
      report(source, attachment, context, "attachment " + attachment.label() + " is not a PDF, Word, image or"
          + " text file", "Use application/pdf, a Word type, image/jpeg, image/png, image/gif or text/plain.");
    }
    if (attachment.maxBytes() <= 0) {
      report(source, attachment, context, "attachment " + attachment.label() + " declares no maxBytes",
          "Declare the largest the file can be, so that the build can hold it to the limit of " + limit + " bytes.");
    } else if (attachment.maxBytes() > limit) {
      report(source, attachment, context, "attachment " + attachment.label() + " may be " + attachment.maxBytes()
          + " bytes, over the limit of " + limit + " bytes", "Lower maxBytes and make the file smaller.");
    }
  }

  /** The configured limit (setting {@code maxAttachmentBytes}). */
  static long maxBytes(RuleContext context) {
    return context.config().maxAttachmentBytes();
  }

  static String extension(String path) {
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    return dot > slash ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }

  private static void report(TemplateSource source, AttachmentDeclaration attachment, RuleContext context,
      String message, String hint) {
    context.report(new Finding(context.rule().id(), context.rule().severity(), source.id(), attachment.position(),
        Anchor.ATTACHMENT, message, attachment.label(), hint, ""));
  }
}
