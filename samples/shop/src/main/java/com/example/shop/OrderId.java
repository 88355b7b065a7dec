package com.example.shop;

import java.util.Objects;

/**
 * A marketplace order id as the marketplace writes it: three, seven and seven digits separated by
 * dashes ({@code 302-1234567-7654321}). Every buyer message names the order it is about, so the
 * message records carry one of these rather than a bare string.
 */
public record OrderId(String value) {

  public OrderId {
    Objects.requireNonNull(value, "value");
    if (!isWellFormed(value)) {
      throw new IllegalArgumentException("not a marketplace order id (3-7-7 digits): '" + value + "'");
    }
  }

  /** Reads an order id as it comes from the marketplace's order report, surrounding blanks allowed. */
  public static OrderId parse(String text) {
    return new OrderId(Objects.requireNonNull(text, "text").strip());
  }

  private static boolean isWellFormed(String value) {
    if (value.length() != 19) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean dash = i == 3 || i == 11;
      if (dash ? c != '-' : (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  /** The id as written in messages: {{orderId}} renders through this. */
  @Override
  public String toString() {
    return value;
  }
}
