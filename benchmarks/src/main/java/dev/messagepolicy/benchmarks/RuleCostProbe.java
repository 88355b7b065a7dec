package dev.messagepolicy.benchmarks;

import dev.messagepolicy.engine.PolicyConfig;
import dev.messagepolicy.engine.PolicyEngine;
import dev.messagepolicy.engine.finding.Severity;
import dev.messagepolicy.engine.rules.Rule;
import dev.messagepolicy.engine.rules.RuleRegistry;
import dev.messagepolicy.engine.source.TemplateLocator;
import dev.messagepolicy.engine.source.TemplateSource;
import dev.messagepolicy.engine.template.MessageModel;
import dev.messagepolicy.engine.template.MessagePart;
import dev.messagepolicy.engine.text.BuyerText;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the engine's time goes, for profiling rather than for the record: microseconds per
 * one-kilobyte template for parsing, for the buyer's view of the text, and for each rule alone
 * (its time with only that rule on, less the parse and the buyer's view). Best of five passes,
 * timed in the thread's CPU time so that other processes on a shared machine distort it less.
 * Run: {@code java -cp ... dev.messagepolicy.benchmarks.RuleCostProbe [templates]}.
 */
public final class RuleCostProbe {

  private static final int PASSES = 5;
  private static final ThreadMXBean THREAD = ManagementFactory.getThreadMXBean();

  private RuleCostProbe() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
    List<TemplateSource> templates = EngineBenchmark.templates(n, EngineBenchmark.TEMPLATE_BYTES, 7);
    RuleRegistry registry = RuleRegistry.builtIn();
    PolicyEngine all = new PolicyEngine(PolicyConfig.defaults(), registry);
    // Every path warmed up first, through the very loop that times the rules: timed cold, the parse
    // and the view (every rule's baseline) read high, and the first rule timed after them
    // (attachment-limits, by id) paid for compiling that loop: 16 us for a rule that reads metadata.
    best(() -> parseViewCheck(templates, all));
    PolicyEngine none = engineWith(registry, Set.of());
    double parse = best(() -> templates.forEach(t -> none.parse(t, TemplateLocator.none())));
    double view = best(() -> templates.forEach(t -> buyerViews(none.parse(t, TemplateLocator.none())))) - parse;
    Map<String, Double> perRule = new HashMap<>();
    for (Rule rule : registry.templateRules()) {
      PolicyEngine one = engineWith(registry, Set.of(rule.descriptor().id()));
      double total = best(() -> parseViewCheck(templates, one));
      perRule.put(rule.descriptor().id(), total - parse - view);
    }
    double everything = best(() -> templates.forEach(t -> all.check(t, TemplateLocator.none())));
    System.out.printf(Locale.ROOT, "%-28s %8s%n", "part", "us/tmpl");
    print("parse", parse, n);
    print("buyer view (html, fold)", view, n);
    perRule.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .forEach(e -> print(e.getKey(), e.getValue(), n));
    print("all rules together", everything, n);
    System.out.printf(Locale.ROOT, "throughput: %,.0f templates/s%n", n / everything);
  }

  private static void parseViewCheck(List<TemplateSource> templates, PolicyEngine engine) {
    for (TemplateSource template : templates) {
      MessageModel model = engine.parse(template, TemplateLocator.none());
      buyerViews(model);
      engine.check(model);
    }
  }

  private static void buyerViews(MessageModel model) {
    for (MessagePart part : model.parts()) {
      BuyerText.of(part);
    }
  }

  private static PolicyEngine engineWith(RuleRegistry registry, Set<String> enabled) {
    Map<String, Optional<Severity>> severities = new HashMap<>();
    for (Rule rule : registry.all()) {
      if (!enabled.contains(rule.descriptor().id())) {
        severities.put(rule.descriptor().id(), Optional.empty());
      }
    }
    return new PolicyEngine(new PolicyConfig(PolicyConfig.defaults().marketplace(), severities, Set.of()), registry);
  }

  private static double best(Runnable pass) {
    double best = Double.MAX_VALUE;
    for (int i = 0; i < PASSES; i++) {
      long start = THREAD.getCurrentThreadCpuTime();
      pass.run();
      best = Math.min(best, (THREAD.getCurrentThreadCpuTime() - start) / 1e9);
    }
    return best;
  }

  private static void print(String what, double seconds, int n) {
    System.out.printf(Locale.ROOT, "%-28s %8.1f%n", what, seconds / n * 1e6);
  }
}
