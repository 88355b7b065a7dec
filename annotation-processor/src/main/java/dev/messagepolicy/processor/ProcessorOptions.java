package dev.messagepolicy.processor;

import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.engine.PolicyConfig;
import dev.messagepolicy.engine.finding.FailOnSeverity;
import dev.messagepolicy.engine.finding.Severity;
import dev.messagepolicy.engine.rules.RuleDescriptor;
import dev.messagepolicy.engine.rules.PhrasePacks;
import dev.messagepolicy.engine.rules.RuleRegistry;
import dev.messagepolicy.engine.text.CustomPhrases;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The processor's {@code -Amessagepolicy.*} options, read and checked once. The same settings as
 * the Maven plugin's {@code message-policy.*} parameters.
 *
 * @param config what the engine needs: marketplace, rule severities, allowed link domains, size
 *     limits, the shop's phrases
 * @param templatesPath directories searched first for body resources and partials
 * @param projectBase the directory that file names in findings are relative to; empty when
 *     each source file's base is derived from its path (the part before {@code src/})
 * @param failOnSeverity which findings are javac errors
 */
record ProcessorOptions(
    PolicyConfig config, List<Path> templatesPath, Optional<Path> projectBase, FailOnSeverity failOnSeverity) {

  static final String PREFIX = "messagepolicy.";
  static final String MARKETPLACE = PREFIX + "marketplace";
  static final String RULES = PREFIX + "rules";
  static final String ALLOWED_LINK_DOMAINS = PREFIX + "allowedLinkDomains";
  static final String TEMPLATES_PATH = PREFIX + "templatesPath";
  static final String PROJECT_BASE = PREFIX + "projectBase";
  static final String FAIL_ON_SEVERITY = PREFIX + "failOnSeverity";
  static final String MAX_ATTACHMENT_BYTES = PREFIX + "maxAttachmentBytes";
  static final String PHRASES = PREFIX + "phrases";
  static final String MAX_TEMPLATE_BYTES = PREFIX + "maxTemplateBytes";

  /** Every option the processor understands, for {@code getSupportedOptions()}. */
  static final Set<String> NAMES =
      Set.of(MARKETPLACE, RULES, ALLOWED_LINK_DOMAINS, TEMPLATES_PATH, PROJECT_BASE, FAIL_ON_SEVERITY,
          MAX_ATTACHMENT_BYTES, PHRASES, MAX_TEMPLATE_BYTES);

  /** Commas and the platform's path separator both split a list of directories. */
  private static final Pattern DIRECTORY_SEPARATORS = Pattern.compile("[," + Pattern.quote(File.pathSeparator) + "]");

  /** The outcome of reading the options: problems are errors (or, for skipped directories, warnings). */
  record Read(ProcessorOptions options, List<String> errors, List<String> warnings) {
    boolean valid() {
      return errors.isEmpty();
    }
  }

  /** Reads {@code raw} (javac's option map); never throws. */
  static Read read(Map<String, String> raw, RuleRegistry registry) {
    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();

    Marketplace marketplace = Marketplace.US;
    String marketplaceValue = value(raw, MARKETPLACE);
    if (!marketplaceValue.isEmpty()) {
      Optional<Marketplace> named = Arrays.stream(Marketplace.values())
          .filter(m -> m != Marketplace.BUILD_DEFAULT && m.name().equals(marketplaceValue.toUpperCase(Locale.ROOT)))
          .findFirst();
      if (named.isPresent()) {
        marketplace = named.get();
      } else {
        errors.add(Message.OPTION_UNKNOWN_MARKETPLACE.format(MARKETPLACE, marketplaceValue,
            Arrays.stream(Marketplace.values()).filter(m -> m != Marketplace.BUILD_DEFAULT).map(Marketplace::name)
                .collect(Collectors.joining(", "))));
      }
    }

    Map<String, Optional<Severity>> severities = Map.of();
    try {
      severities = PolicyConfig.parseRuleSeverities(value(raw, RULES));
      Set<String> known = registry.descriptors().stream().map(RuleDescriptor::id).collect(Collectors.toSet());
      for (String rule : severities.keySet()) {
        if (!known.contains(rule)) {
          errors.add(Message.OPTION_UNKNOWN_RULE.format(RULES, rule,
              registry.descriptors().stream().map(RuleDescriptor::id).collect(Collectors.joining(", "))));
        }
      }
    } catch (IllegalArgumentException e) {
      errors.add(Message.OPTION_BAD_RULES.format(RULES, e.getMessage()));
    }

    List<String> domains = Arrays.stream(value(raw, ALLOWED_LINK_DOMAINS).split(","))
        .map(String::strip).filter(d -> !d.isEmpty()).toList();

    Optional<Path> projectBase = Optional.empty();
    String baseValue = value(raw, PROJECT_BASE);
    if (!baseValue.isEmpty()) {
      Optional<Path> base = path(baseValue, null).filter(Files::isDirectory);
      if (base.isPresent()) {
        projectBase = Optional.of(base.get().toAbsolutePath().normalize());
      } else {
        errors.add(Message.OPTION_PROJECT_BASE_MISSING.format(PROJECT_BASE, baseValue));
      }
    }

    List<Path> templatesPath = new ArrayList<>();
    for (String entry : DIRECTORY_SEPARATORS.split(value(raw, TEMPLATES_PATH))) {
      if (entry.isBlank()) {
        continue;
      }
      Optional<Path> directory = path(entry.strip(), projectBase.orElse(null));
      if (directory.isPresent() && Files.isDirectory(directory.get())) {
        templatesPath.add(directory.get().toAbsolutePath().normalize());
      } else {
        warnings.add(Message.OPTION_TEMPLATES_DIR_MISSING.format(TEMPLATES_PATH, entry.strip()));
      }
    }

    FailOnSeverity failOn = FailOnSeverity.ERROR;
    String failOnValue = value(raw, FAIL_ON_SEVERITY);
    if (!failOnValue.isEmpty()) {
      Optional<FailOnSeverity> parsed = FailOnSeverity.parse(failOnValue);
      if (parsed.isPresent()) {
        failOn = parsed.get();
      } else {
        errors.add(Message.OPTION_BAD_FAIL_ON_SEVERITY.format(FAIL_ON_SEVERITY, failOnValue));
      }
    }

    long maxAttachmentBytes = 0;
    try {
      maxAttachmentBytes = PolicyConfig.parseBytes(value(raw, MAX_ATTACHMENT_BYTES));
    } catch (IllegalArgumentException e) {
      errors.add(Message.OPTION_BAD_SIZE.format(MAX_ATTACHMENT_BYTES, e.getMessage()));
    }

    long maxTemplateBytes = 0;
    try {
      maxTemplateBytes = PolicyConfig.parseBytes(value(raw, MAX_TEMPLATE_BYTES));
    } catch (IllegalArgumentException e) {
      errors.add(Message.OPTION_BAD_SIZE.format(MAX_TEMPLATE_BYTES, e.getMessage()));
    }

    CustomPhrases phrases = CustomPhrases.none();
    String phrasesValue = value(raw, PHRASES);
    if (!phrasesValue.isEmpty()) {
      try {
        Path directory = path(phrasesValue, projectBase.orElse(null)).orElseThrow(
            () -> new IllegalArgumentException("'" + phrasesValue + "' is not a path"));
        phrases = CustomPhrases.readDirectory(directory, PhrasePacks.RULE_IDS);
      } catch (IllegalArgumentException e) {
        errors.add(PHRASES + ": " + e.getMessage());
      }
    }

    PolicyConfig config = new PolicyConfig(marketplace, severities, Set.copyOf(domains))
        .withMaxAttachmentBytes(maxAttachmentBytes).withMaxTemplateBytes(maxTemplateBytes).withPhrases(phrases);
    return new Read(new ProcessorOptions(config, List.copyOf(templatesPath), projectBase, failOn),
        List.copyOf(errors), List.copyOf(warnings));
  }

  private static String value(Map<String, String> raw, String name) {
    String value = raw.get(name);
    return value == null ? "" : value.strip();
  }

  /** {@code text} as a path, relative ones resolved against {@code base} when given. */
  private static Optional<Path> path(String text, Path base) {
    try {
      Path path = Path.of(text);
      return Optional.of(base != null && !path.isAbsolute() ? base.resolve(path) : path);
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }
}
