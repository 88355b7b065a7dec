package dev.messagepolicy.engine.model;

/** What a template variable's value is, as far as Mustache rendering cares. */
public enum ValueKind {
  /** A value with named properties (a record or class): sections over it open its properties. */
  OBJECT,
  /** Text, a number, an enum, a date: printed as it is; only {@code {{.}}} reads it. */
  SCALAR,
  /** {@code boolean} or {@code Boolean}: a section shows or hides its content. */
  BOOLEAN,
  /** An iterable, array or stream: a section repeats for each element. */
  ITERABLE,
  /** An {@code Optional}: a section shows its content with the value when present. */
  OPTIONAL,
  /**
   * Not known at build time (a map, a type variable, a type nested deeper than the processor
   * follows): every name resolves, so nothing under it is reported.
   */
  OPAQUE;

  /** Whether a value of this kind has an element type ({@link TypeSchema#elementType()}). */
  public boolean hasElement() {
    return this == ITERABLE || this == OPTIONAL;
  }
}
