package dev.messagepolicy.engine.text;

import dev.messagepolicy.engine.template.MessagePart;

/**
 * A subject or body as the buyer will read it, the one view every content rule matches on:
 * normalized for matching, with every character mapped back to the skeleton of its
 * {@link MessagePart} (and so to file, line and column).
 *
 * <p>First version: per-character lowercasing only. Normalization (NFKC, case folding,
 * zero-width and bidi controls removed, confusables mapped, HTML entities decoded, HTML read as
 * text) replaces it without changing this API.
 */
public final class BuyerText {

  private final MessagePart part;
  private final String text;
  /** {@code starts[i]}: skeleton offset where normalized character {@code i} begins; one more entry for the end. */
  private final int[] starts;

  private BuyerText(MessagePart part, String text, int[] starts) {
    this.part = part;
    this.text = text;
    this.starts = starts;
  }

  /** The buyer's view of {@code part}. */
  public static BuyerText of(MessagePart part) {
    String skeleton = part.skeleton();
    StringBuilder out = new StringBuilder(skeleton.length());
    int[] starts = new int[skeleton.length() + 1];
    for (int i = 0; i < skeleton.length(); i++) {
      starts[i] = i;
      out.append(Character.toLowerCase(skeleton.charAt(i)));
    }
    starts[skeleton.length()] = skeleton.length();
    return new BuyerText(part, out.toString(), starts);
  }

  public MessagePart part() {
    return part;
  }

  /** The normalized text; variables stand as {@link MessagePart#PLACEHOLDER}. */
  public String text() {
    return text;
  }

  /** The skeleton offset where the normalized range starting at {@code start} begins. */
  public int skeletonStart(int start) {
    return starts[start];
  }

  /** The skeleton offset just after the normalized range ending at {@code end} (exclusive). */
  public int skeletonEnd(int end) {
    return end == 0 ? starts[0] : Math.max(starts[end - 1] + 1, starts[end]);
  }
}
