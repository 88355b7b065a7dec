package dev.messagepolicy.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.Reason;
import dev.messagepolicy.engine.PolicyConfig;
import dev.messagepolicy.engine.PolicyEngine;
import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.model.PropertySchema;
import dev.messagepolicy.engine.model.TemplateModel;
import dev.messagepolicy.engine.model.TypeSchema;
import dev.messagepolicy.engine.report.CatalogManifest;
import dev.messagepolicy.engine.report.Report;
import dev.messagepolicy.engine.rules.RuleRegistry;
import dev.messagepolicy.engine.source.Anchor;
import dev.messagepolicy.engine.source.SendWindowDeclaration;
import dev.messagepolicy.engine.source.SourcePosition;
import dev.messagepolicy.engine.source.SourceText;
import dev.messagepolicy.engine.source.TemplateMetadata;
import dev.messagepolicy.engine.source.TemplateSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two modules' catalog manifests, read by the plugin, are checked as one catalog: routine messages
 * in different modules count together, variants across modules count once, and the class model
 * carried in the manifest lets the plugin report unknown variables as the processor does.
 */
class CrossModuleCatalogTest {

  private static final String JAVA = "src/main/java/com/shop/";

  private static TemplateSource template(String name, Reason reason, String variant, SendWindowDeclaration window,
      String body) {
    String file = JAVA + name + ".java";
    TemplateModel model = new TemplateModel.Builder()
        .add(TypeSchema.object("com.shop." + name, List.of(new PropertySchema("orderId", "java.lang.String"))))
        .add(TypeSchema.scalar("java.lang.String"))
        .build("com.shop." + name);
    return new TemplateSource("com.shop." + name, file,
        new TemplateMetadata(reason, false, Marketplace.UK, variant, List.of(), List.of(), window),
        new SourceText(file, "Order {{orderId}}", 8, 16),
        new TemplateSource.Inline(new SourceText(file, body, 9, 13), ""),
        Map.of(Anchor.REASON, new SourcePosition(file, 11, 16), Anchor.SEND_WINDOW, new SourcePosition(file, 12, 1)),
        List.of(), model);
  }

  private static ModuleLayout module(Path root, String name, TemplateSource... templates) throws Exception {
    Path classes = root.resolve(name).resolve("target/classes");
    Path manifest = classes.resolve(CatalogManifest.PATH);
    Files.createDirectories(manifest.getParent());
    Files.writeString(manifest, CatalogManifest.write(
        List.of(templates).stream().map(t -> new CatalogManifest.Entry(t, List.of())).toList()));
    return new ModuleLayout(root.resolve(name), classes, List.of());
  }

  private static Report check(Path root, List<ModuleLayout> modules) throws Exception {
    PolicyEngine engine = new PolicyEngine(new PolicyConfig(Marketplace.UK, Map.of(), Set.of()),
        RuleRegistry.builtIn());
    return new ReactorCheck(engine, new PolicySettings("UK", "", "", "src/main/message-templates"), root)
        .check(modules);
  }

  private static List<String> of(Report report, String rule) {
    return report.findings().stream().filter(f -> f.rule().equals(rule))
        .map(f -> f.position().file() + ":" + f.position().line()).sorted().toList();
  }

  @Test
  void routineMessagesOfTwoModulesAreCheckedTogether(@TempDir Path root) throws Exception {
    ModuleLayout reviews = module(root, "reviews",
        template("ReviewRequest", Reason.REVIEW_REQUEST, null, null, "How was order {{orderId}}?"));
    ModuleLayout delivery = module(root, "delivery",
        template("CareNotice", Reason.ORDER_DETAILS, null, new SendWindowDeclaration(3, 7),
            "Care notes for order {{orderId}}: oil the table once a month."));

    assertEquals(List.of(), of(check(root, List.of(reviews)), "one-message-per-order"), "one module alone is fine");
    Report both = check(root, List.of(reviews, delivery));
    assertEquals(List.of("delivery/" + JAVA + "CareNotice.java:12", "reviews/" + JAVA + "ReviewRequest.java:11"),
        of(both, "one-message-per-order"));
    Finding first = both.findings().stream().filter(f -> f.rule().equals("one-message-per-order")).findFirst()
        .orElseThrow();
    assertTrue(first.message().contains("2 routine messages"), first.message());
  }

  @Test
  void variantsInTwoModulesCountOnce(@TempDir Path root) throws Exception {
    ModuleLayout a = module(root, "a",
        template("ReviewA", Reason.REVIEW_REQUEST, "review", null, "How was order {{orderId}}?"));
    ModuleLayout b = module(root, "b",
        template("ReviewB", Reason.REVIEW_REQUEST, "review", new SendWindowDeclaration(5, 30),
            "Did order {{orderId}} arrive well?"));
    assertEquals(List.of(), of(check(root, List.of(a, b)), "one-message-per-order"));
  }

  @Test
  void theClassModelInTheManifestLetsThePluginResolveVariables(@TempDir Path root) throws Exception {
    ModuleLayout a = module(root, "a",
        template("Question", Reason.ORDER_DETAILS, null, null, "Which size for order {{ordreId}}?"));
    assertEquals(List.of("a/" + JAVA + "Question.java:9"), of(check(root, List.of(a)), "unknown-variable"));
  }
}
