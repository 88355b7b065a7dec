package dev.messagepolicy.engine.robustness;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's promises that no code review should have to re-check by eye: code that reads
 * template text runs in linear time (no backtracking {@code java.util.regex}), and the engine is
 * plain Java that the processor and the plugin can both embed (no javac, no Maven types).
 *
 * <p>{@code String.matches}, {@code replaceAll} and {@code replaceFirst} always compile a
 * backtracking pattern, so they are banned outright. {@code String.split} takes a fast path
 * without any regex for a one-character literal separator, but ArchUnit sees the call and not
 * its argument: so every {@code split} on text-reading code is banned except the reviewed call
 * sites below. Adding one means reading its pattern and adding it here, or using RE2/J or plain
 * code instead.
 */
class ArchitectureTest {

  /** Packages whose code runs over template text, buyer text or front matter. */
  private static final String[] TEXT_CODE = {
      "dev.messagepolicy.engine.rules..", "dev.messagepolicy.engine.text..",
      "dev.messagepolicy.engine.template..", "dev.messagepolicy.engine.source.."};

  /**
   * Reviewed {@code split} call sites, as {@code Class.method}: each splits on a one-character
   * literal (the JDK's no-regex fast path) or on text we ship, never on a user's pattern.
   */
  private static final Set<String> REVIEWED_SPLITS = Set.of(
      "dev.messagepolicy.engine.rules.BareDomains.isDomain", // "\\." : literal dot, fast path
      "dev.messagepolicy.engine.text.Phrase.parse", // "\\s+" over our own phrase lists
      "dev.messagepolicy.engine.text.PhraseList.parse", // "\n" over our own phrase lists: fast path
      "dev.messagepolicy.engine.source.TemplateFiles.read"); // "\n" and ",": literal, fast path

  private static JavaClasses engine;

  @BeforeAll
  static void importEngine() {
    engine = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.messagepolicy.engine");
  }

  @Test
  void textCodeDoesNotUseJavaUtilRegex() {
    noClasses().that().resideInAnyPackage(TEXT_CODE)
        .should().dependOnClassesThat().resideInAPackage("java.util.regex..")
        .because("java.util.regex backtracks: hostile input can make it run for hours; use RE2/J or plain code")
        .check(engine);
  }

  @Test
  void textCodeDoesNotCallRegexStringMethods() {
    noClasses().that().resideInAnyPackage(TEXT_CODE)
        .should().callMethodWhere(stringMethod("matches", "replaceAll", "replaceFirst"))
        .because("these String methods compile a backtracking java.util.regex pattern")
        .check(engine);
  }

  @Test
  void textCodeSplitsOnlyAtReviewedCallSites() {
    noClasses().that().resideInAnyPackage(TEXT_CODE)
        .should().callMethodWhere(stringMethod("split").and(notIn(REVIEWED_SPLITS)))
        .because("String.split takes a regex; a new call site needs its pattern reviewed (see REVIEWED_SPLITS)")
        .check(engine);
  }

  @Test
  void engineDependsOnNeitherJavacNorMaven() {
    noClasses().that().resideInAPackage("dev.messagepolicy.engine..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "com.sun.source..", "com.sun.tools..", "javax.annotation.processing..", "javax.lang.model..",
            "javax.tools..", "org.apache.maven..", "org.codehaus.plexus..")
        .because("the engine is embedded by both the processor and the plugin (DESIGN.md, Modules)")
        .check(engine);
  }

  private static DescribedPredicate<JavaMethodCall> stringMethod(String... names) {
    Set<String> banned = Set.of(names);
    return DescribedPredicate.describe("String." + String.join("/", names) + "(..)",
        call -> call.getTargetOwner().isEquivalentTo(String.class) && banned.contains(call.getName()));
  }

  private static DescribedPredicate<JavaMethodCall> notIn(Set<String> callSites) {
    return DescribedPredicate.describe("outside the reviewed call sites",
        call -> !callSites.contains(call.getOrigin().getOwner().getName() + "." + call.getOrigin().getName()));
  }
}
