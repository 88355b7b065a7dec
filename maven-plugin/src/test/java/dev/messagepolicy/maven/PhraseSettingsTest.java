package dev.messagepolicy.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.messagepolicy.engine.PolicyConfig;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin's {@code phrases} parameter: read relative to the project, mistakes as setup errors. */
class PhraseSettingsTest {

  @TempDir
  Path base;

  @Test
  void readsTheDirectoryRelativeToTheProject() throws Exception {
    Files.createDirectories(base.resolve("phrases/thank-you-only"));
    Files.writeString(base.resolve("phrases/thank-you-only/en.txt"), "[purpose]\ncare tips\n");
    PolicyConfig config = PhraseSettings.apply(PolicyConfig.defaults(), new File("phrases"), base);
    assertEquals(1, config.phrases().forRule("thank-you-only").size());
    assertEquals("care tips", config.phrases().forRule("thank-you-only").get(0).source());
  }

  @Test
  void noParameterKeepsTheConfiguration() throws Exception {
    PolicyConfig config = PolicyConfig.defaults();
    assertSame(config, PhraseSettings.apply(config, null, base));
  }

  @Test
  void anUnknownRuleDirectoryIsASetupError() throws IOException {
    Files.createDirectories(base.resolve("phrases/no-coupons"));
    MojoExecutionException e = assertThrows(MojoExecutionException.class,
        () -> PhraseSettings.apply(PolicyConfig.defaults(), new File("phrases"), base));
    assertTrue(e.getMessage().startsWith("message-policy.phrases: "), e.getMessage());
    assertTrue(e.getMessage().contains("'no-coupons' is not a phrase rule"), e.getMessage());
  }
}
