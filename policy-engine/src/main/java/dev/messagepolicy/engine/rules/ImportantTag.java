package dev.messagepolicy.engine.rules;

import java.util.Locale;

/** The {@code [Important]} subject tag that marks a critical message. */
final class ImportantTag {

  static final String TAG = "[Important]";

  private ImportantTag() {}

  /** The index of the tag in {@code text}, in any letter case, or -1. */
  static int indexIn(String text) {
    return text.toLowerCase(Locale.ROOT).indexOf(TAG.toLowerCase(Locale.ROOT));
  }
}
