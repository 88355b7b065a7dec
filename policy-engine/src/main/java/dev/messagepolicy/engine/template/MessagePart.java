package dev.messagepolicy.engine.template;

import dev.messagepolicy.engine.source.SourcePosition;
import dev.messagepolicy.engine.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The subject or the body of a template as the rules read it: the <em>skeleton</em> text, in
 * which comments are dropped, partials are inlined, and each variable stands as one
 * {@link #PLACEHOLDER} character, so that text split around a variable ({@code www.{{shop}}.com})
 * is still seen as one piece. Every skeleton character maps back to its file, line and column.
 */
public final class MessagePart {

  /** Stands for a variable's value in the skeleton (a private-use character no text contains). */
  public static final char PLACEHOLDER = '\uE000';

  /** Which part of the message. */
  public enum Kind { SUBJECT, BODY }

  /** Skeleton range {@code [start, start + length)} taken from {@code source} at {@code sourceOffset}. */
  private record Piece(int start, int length, SourceText source, int sourceOffset, Tag variable) {}

  private final Kind kind;
  private final String skeleton;
  private final List<Piece> pieces;
  private final List<Tag> tags;
  /** Views derived from this part (the buyer's text), computed once each, shared by all rules. */
  private final Map<Class<?>, Object> derived = new ConcurrentHashMap<>();

  private MessagePart(Kind kind, String skeleton, List<Piece> pieces, List<Tag> tags) {
    this.kind = kind;
    this.skeleton = skeleton;
    this.pieces = List.copyOf(pieces);
    this.tags = List.copyOf(tags);
  }

  public Kind kind() {
    return kind;
  }

  /** The text with each variable as {@link #PLACEHOLDER}. */
  public String skeleton() {
    return skeleton;
  }

  /** The skeleton with each placeholder replaced by {@code stand} (same length, same offsets). */
  public String skeletonWith(char stand) {
    return skeleton.replace(PLACEHOLDER, stand);
  }

  /** Every tag of the part and of its partials, in document order. */
  public List<Tag> tags() {
    return tags;
  }

  /** The variable tags ({@code {{x}}}, {@code {{{x}}}}, {@code {{& x}}}). */
  public List<Tag> variables() {
    return tags.stream().filter(t -> t.kind().isValue()).toList();
  }

  /**
   * The view of type {@code type} derived from this part, computed by {@code compute} on first
   * use only, also when several threads ask at once.
   */
  public <T> T derived(Class<T> type, Function<MessagePart, T> compute) {
    return type.cast(derived.computeIfAbsent(type, t -> compute.apply(this)));
  }

  public boolean isEmpty() {
    return skeleton.isBlank();
  }

  /** The file, line and column of the skeleton character at {@code index}. */
  public SourcePosition positionOf(int index) {
    Piece piece = pieceAt(index);
    if (piece.variable() != null) {
      return piece.variable().position();
    }
    return piece.source().position(piece.sourceOffset() + (index - piece.start()));
  }

  /** The source line that holds the skeleton character at {@code index}. */
  public String sourceLineAt(int index) {
    Piece piece = pieceAt(index);
    int offset = piece.variable() != null ? piece.sourceOffset() : piece.sourceOffset() + (index - piece.start());
    return piece.source().lineAt(offset);
  }

  /** The skeleton range as the author wrote it: each placeholder shown as its tag. */
  public String excerpt(int start, int end) {
    StringBuilder out = new StringBuilder();
    for (int i = start; i < end; i++) {
      char c = skeleton.charAt(i);
      if (c == PLACEHOLDER) {
        Tag variable = pieceAt(i).variable();
        out.append(variable != null ? variable.source() : "{{…}}");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private Piece pieceAt(int index) {
    if (pieces.isEmpty()) {
      throw new IndexOutOfBoundsException("empty message part");
    }
    int low = 0;
    int high = pieces.size() - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (pieces.get(mid).start() <= index) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return pieces.get(low);
  }

  /** Builds a part piece by piece, in document order. */
  static final class Builder {
    private final Kind kind;
    private final StringBuilder skeleton = new StringBuilder();
    private final List<Piece> pieces = new ArrayList<>();
    private final List<Tag> tags = new ArrayList<>();
    private SourceText lastSource;

    Builder(Kind kind) {
      this.kind = kind;
    }

    Kind kind() {
      return kind;
    }

    void text(SourceText source, int start, int end) {
      if (end <= start) {
        return;
      }
      pieces.add(new Piece(skeleton.length(), end - start, source, start, null));
      skeleton.append(source.text(), start, end);
      lastSource = source;
    }

    void variable(SourceText source, int offset, Tag tag) {
      pieces.add(new Piece(skeleton.length(), 1, source, offset, tag));
      skeleton.append(PLACEHOLDER);
      lastSource = source;
    }

    void tag(Tag tag) {
      tags.add(tag);
    }

    MessagePart build(SourceText fallback) {
      if (pieces.isEmpty()) {
        SourceText source = lastSource != null ? lastSource : fallback;
        pieces.add(new Piece(0, 0, source, 0, null));
      }
      return new MessagePart(kind, skeleton.toString(), pieces, tags);
    }
  }
}
