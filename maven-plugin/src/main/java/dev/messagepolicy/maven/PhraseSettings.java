package dev.messagepolicy.maven;

import dev.messagepolicy.engine.PolicyConfig;
import dev.messagepolicy.engine.rules.PhrasePacks;
import dev.messagepolicy.engine.text.CustomPhrases;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The {@code phrases} parameter: a directory of the shop's own phrases for the phrase rules,
 * laid out like the built-in packs ({@code <rule>/<language>.txt}). A mistake in it is a setup
 * error naming the file and line, never a rule that silently never fires.
 */
final class PhraseSettings {

  private PhraseSettings() {}

  /** {@code config} with the phrases of {@code directory} (relative to {@code base}); unchanged when none is set. */
  static PolicyConfig apply(PolicyConfig config, File directory, Path base) throws MojoExecutionException {
    if (directory == null) {
      return config;
    }
    Path path = base.resolve(directory.toPath()).normalize();
    try {
      return config.withPhrases(CustomPhrases.readDirectory(path, PhrasePacks.RULE_IDS));
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("message-policy.phrases: " + e.getMessage(), e);
    }
  }
}
