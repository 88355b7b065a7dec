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
 */
public record PolicyConfig(
    Marketplace marketplace,
    Map<String, Optional<Severity>> ruleSeverities,
    Set<String> allowedLinkDomains,
    CustomPhrases phrases) {

  public PolicyConfig {
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

  /** Without phrases of the shop's own. */
  public PolicyConfig(Marketplace marketplace, Map<String, Optional<Severity>> ruleSeverities,
      Set<String> allowedLinkDomains) {
    this(marketplace, ruleSeverities, allowedLinkDomains, CustomPhrases.none());
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
