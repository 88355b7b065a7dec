package dev.messagepolicy.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.engine.PolicyConfig;
import dev.messagepolicy.engine.PolicyEngine;
import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.report.Report;
import dev.messagepolicy.engine.rules.RuleRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateDirectoryScannerTest {

  private static final long MAX_BYTES = 64;

  @TempDir
  Path basedir;

  private List<StandaloneTemplate> scan(String directory) throws MojoExecutionException {
    return new TemplateDirectoryScanner(basedir, Marketplace.US, MAX_BYTES).scan(List.of(basedir.resolve(directory)));
  }

  private Report check(List<StandaloneTemplate> templates) {
    PolicyEngine engine = new PolicyEngine(PolicyConfig.defaults(), RuleRegistry.builtIn());
    return new ProjectChecker(engine, basedir, List.of(), MAX_BYTES).check(List.of(), templates);
  }

  private Path write(String path, byte[] content) throws Exception {
    Path file = basedir.resolve(path);
    Files.createDirectories(file.getParent());
    return Files.write(file, content);
  }

  @Test
  void filesAreFoundSortedWithIdsRelativeToTheProject() throws Exception {
    write("templates/b.mustache", "B".getBytes(StandardCharsets.UTF_8));
    write("templates/a/z.mustache", "Z".getBytes(StandardCharsets.UTF_8));
    write("templates/notes.txt", "not a template".getBytes(StandardCharsets.UTF_8));

    List<StandaloneTemplate> templates = scan("templates");

    assertEquals(List.of("templates/a/z.mustache", "templates/b.mustache"),
        templates.stream().map(t -> t.source().id()).toList());
  }

  @Test
  void missingDirectoryIsSkipped() throws Exception {
    assertEquals(List.of(), scan("src/main/message-templates"));
  }

  @Test
  void aFileWhereADirectoryBelongsIsASetupError() throws Exception {
    write("templates", "x".getBytes(StandardCharsets.UTF_8));

    assertThrows(MojoExecutionException.class, () -> scan("templates"));
  }

  @Test
  void unusableFilesBecomeTemplateSyntaxFindings() throws Exception {
    write("templates/binary.mustache", new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 1, 2});
    write("templates/latin1.mustache", "Gr\u00fc\u00dfe".getBytes(StandardCharsets.ISO_8859_1));
    write("templates/huge.mustache", "x".repeat((int) MAX_BYTES + 1).getBytes(StandardCharsets.UTF_8));

    Report report = check(scan("templates"));

    assertEquals(3, report.templates().size());
    List<Finding> findings = report.findings();
    assertEquals(3, findings.size(), findings.toString());
    assertTrue(findings.stream().allMatch(f -> f.rule().equals("template-syntax") && f.position().line() == 1),
        findings.toString());
    assertEquals(List.of("templates/binary.mustache", "templates/huge.mustache", "templates/latin1.mustache"),
        findings.stream().map(f -> f.position().file()).toList());
    assertTrue(findings.get(0).message().contains("binary"), findings.get(0).message());
    assertTrue(findings.get(1).message().contains("over the limit"), findings.get(1).message());
    assertTrue(findings.get(2).message().contains("UTF-8"), findings.get(2).message());
  }

  @Test
  void partialsResolveBesideTheTemplate() throws Exception {
    write("templates/mail/welcome.mustache", "Hello {{buyerName}}\n{{> footer}}\n".getBytes(StandardCharsets.UTF_8));
    write("templates/mail/footer.mustache", "See www.example-shop.com\n".getBytes(StandardCharsets.UTF_8));

    Report report = check(scan("templates"));

    assertTrue(report.findings().stream().anyMatch(f -> f.rule().equals("no-links")
        && f.templateId().equals("templates/mail/welcome.mustache")), report.findings().toString());
  }
}
