package dev.messagepolicy.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The rule settings of {@code check}, for the goals that must see the same findings
 * ({@code baseline}, {@code aggregate}, {@code report}). Same names, same user properties.
 */
abstract class AbstractPolicyMojo extends AbstractMojo {

  /** Skips the goal. */
  @Parameter(property = "message-policy.skip", defaultValue = "false")
  protected boolean skip;

  /**
   * The marketplace of templates that do not name one, for instance {@code DE}. Without it, the
   * engine's default ({@code US}) applies.
   */
  @Parameter(property = "message-policy.marketplace")
  protected String marketplace;

  /**
   * Comma-separated directories, relative to each project, whose {@code *.mustache} files are
   * checked as standalone templates (with optional front matter). Missing directories are
   * skipped.
   */
  @Parameter(property = "message-policy.templateDirectories", defaultValue = "src/main/message-templates")
  protected String templateDirectories;

  /**
   * Per-rule severity overrides, comma-separated {@code <rule-id>=<ERROR|WARNING|NOTE|OFF>}, for
   * instance {@code no-links=WARNING,one-message-per-order=OFF}.
   */
  @Parameter(property = "message-policy.rules")
  protected String rules;

  /**
   * Comma-separated domains that {@code no-links} lets pass, with their subdomains, for instance
   * {@code amazon.de}.
   */
  @Parameter(property = "message-policy.allowedLinkDomains")
  protected String allowedLinkDomains;

  /**
   * The largest template file that is read (a larger one is reported, not read), and the most a
   * subject or body may have with its partials inlined: bytes, or with {@code KB} or {@code MB}
   * ({@code 2MB}); by default 1 MB.
   */
  @Parameter(property = "message-policy.maxTemplateBytes")
  protected String maxTemplateBytes;

  PolicySettings settings() {
    return new PolicySettings(marketplace, rules, allowedLinkDomains, templateDirectories, maxTemplateBytes);
  }
}
