package dev.messagepolicy.engine.source;

/**
 * The part of a template declaration a finding is about. The annotation processor turns it
 * into the annotation and annotation value that javac highlights; file-based templates map
 * each to a line of the front matter.
 */
public enum Anchor {
  /** The template as a whole (the class, or the first line of the file). */
  TEMPLATE,
  /** The subject (the {@code subject} value, or the front matter's {@code subject:}). */
  SUBJECT,
  /** The body (the {@code body} / {@code bodyResource} value, or the file's text). */
  BODY,
  /** The contact reason ({@code @ContactReason}, or {@code reason:}). */
  REASON,
  /** The critical flag ({@code @Critical}, or {@code critical:}). */
  CRITICAL,
  /** The marketplace. */
  MARKETPLACE,
  /** The variant group ({@code @Variant}). */
  VARIANT,
  /** A suppression ({@code @SuppressPolicy}). */
  SUPPRESSION,
  /** An attachment ({@code @Attachment}); each declaration also carries its own position. */
  ATTACHMENT,
  /** The schedule ({@code @SendWindow}). */
  SEND_WINDOW
}
