package dev.messagepolicy.annotations;

import java.util.List;

/**
 * The marketplaces a shop sells on, with the languages buyers there are written to in and the
 * region used to read phone numbers.
 */
public enum Marketplace {
  /** Not a marketplace: stands for the build's configured one ({@code messagepolicy.marketplace}). */
  BUILD_DEFAULT("ZZ"),
  US("US", "en"),
  CA("CA", "en", "fr"),
  MX("MX", "es"),
  BR("BR", "pt"),
  UK("GB", "en"),
  IE("IE", "en"),
  DE("DE", "de"),
  FR("FR", "fr"),
  IT("IT", "it"),
  ES("ES", "es"),
  NL("NL", "nl"),
  SE("SE", "sv"),
  PL("PL", "pl"),
  BE("BE", "fr", "nl"),
  TR("TR", "tr"),
  JP("JP", "ja");

  private final String region;
  private final List<String> languages;

  Marketplace(String region, String... languages) {
    this.region = region;
    this.languages = List.of(languages);
  }

  /** The ISO 3166 region code (the United Kingdom is {@code GB}); {@code ZZ} for none. */
  public String region() {
    return region;
  }

  /** The ISO 639-1 codes of the languages messages on this marketplace may be written in. */
  public List<String> languages() {
    return languages;
  }
}
