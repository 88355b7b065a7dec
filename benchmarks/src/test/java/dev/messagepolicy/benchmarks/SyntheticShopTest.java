package dev.messagepolicy.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.engine.PolicyConfig;
import dev.messagepolicy.engine.PolicyEngine;
import dev.messagepolicy.engine.rules.RuleRegistry;
import dev.messagepolicy.engine.source.DirectoryTemplateLocator;
import dev.messagepolicy.engine.source.TemplateFiles;
import dev.messagepolicy.engine.source.TemplateLocator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's smoke run: the synthetic shop is what the benchmark claims — valid Java,
 * templates the engine reads without syntax errors, and violations in about one template of
 * twenty, no more.
 */
class SyntheticShopTest {

  @Test
  void generatedClassesCompile(@TempDir Path dir) throws IOException {
    SyntheticShop.Written written = new SyntheticShop(1).write(dir, 40, 0);
    assertEquals(40, written.javaSources().size());
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> arguments = new java.util.ArrayList<>(List.of("-proc:none", "-d", dir.resolve("out").toString(),
        "-cp", System.getProperty("java.class.path")));
    written.javaSources().forEach(p -> arguments.add(p.toString()));
    assertEquals(0, javac.run(null, null, null, arguments.toArray(String[]::new)));
  }

  @Test
  void aboutOneStandaloneTemplateInTwentyViolates(@TempDir Path dir) throws IOException {
    SyntheticShop.Written written = new SyntheticShop(1).write(dir, 0, 100);
    PolicyEngine engine = new PolicyEngine(PolicyConfig.defaults(), RuleRegistry.builtIn());
    TemplateLocator locator = new DirectoryTemplateLocator(List.of(written.templatesRoot()), dir, 1 << 20);
    int violating = 0;
    try (Stream<Path> files = Files.walk(written.templatesRoot())) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String id = dir.relativize(file).toString();
        var result = engine.check(TemplateFiles.read(id, written.templatesRoot().relativize(file).toString(),
            Files.readString(file, StandardCharsets.UTF_8), Marketplace.US), locator);
        assertTrue(result.findings().stream().noneMatch(f -> f.rule().equals("template-syntax")), result.findings().toString());
        if (!result.findings().isEmpty()) {
          violating++;
        }
      }
    }
    assertEquals(100 / SyntheticShop.VIOLATION_EVERY, violating);
  }

  @Test
  void inProcessTemplatesAreAboutOneKilobyte() {
    var templates = EngineBenchmark.templates(50, EngineBenchmark.TEMPLATE_BYTES, 3);
    for (var template : templates) {
      int length = ((dev.messagepolicy.engine.source.TemplateSource.Inline) template.body()).text().text().length();
      assertTrue(length > 700 && length < 1400, "body length " + length);
    }
  }
}
