package dev.messagepolicy.engine.accuracy;

import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.Reason;
import java.util.Set;

/**
 * One labelled message of the evaluation corpus.
 *
 * @param id unique id, {@code <lang>-<number>}
 * @param file the corpus file, relative to the corpus directory
 * @param line the line of the record's {@code ===} header in that file
 * @param language the language the message is written in (ISO 639-1)
 * @param expected the rule ids that must fire on this message; empty for a compliant message
 * @param why why the label is what it is (hard negatives say what they guard against); may be empty
 * @param subjectLine the file line of the subject
 * @param bodyLine the file line where the body starts
 */
record CorpusMessage(
    String id,
    String file,
    int line,
    String language,
    Marketplace marketplace,
    Reason reason,
    boolean critical,
    Set<String> expected,
    String why,
    String subject,
    int subjectLine,
    String body,
    int bodyLine) {

  CorpusMessage {
    expected = Set.copyOf(expected);
  }

  boolean compliant() {
    return expected.isEmpty();
  }

  /** {@code de-014 (de.txt:120)}: how failure lists name a message. */
  String where() {
    return id + " (corpus/" + file + ":" + line + ")";
  }
}
