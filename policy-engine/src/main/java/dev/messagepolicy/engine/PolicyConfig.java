package dev.messagepolicy.engine;

import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.engine.finding.Severity;
import dev.messagepolicy.engine.text.CustomPhrases;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The settings a build gives the checker, the same for the processor ({@code -Amessagepolicy.*})
 * and the plugin ({@code message-policy.*}).
 *
 * @param marketplace the marketplace of templates that do not name one
 * @param ruleSeverities per-rule severity overrides; an empty value turns the rule off
 * @param allowedLinkDomains domains that {@code no-links} lets pass (and their subdomains)
 * @param phrases the shop's own phrases for the phrase rules, added to the built-in packs
 * @param maxAttachmentBytes the largest attachment {@code attachment-limits} lets pass; not
 *     positive means the default, {@link #DEFAULT_MAX_ATTACHMENT_BYTES}
 * @param maxTemplateBytes the largest template file read, and the most a subject or body may
 *     have with its partials inlined; not positive means the default,
 *     {@link #DEFAULT_MAX_TEMPLATE_BYTES}
 */
public record PolicyConfig(
    Marketplace marketplace,
    Map<String, Optional<Severity>> ruleSeverities,
    Set<String> allowedLinkDomains,
    CustomPhrases phrases,
    long maxAttachmentBytes,
    long maxTemplateBytes) {

  /** 7 MB: the stricter of the two published attachment limits (the help pages say 10 MB). */
  public static final long DEFAULT_MAX_ATTACHMENT_BYTES = 7L * 1024 * 1024;

  /** 1 MB: hundreds of times a real message, small enough that hostile input stays cheap. */
  public static final long DEFAULT_MAX_TEMPLATE_BYTES = 1024L * 1024;

  public PolicyConfig {
    if (maxTemplateBytes <= 0) {
      maxTemplateBytes = DEFAULT_MAX_TEMPLATE_BYTES;
    }
    if (maxAttachmentBytes <= 0) {
      maxAttachmentBytes = DEFAULT_MAX_ATTACHMENT_BYTES;
    }
    if (phrases == null) {
      phrases = CustomPhrases.none();
    }
    if (marketplace == null || marketplace == Marketplace.BUILD_DEFAULT) {
      marketplace = Marketplace.US;
    }
    ruleSeverities = Map.copyOf(new TreeMap<>(ruleSeverities));
    TreeSet<String> domains = new TreeSet<>();
    allowedLinkDomains.forEach(d -> domains.add(d.strip().toLowerCase(Locale.ROOT)));
    domains.remove("");
    allowedLinkDomains = Set.copyOf(domains);
  }

  /** With the default template size limit. */
  public PolicyConfig(Marketplace marketplace, Map<String, Optional<Severity>> ruleSeverities,
      Set<String> allowedLinkDomains, CustomPhrases phrases, long maxAttachmentBytes) {
    this(marketplace, ruleSeverities, allowedLinkDomains, phrases, maxAttachmentBytes, DEFAULT_MAX_TEMPLATE_BYTES);
  }

  /** This configuration with another template size limit (not positive: the default). */
  public PolicyConfig withMaxTemplateBytes(long bytes) {
    return new PolicyConfig(marketplace, ruleSeverities, allowedLinkDomains, phrases, maxAttachmentBytes, bytes);
  }

  /** With the default attachment size limit. */
  public PolicyConfig(Marketplace marketplace, Map<String, Optional<Severity>> ruleSeverities,
      Set<String> allowedLinkDomains, CustomPhrases phrases) {
    this(marketplace, ruleSeverities, allowedLinkDomains, phrases, DEFAULT_MAX_ATTACHMENT_BYTES);
  }

  /** This configuration with another attachment size limit (not positive: the default). */
  public PolicyConfig withMaxAttachmentBytes(long bytes) {
    return new PolicyConfig(marketplace, ruleSeverities, allowedLinkDomains, phrases, bytes, maxTemplateBytes);
  }

  /**
   * Parses a size setting ({@code maxAttachmentBytes}, {@code maxTemplateBytes}): a number of
   * bytes, or with the unit {@code KB} or {@code MB} (1024-based): {@code 10MB}. Empty means the
   * default (0).
   *
   * @throws IllegalArgumentException when the value is not such a size
   */
  public static long parseBytes(String setting) {
    if (setting == null || setting.isBlank()) {
      return 0;
    }
    String value = setting.strip().toUpperCase(Locale.ROOT);
    long unit = 1;
    if (value.endsWith("MB")) {
      unit = 1024L * 1024;
      value = value.substring(0, value.length() - 2).strip();
    } else if (value.endsWith("KB")) {
      unit = 1024;
      value = value.substring(0, value.length() - 2).strip();
    }
    try {
      long number = Long.parseLong(value);
      if (number <= 0 || number > Long.MAX_VALUE / unit) {
        throw new NumberFormatException();
      }
      return number * unit;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + setting.strip() + "' is not a size such as 7340032, 7MB or 500KB");
    }
  }

  /** Without phrases of the shop's own. */
  public PolicyConfig(Marketplace marketplace, Map<String, Optional<Severity>> ruleSeverities,
      Set<String> allowedLinkDomains) {
    this(marketplace, ruleSeverities, allowedLinkDomains, CustomPhrases.none());
  }

  /** This configuration with {@code shopPhrases} as the shop's own phrases. */
  public PolicyConfig withPhrases(CustomPhrases shopPhrases) {
    return new PolicyConfig(marketplace, ruleSeverities, allowedLinkDomains, shopPhrases, maxAttachmentBytes,
        maxTemplateBytes);
  }

  /** US marketplace, default severities, no allowed domains. */
  public static PolicyConfig defaults() {
    return new PolicyConfig(Marketplace.US, Map.of(), Set.of());
  }

  /** The severity findings of {@code ruleId} get, or empty when the rule is turned off. */
  public Optional<Severity> severityOf(String ruleId, Severity defaultSeverity) {
    Optional<Severity> override = ruleSeverities.get(ruleId);
    return override != null ? override : Optional.of(defaultSeverity);
  }

  /** The template's marketplace, or the configured one for {@link Marketplace#BUILD_DEFAULT}. */
  public Marketplace resolve(Marketplace declared) {
    return declared == null || declared == Marketplace.BUILD_DEFAULT ? marketplace : declared;
  }

  /**
   * Parses the {@code rules} setting: {@code no-emoji=OFF,html-formatting=ERROR}.
   *
   * @throws IllegalArgumentException naming the entry that is malformed
   */
  public static Map<String, Optional<Severity>> parseRuleSeverities(String setting) {
    Map<String, Optional<Severity>> result = new TreeMap<>();
    if (setting == null || setting.isBlank()) {
      return result;
    }
    for (String entry : setting.split(",")) {
      String trimmed = entry.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      int equals = trimmed.indexOf('=');
      if (equals <= 0) {
        throw new IllegalArgumentException("'" + trimmed + "' is not <rule-id>=<ERROR|WARNING|NOTE|OFF>");
      }
      String rule = trimmed.substring(0, equals).strip();
      String level = trimmed.substring(equals + 1).strip().toUpperCase(Locale.ROOT);
      if (level.equals("OFF")) {
        result.put(rule, Optional.empty());
      } else {
        try {
          result.put(rule, Optional.of(Severity.valueOf(level)));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("'" + trimmed + "': severity must be ERROR, WARNING, NOTE or OFF");
        }
      }
    }
    return result;
  }
}
