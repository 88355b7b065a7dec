package dev.messagepolicy.benchmarks;

import dev.messagepolicy.engine.PolicyConfig;
import dev.messagepolicy.engine.PolicyEngine;
import dev.messagepolicy.engine.rules.RuleRegistry;
import dev.messagepolicy.engine.source.TemplateLocator;
import dev.messagepolicy.engine.source.TemplateSource;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Runs in a JVM of its own: checks N one-kilobyte templates (every per-template rule, then the
 * catalog rules over all of them, as the plugin does) and prints one line
 * {@code n seconds peakHeapMegabytes findings}.
 */
public final class ScalingProbe {

  private ScalingProbe() {}

  public static void main(String[] args) {
    int n = Integer.parseInt(args[0]);
    List<TemplateSource> templates = EngineBenchmark.templates(n, EngineBenchmark.TEMPLATE_BYTES, 7);
    PolicyEngine engine = new PolicyEngine(PolicyConfig.defaults(), RuleRegistry.builtIn());
    // Warm up the rules' lazily built resources outside the measurement.
    engine.check(templates.get(0), TemplateLocator.none());
    System.gc();
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    long findings = 0;
    for (TemplateSource template : templates) {
      findings += engine.check(template, TemplateLocator.none()).findings().size();
    }
    findings += engine.checkCatalog(templates).size();
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.out.printf(java.util.Locale.ROOT, "%d %.3f %.1f %d%n", n, seconds, peak / 1048576.0, findings);
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
  }
}
