package dev.messagepolicy.engine.template;

/** The kinds of Mustache tag. */
public enum TagKind {
  /** {@code {{name}}}: an escaped variable. */
  VARIABLE,
  /** {@code {{{name}}}} or {@code {{& name}}}: a variable written without escaping. */
  RAW_VARIABLE,
  /** {@code {{#name}}}: a section. */
  SECTION,
  /** {@code {{^name}}}: an inverted section. */
  INVERTED_SECTION,
  /** {@code {{/name}}}: the end of a section. */
  SECTION_END,
  /** {@code {{> name}}}: a partial. */
  PARTIAL,
  /** {@code {{! text}}}: a comment. */
  COMMENT,
  /** {@code {{=<% %>=}}}: new delimiters. */
  SET_DELIMITER,
  /** {@code {{< name}}}: a parent template (inheritance). */
  PARENT,
  /** {@code {{$ name}}}: a block (inheritance). */
  BLOCK;

  /** Whether the tag opens a part that a {@link #SECTION_END} closes. */
  public boolean opensSection() {
    return this == SECTION || this == INVERTED_SECTION || this == PARENT || this == BLOCK;
  }

  /** Whether the tag stands for a value in the rendered text. */
  public boolean isValue() {
    return this == VARIABLE || this == RAW_VARIABLE;
  }
}
