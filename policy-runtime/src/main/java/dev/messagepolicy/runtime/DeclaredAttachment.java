package dev.messagepolicy.runtime;

import java.util.Objects;

/**
 * A file a message is sent with, as its template class declares it with {@code @Attachment}.
 *
 * @param name the declared name, or empty
 * @param resource a class-path resource, the same file for every order; empty for a file the
 *     shop produces at run time
 * @param mediaType the media type of a file produced at run time; empty for a resource
 * @param maxBytes the most bytes a file produced at run time may have; 0 for a resource
 */
public record DeclaredAttachment(String name, String resource, String mediaType, long maxBytes) {

  public DeclaredAttachment {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(mediaType, "mediaType");
  }

  /** Whether the file is a class-path resource (otherwise the shop supplies it per order). */
  public boolean isResource() {
    return !resource.isEmpty();
  }
}
