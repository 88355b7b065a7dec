package dev.messagepolicy.engine.accuracy;

import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.Reason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads the corpus files ({@code corpus/*.txt} on the test class path). Each record starts with
 * a line {@code === <id>}, then {@code key: value} lines ({@code lang}, {@code marketplace},
 * {@code reason}, {@code critical}, {@code expect}, optional {@code why}, {@code subject}), then
 * a line {@code body:} and the body up to the next record; trailing blank lines of a body are
 * dropped. Lines starting with {@code #} before the first record are comments. In subject and
 * body, {@code \\uXXXX} stands for that character, so that invisible characters stay reviewable.
 * A malformed record is an error naming file and line.
 */
final class CorpusReader {

  static final String DIRECTORY = "corpus";
  private static final String HEADER = "=== ";
  private static final List<String> REQUIRED = List.of("lang", "marketplace", "reason", "critical", "expect", "subject");

  private CorpusReader() {}

  /** Every message of every corpus file, files in name order, records in file order. */
  static List<CorpusMessage> readAll() {
    URL url = CorpusReader.class.getClassLoader().getResource(DIRECTORY);
    if (url == null) {
      throw new IllegalStateException("corpus directory '" + DIRECTORY + "' not on the test class path");
    }
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      List<CorpusMessage> all = new ArrayList<>();
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
        all.addAll(read(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
      }
      return all;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The records of one corpus file. */
  static List<CorpusMessage> read(String file, String content) {
    String[] lines = content.replace("\r\n", "\n").split("\n", -1);
    List<CorpusMessage> messages = new ArrayList<>();
    int i = 0;
    while (i < lines.length && !lines[i].startsWith(HEADER)) {
      if (!lines[i].isBlank() && !lines[i].startsWith("#")) {
        throw error(file, i + 1, "expected a comment or '=== <id>' before the first record");
      }
      i++;
    }
    while (i < lines.length) {
      int headerLine = i + 1;
      String id = lines[i].substring(HEADER.length()).strip();
      i++;
      Map<String, String> fields = new LinkedHashMap<>();
      Map<String, Integer> fieldLines = new LinkedHashMap<>();
      while (i < lines.length && !lines[i].equals("body:")) {
        String line = lines[i];
        if (line.startsWith(HEADER)) {
          throw error(file, i + 1, "record " + id + " has no 'body:' line");
        }
        int colon = line.indexOf(':');
        if (colon <= 0) {
          throw error(file, i + 1, "expected 'key: value' or 'body:' in record " + id);
        }
        String key = line.substring(0, colon).strip();
        if (fields.put(key, line.substring(colon + 1).strip()) != null) {
          throw error(file, i + 1, "duplicate key '" + key + "' in record " + id);
        }
        fieldLines.put(key, i + 1);
        i++;
      }
      if (i >= lines.length) {
        throw error(file, headerLine, "record " + id + " has no 'body:' line");
      }
      i++;
      int bodyLine = i + 1;
      List<String> body = new ArrayList<>();
      while (i < lines.length && !lines[i].startsWith(HEADER)) {
        body.add(lines[i]);
        i++;
      }
      while (!body.isEmpty() && body.get(body.size() - 1).isBlank()) {
        body.remove(body.size() - 1);
      }
      for (String key : REQUIRED) {
        if (!fields.containsKey(key)) {
          throw error(file, headerLine, "record " + id + " lacks '" + key + "'");
        }
      }
      for (String key : fields.keySet()) {
        if (!REQUIRED.contains(key) && !key.equals("why")) {
          throw error(file, fieldLines.get(key), "unknown key '" + key + "' in record " + id);
        }
      }
      messages.add(new CorpusMessage(
          id,
          file,
          headerLine,
          fields.get("lang"),
          parse(Marketplace.class, fields.get("marketplace"), file, fieldLines.get("marketplace")),
          parse(Reason.class, fields.get("reason"), file, fieldLines.get("reason")),
          parseBoolean(fields.get("critical"), file, fieldLines.get("critical")),
          ruleIds(fields.get("expect")),
          fields.getOrDefault("why", ""),
          unescape(fields.get("subject")),
          fieldLines.get("subject"),
          unescape(String.join("\n", body) + "\n"),
          bodyLine));
    }
    return messages;
  }

  private static TreeSet<String> ruleIds(String value) {
    TreeSet<String> ids = new TreeSet<>();
    if (!value.equals("-")) {
      for (String id : value.split(",")) {
        if (!id.isBlank()) {
          ids.add(id.strip());
        }
      }
    }
    return ids;
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String file, int line) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw error(file, line, "unknown " + type.getSimpleName() + " '" + value + "'");
    }
  }

  private static boolean parseBoolean(String value, String file, int line) {
    if (!value.equals("true") && !value.equals("false")) {
      throw error(file, line, "critical must be true or false, not '" + value + "'");
    }
    return Boolean.parseBoolean(value);
  }

  /** Replaces {@code \\uXXXX} by its character; everything else stays as written. */
  static String unescape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      if (text.startsWith("\\u", i) && i + 6 <= text.length() && isHex(text.substring(i + 2, i + 6))) {
        out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
        i += 6;
      } else {
        out.append(text.charAt(i));
        i++;
      }
    }
    return out.toString();
  }

  private static boolean isHex(String s) {
    return s.chars().allMatch(c -> Character.digit(c, 16) >= 0);
  }

  private static IllegalArgumentException error(String file, int line, String message) {
    return new IllegalArgumentException("corpus/" + file + ":" + line + ": " + message);
  }
}
