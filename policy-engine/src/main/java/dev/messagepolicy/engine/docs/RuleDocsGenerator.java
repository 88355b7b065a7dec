package dev.messagepolicy.engine.docs;

import dev.messagepolicy.engine.report.AtomicFiles;
import dev.messagepolicy.engine.rules.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes {@code docs/rules/} from the built-in rules' metadata: one page per rule and the
 * index, and removes the pages of rules that no longer exist. Run it from the repository root
 * with {@value RuleDocs#COMMAND}; {@code RuleDocsTest} fails while the folder is stale.
 */
public final class RuleDocsGenerator {

  private RuleDocsGenerator() {}

  /** {@code args[0]}: the output folder, {@code docs/rules} by default. */
  public static void main(String[] args) throws IOException {
    Path output = Path.of(args.length > 0 ? args[0] : "docs/rules");
    List<String> changed = generate(output);
    System.out.println("rule docs: " + changed.size() + " file(s) written or removed in " + output);
    changed.forEach(f -> System.out.println("  " + f));
  }

  /** Brings {@code output} up to date; returns the files it wrote or removed. */
  public static List<String> generate(Path output) throws IOException {
    Map<String, String> pages = new RuleDocs().render(RuleRegistry.builtIn().descriptors());
    Files.createDirectories(output);
    List<String> changed = new java.util.ArrayList<>();
    for (Map.Entry<String, String> page : pages.entrySet()) {
      Path file = output.resolve(page.getKey());
      if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(page.getValue())) {
        AtomicFiles.write(file, page.getValue());
        changed.add(page.getKey());
      }
    }
    try (Stream<Path> files = Files.list(output)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList()) {
        if (!pages.containsKey(file.getFileName().toString())) {
          Files.delete(file);
          changed.add(file.getFileName() + " (removed)");
        }
      }
    }
    return changed;
  }
}
