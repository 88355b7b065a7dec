package dev.messagepolicy.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a file sent with the message. Repeat it for each file (at most 5).
 *
 * <p>Give either {@link #resource()}, a class-path resource that is the same file for every
 * order (a manual, the warranty terms), or {@link #mediaType()} and {@link #maxBytes()} for a
 * file the shop produces at run time (an invoice). The marketplace accepts PDF, Word documents,
 * images and text files only, up to a size limit (7 MB unless the build configures another),
 * and only on messages whose {@link Reason#attachments()} allows them; the build checks the
 * declaration (rule {@code attachment-limits}), and the size of resources on disk.
 *
 * <pre>{@code
 * @Attachment(resource = "attachments/warranty-terms.pdf")
 * @Attachment(mediaType = "application/pdf", maxBytes = 2_000_000, name = "invoice")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Attachments.class)
public @interface Attachment {

  /**
   * A class-path resource path (no leading slash), for instance
   * {@code attachments/assembly-manual.pdf}; its extension gives its type. Leave empty for a
   * file produced at run time.
   */
  String resource() default "";

  /**
   * The media type of a file produced at run time, for instance {@code application/pdf},
   * {@code image/png} or {@code text/plain}; leave empty for a {@link #resource()}.
   */
  String mediaType() default "";

  /** The largest a file produced at run time can be, in bytes; required with {@link #mediaType()}. */
  long maxBytes() default 0;

  /** A name for the attachment in generated code and reports; optional. */
  String name() default "";
}
