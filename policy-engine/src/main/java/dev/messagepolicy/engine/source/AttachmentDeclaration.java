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
 */
public record AttachmentDeclaration(String resource, String mediaType, long maxBytes, String name,
    SourcePosition position) {

  public AttachmentDeclaration {
    resource = resource == null ? "" : resource.strip();
    mediaType = mediaType == null ? "" : mediaType.strip();
    name = name == null ? "" : name.strip();
    Objects.requireNonNull(position, "position");
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
