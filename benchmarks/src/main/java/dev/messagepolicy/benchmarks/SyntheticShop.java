package dev.messagepolicy.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic shop: N template classes (records with the message-policy annotations,
 * half with inline bodies, half with resource bodies that include a signature partial) and N
 * standalone templates with front matter, in five languages, with a realistic spread of
 * lengths, and about 5 % of them violating a rule. Deterministic for a given seed.
 */
public final class SyntheticShop {

  /** One in this many templates carries a violation. */
  static final int VIOLATION_EVERY = 20;

  private static final String[][] REASONS = {
    {"PRODUCT_CUSTOMIZATION", "true"}, {"DELIVERY_SCHEDULING", "true"}, {"DELIVERY_ADDRESS", "true"},
    {"UNEXPECTED_PROBLEM", "false"}, {"ORDER_DETAILS", "false"}, {"RETURN_QUESTION", "false"},
    {"DIGITAL_ACCESS_KEY", "false"}
  };

  private final Random random;

  public SyntheticShop(long seed) {
    this.random = new Random(seed);
  }

  /** What was written. */
  public record Written(List<Path> javaSources, Path resourcesRoot, Path templatesRoot, long templateBytes) {}

  /**
   * Writes {@code classes} template classes under {@code root/src/main/java} (+ resources) and
   * {@code standalone} template files under {@code root/src/main/message-templates}.
   */
  public Written write(Path root, int classes, int standalone) {
    try {
      Path java = root.resolve("src/main/java");
      Path resources = root.resolve("src/main/resources");
      Path templates = root.resolve("src/main/message-templates");
      List<Path> sources = new ArrayList<>();
      long bytes = 0;
      for (Phrasebook.Language language : Phrasebook.LANGUAGES) {
        bytes += write(resources.resolve("messages/" + language.code() + "/signature.mustache"), language.signature());
      }
      for (int i = 0; i < classes; i++) {
        Phrasebook.Language language = language(i);
        String body = body(language, i);
        String pkg = "com.bench.shop.m" + (i / 100);
        String name = "Template" + i;
        String[] reason = REASONS[i % REASONS.length];
        boolean inline = i % 2 == 0;
        String bodyAttribute;
        if (inline) {
          bodyAttribute = "body = " + javaString(body + "{{> messages/" + language.code() + "/signature}}");
        } else {
          String resource = "messages/" + language.code() + "/t" + i + ".mustache";
          bytes += write(resources.resolve(resource), body + "{{> signature}}");
          bodyAttribute = "bodyResource = \"" + resource + "\"";
        }
        String subject = (reason[1].equals("true") ? "[Important] " : "") + language.subject();
        String source = "package " + pkg + ";\n\n"
            + "import dev.messagepolicy.annotations.*;\n\n"
            + "@MessageTemplate(subject = " + javaString(subject) + ", " + bodyAttribute
            + ", marketplace = Marketplace." + language.marketplace() + ")\n"
            + "@ContactReason(Reason." + reason[0] + ")\n"
            + (reason[1].equals("true") ? "@Critical\n" : "")
            + "public record " + name + "(String orderId, String buyerName, String sellerName, String activationKey) {}\n";
        Path file = java.resolve(pkg.replace('.', '/')).resolve(name + ".java");
        bytes += write(file, source);
        sources.add(file);
      }
      for (int i = 0; i < standalone; i++) {
        Phrasebook.Language language = language(i);
        String[] reason = REASONS[i % REASONS.length];
        String subject = (reason[1].equals("true") ? "[Important] " : "") + language.subject();
        String content = "---\nreason: " + reason[0] + "\ncritical: " + reason[1] + "\nmarketplace: "
            + language.marketplace() + "\nsubject: \"" + subject + "\"\n---\n" + body(language, i) + language.signature();
        bytes += write(templates.resolve(language.code() + "/s" + (i / 1000) + "/t" + i + ".mustache"), content);
      }
      return new Written(sources, resources, templates, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A standalone template of about {@code targetBytes} bytes, for in-process benchmarks. */
  public String standaloneTemplate(int index, int targetBytes) {
    Phrasebook.Language language = language(index);
    String[] reason = REASONS[index % REASONS.length];
    StringBuilder body = new StringBuilder(language.greeting()).append('\n');
    while (body.length() < targetBytes - 200) {
      body.append(language.sentences().get(random.nextInt(language.sentences().size()))).append(' ');
      if (random.nextInt(4) == 0) {
        body.append('\n');
      }
    }
    if (index % VIOLATION_EVERY == VIOLATION_EVERY - 1) {
      body.append(Phrasebook.VIOLATIONS.get(language.code())).append('\n');
    }
    String subject = (reason[1].equals("true") ? "[Important] " : "") + language.subject();
    return "---\nreason: " + reason[0] + "\ncritical: " + reason[1] + "\nmarketplace: " + language.marketplace()
        + "\nsubject: \"" + subject + "\"\n---\n" + body + "\n" + language.signature();
  }

  private Phrasebook.Language language(int i) {
    return Phrasebook.LANGUAGES.get(i % Phrasebook.LANGUAGES.size());
  }

  /**
   * A greeting, a question (every message has a purpose), 1 to 7 more sentences within the
   * shortest body limit (400 characters, digital access keys), and in one template of twenty a violation.
   */
  private String body(Phrasebook.Language language, int i) {
    StringBuilder body = new StringBuilder(language.greeting()).append("\n\n");
    body.append(language.sentences().get(1)).append(' ');
    int sentences = 1 + random.nextInt(7);
    for (int s = 0; s < sentences; s++) {
      String sentence = language.sentences().get(random.nextInt(language.sentences().size()));
      if (body.length() + sentence.length() > 330) {
        break;
      }
      body.append(sentence).append(random.nextInt(3) == 0 ? "\n" : " ");
    }
    if (i % VIOLATION_EVERY == VIOLATION_EVERY - 1) {
      body.append("\n").append(Phrasebook.VIOLATIONS.get(language.code()));
    }
    return body.append("\n").toString();
  }

  private static long write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    Files.write(file, bytes);
    return bytes.length;
  }

  private static String javaString(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
