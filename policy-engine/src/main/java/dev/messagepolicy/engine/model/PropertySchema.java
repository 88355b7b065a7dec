package dev.messagepolicy.engine.model;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One property a template can name: a record component, field or getter of its class.
 *
 * @param name the name a template uses ({@code orderId}; a getter {@code getOrderId()} gives
 *     {@code orderId})
 * @param type the Java type as written in source ({@code java.util.List<com.shop.Item>}), also
 *     the key of its {@link TypeSchema} in the {@link TemplateModel}
 * @param maxLength the declared {@code @MaxLength}, or {@link #NO_MAX_LENGTH}
 */
public record PropertySchema(String name, String type, int maxLength) {

  /** {@link #maxLength()} of a property without {@code @MaxLength}. */
  public static final int NO_MAX_LENGTH = -1;

  public PropertySchema {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (maxLength < 0) {
      maxLength = NO_MAX_LENGTH;
    }
  }

  /** A property without a declared maximum length. */
  public PropertySchema(String name, String type) {
    this(name, type, NO_MAX_LENGTH);
  }

  public OptionalInt declaredMaxLength() {
    return maxLength == NO_MAX_LENGTH ? OptionalInt.empty() : OptionalInt.of(maxLength);
  }
}
