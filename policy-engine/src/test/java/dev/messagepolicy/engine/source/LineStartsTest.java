package dev.messagepolicy.engine.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineStartsTest {

  @Test
  void everyKindOfLineBreakEndsOneLine() {
    // "a\n" "b\r\n" "c\r" "d": a lone \r ends a line, \r\n ends only one.
    assertArrayEquals(new int[] {0, 2, 5, 7}, LineStarts.of("a\nb\r\nc\rd"));
  }

  @Test
  void aTextWithoutBreaksIsOneLine() {
    assertArrayEquals(new int[] {0}, LineStarts.of(""));
    assertArrayEquals(new int[] {0}, LineStarts.of("no break"));
  }

  @Test
  void aBreakAtTheEndStartsAnEmptyLastLine() {
    assertArrayEquals(new int[] {0, 2}, LineStarts.of("a\n"));
  }

  @Test
  void theLineOfAnOffsetIsTheLastOneStartingAtOrBeforeIt() {
    int[] starts = LineStarts.of("ab\ncd\r\nef");
    assertEquals(0, LineStarts.lineIndex(starts, 0));
    assertEquals(0, LineStarts.lineIndex(starts, 2)); // the \n belongs to the line it ends
    assertEquals(1, LineStarts.lineIndex(starts, 3));
    assertEquals(1, LineStarts.lineIndex(starts, 6));
    assertEquals(2, LineStarts.lineIndex(starts, 7));
    assertEquals(2, LineStarts.lineIndex(starts, 9)); // the end of the text
  }
}
