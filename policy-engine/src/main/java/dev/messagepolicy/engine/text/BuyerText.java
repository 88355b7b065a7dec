package dev.messagepolicy.engine.text;

import dev.messagepolicy.engine.html.HtmlReader;
import dev.messagepolicy.engine.html.HtmlView;
import dev.messagepolicy.engine.normalize.Deobfuscated;
import dev.messagepolicy.engine.normalize.UnicodeFold;
import dev.messagepolicy.engine.template.MessagePart;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A subject or body as the buyer will read it, the one view every content rule matches on:
 * HTML read as text (tags dropped, entities decoded, links, images and formatting kept as
 * {@link #html() elements}), then NFKC with case folding, zero-width and bidirectional controls
 * removed, confusable characters mapped to ASCII and {@code 。｡．} read as {@code .}. Every
 * character maps back to the skeleton of its {@link MessagePart} (and so to file, line and
 * column); variables stay single {@link MessagePart#PLACEHOLDER} characters, so text that a
 * variable splits ({@code www.{{shop}}.com}) is still seen as one piece.
 *
 * <p>Computed once per part and shared: {@link #of} is cheap after the first call, from any thread.
 */
public final class BuyerText {

  private final MessagePart part;
  private final HtmlView html;
  private final MappedText folded;
  /** Computed on first use; racy but idempotent, as {@code String.hashCode} is. */
  private volatile MappedText deobfuscated;
  private volatile PhraseTokens.Spans tokens;
  /** Per matcher (in practice one: all phrase rules share it), its occurrences in this text. */
  private final Map<PhraseMatcher, List<PhraseMatcher.Occurrence>> occurrences = new ConcurrentHashMap<>(2);

  private BuyerText(MessagePart part, HtmlView html, MappedText folded) {
    this.part = part;
    this.html = html;
    this.folded = folded;
  }

  /** The buyer's view of {@code part}. */
  public static BuyerText of(MessagePart part) {
    return part.derived(BuyerText.class, BuyerText::compute);
  }

  private static BuyerText compute(MessagePart part) {
    HtmlView html = HtmlReader.read(part.skeleton());
    return new BuyerText(part, html, UnicodeFold.fold(html.text()));
  }

  public MessagePart part() {
    return part;
  }

  /** The normalized text; variables stand as {@link MessagePart#PLACEHOLDER}. */
  public String text() {
    return folded.text();
  }

  /** The skeleton offset where the normalized range starting at {@code start} begins. */
  public int skeletonStart(int start) {
    return folded.sourceStart(start);
  }

  /** The skeleton offset just after the normalized range ending at {@code end} (exclusive). */
  public int skeletonEnd(int end) {
    return folded.sourceEnd(end);
  }

  /** The normalized text with its map to the skeleton. */
  public MappedText mapped() {
    return folded;
  }

  /** The {@link PhraseTokens} of the normalized text, split once for all phrase rules. */
  public PhraseTokens.Spans tokens() {
    PhraseTokens.Spans split = tokens;
    if (split == null) {
      split = PhraseTokens.split(folded.text());
      tokens = split;
    }
    return split;
  }

  /** The occurrences of {@code matcher}'s phrases in {@link #tokens()}, found once per matcher. */
  public List<PhraseMatcher.Occurrence> occurrences(PhraseMatcher matcher) {
    return occurrences.computeIfAbsent(matcher, m -> List.copyOf(m.occurrences(tokens())));
  }

  /**
   * The normalized text with disguised dots, at-signs and schemes undone ({@code shop (dot) de}
   * as {@code shop.de}), for the rules that look for links and addresses; computed once.
   */
  public MappedText deobfuscated() {
    MappedText view = deobfuscated;
    if (view == null) {
      view = Deobfuscated.of(folded);
      deobfuscated = view;
    }
    return view;
  }

  /**
   * The visible text before Unicode normalization (markup read, entities decoded), for rules that
   * need what normalization drops, such as the emoji variation selector U+FE0F.
   */
  public MappedText visible() {
    return html.text();
  }

  /** The HTML elements of the part, and whether it holds markup at all. */
  public HtmlView html() {
    return html;
  }
}
