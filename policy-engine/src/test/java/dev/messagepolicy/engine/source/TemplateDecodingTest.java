package dev.messagepolicy.engine.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Template files are strict UTF-8: a file that is not is refused at the line and column of its
 * first bad byte, counted as every other position is (a byte-order mark is no column, CR LF is one
 * line break); a file over the size limit is refused without being read.
 */
class TemplateDecodingTest {

  private static byte[] bytes(String before, int... bad) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    for (int b : bad) {
      out.write(b);
    }
    out.writeBytes(" and more\n".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static DirectoryTemplateLocator.NotText refused(byte[] bytes) {
    return assertThrows(DirectoryTemplateLocator.NotText.class, () -> DirectoryTemplateLocator.decode(bytes, "t.mustache"));
  }

  @Test
  void theFirstBadByteIsReportedAtItsLineAndColumn() {
    DirectoryTemplateLocator.NotText e = refused(bytes("Hallo {{buyerName}},\nIhre Bestellung ", 0xff, 0xfe));

    assertEquals(2, e.line());
    assertEquals(17, e.column());
    assertTrue(e.getMessage().contains("byte 0xFF at line 2, column 17"), e.getMessage());
  }

  @Test
  void columnsCountCharactersNotBytes() {
    // "Grüße " is six characters but eight bytes.
    DirectoryTemplateLocator.NotText e = refused(bytes("Grüße ", 0xc3));

    assertEquals(1, e.line());
    assertEquals(7, e.column());
  }

  @Test
  void crLfIsOneLineBreakAndALoneCrIsOneToo() {
    DirectoryTemplateLocator.NotText crLf = refused(bytes("a\r\nb\r\ncd", 0x80));
    DirectoryTemplateLocator.NotText loneCr = refused(bytes("a\rb\rcd", 0x80));

    assertEquals(List.of(3, 3), List.of(crLf.line(), crLf.column()));
    assertEquals(List.of(3, 3), List.of(loneCr.line(), loneCr.column()));
  }

  @Test
  void aByteOrderMarkIsNoColumn() {
    DirectoryTemplateLocator.NotText e = refused(bytes("\uFEFFab", 0xff));

    assertEquals(List.of(1, 3), List.of(e.line(), e.column()));
  }

  @Test
  void aTruncatedSequenceAtTheEndIsReportedAtItsFirstByte() {
    byte[] truncated = {'o', 'k', '\n', 'x', (byte) 0xe2, (byte) 0x82};
    DirectoryTemplateLocator.NotText e = refused(truncated);

    assertEquals(List.of(2, 2), List.of(e.line(), e.column()));
    assertTrue(e.getMessage().contains("byte 0xE2"), e.getMessage());
  }

  @Test
  void validTextIsDecodedWhole() {
    assertEquals("Grüße 😀\r\n", DirectoryTemplateLocator.decode("Grüße 😀\r\n".getBytes(StandardCharsets.UTF_8), "t"));
    assertEquals("", DirectoryTemplateLocator.decode(new byte[0], "t"));
  }

  @Test
  void aBinaryFileIsRefusedAtItsStart() {
    DirectoryTemplateLocator.NotText e = refused(new byte[] {'G', 'I', 'F', 0, 1});

    assertEquals(List.of(1, 1), List.of(e.line(), e.column()));
    assertTrue(e.getMessage().contains("is a binary file"), e.getMessage());
  }

  @Test
  void theLocatorGivesThePositionOfTheBadByte(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("bad.mustache"), bytes("line one\nline ", 0xff));

    TemplateLocator.Loaded loaded = new DirectoryTemplateLocator(List.of(dir), dir, 1024).load("bad.mustache");

    TemplateLocator.Unreadable unreadable = assertInstanceOf(TemplateLocator.Unreadable.class, loaded);
    assertEquals(List.of(2, 6), List.of(unreadable.line(), unreadable.column()));
    assertTrue(unreadable.reason().startsWith("bad.mustache is not valid UTF-8 text"), unreadable.reason());
  }

  @Test
  void aFileOverTheLimitIsRefusedAtItsStartWithItsSizeAndTheLimit(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("big.mustache"), "x".repeat(1025));

    TemplateLocator.Loaded loaded = new DirectoryTemplateLocator(List.of(dir), dir, 1024).load("big.mustache");

    TemplateLocator.Unreadable unreadable = assertInstanceOf(TemplateLocator.Unreadable.class, loaded);
    assertEquals(List.of(1, 1), List.of(unreadable.line(), unreadable.column()));
    assertTrue(unreadable.reason().contains("big.mustache is 1025 bytes, over the limit of 1024 bytes (maxTemplateBytes)"),
        unreadable.reason());
  }
}
