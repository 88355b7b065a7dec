package dev.messagepolicy.runtime;

/** Kinds of orders whose messages reach buyers who opted out (RULES.md, opt-out). */
public enum OrderCategory {
  /** An item from the marketplace's handmade programme. */
  HANDMADE,
  /** Wine. */
  WINE,
  /** A custom (made-to-order, personalised) item. */
  CUSTOM
}
