package dev.messagepolicy.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.messagepolicy.engine.report.ReportFormat;
import java.util.EnumSet;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class ReportFormatsSettingTest {

  @Test
  void defaultIsJsonHtmlAndSarif() throws MojoExecutionException {
    assertEquals(EnumSet.of(ReportFormat.JSON, ReportFormat.HTML, ReportFormat.SARIF), CheckSettings.formats(null));
  }

  @Test
  void namesAreCaseInsensitiveAndTrimmed() throws MojoExecutionException {
    assertEquals(EnumSet.of(ReportFormat.JUNIT, ReportFormat.MARKDOWN), CheckSettings.formats(" JUnit , markdown,"));
  }

  @Test
  void unknownFormatIsABuildErrorListingTheValidOnes() {
    MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> CheckSettings.formats("json,pdf"));
    assertTrue(e.getMessage().contains("'pdf'"), e.getMessage());
    assertTrue(e.getMessage().contains("json, html, sarif, junit, markdown"), e.getMessage());
  }
}
