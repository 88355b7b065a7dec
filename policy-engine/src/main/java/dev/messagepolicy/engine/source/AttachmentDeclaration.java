package dev.messagepolicy.engine.source;

import java.util.Objects;

/**
 * One declared {@code @Attachment}: a resource that is the same file for every order, or a
 * file produced at run time with its media type and maximum size.
 *
 * @param resource the class-path resource path, or {@code ""} for a file produced at run time
 * @param mediaType the media type of a file produced at run time, or {@code ""}
 * @param maxBytes the declared maximum size of a file produced at run time; 0 when not given
 * @param name an optional name for generated code and reports, or {@code ""}
 * @param position where the declaration stands (the {@code @Attachment} annotation)
 * @param resourceBytes the size of the resource file as the build found it, {@link #NOT_MEASURED}
 *     (a file produced at run time, or no file system to look in) or {@link #MISSING}
 */
public record AttachmentDeclaration(String resource, String mediaType, long maxBytes, String name,
    SourcePosition position, long resourceBytes) {

  /** {@link #resourceBytes()} when the build did not measure the file. */
  public static final long NOT_MEASURED = -1;

  /** {@link #resourceBytes()} when the resource was looked for and not found. */
  public static final long MISSING = -2;

  public AttachmentDeclaration {
    resource = resource == null ? "" : resource.strip();
    mediaType = mediaType == null ? "" : mediaType.strip();
    name = name == null ? "" : name.strip();
    Objects.requireNonNull(position, "position");
    if (resourceBytes < MISSING) {
      resourceBytes = NOT_MEASURED;
    }
  }

  /** A declaration whose resource was not measured. */
  public AttachmentDeclaration(String resource, String mediaType, long maxBytes, String name, SourcePosition position) {
    this(resource, mediaType, maxBytes, name, position, NOT_MEASURED);
  }

  /** Whether the file is a resource (checked on disk at build time), not produced at run time. */
  public boolean isResource() {
    return !resource.isEmpty();
  }

  /** The resource path, or the name, or the media type: what a finding calls the attachment. */
  public String label() {
    if (isResource()) {
      return resource;
    }
    return name.isEmpty() ? mediaType : name + " (" + mediaType + ")";
  }
}
