package dev.messagepolicy.benchmarks;

import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.engine.PolicyConfig;
import dev.messagepolicy.engine.PolicyEngine;
import dev.messagepolicy.engine.rules.RuleRegistry;
import dev.messagepolicy.engine.source.TemplateFiles;
import dev.messagepolicy.engine.source.TemplateLocator;
import dev.messagepolicy.engine.source.TemplateSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Engine throughput, one thread, all rules on: one operation checks {@link #BATCH} standalone
 * templates of about one kilobyte each (parse, every per-template rule).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineBenchmark {

  /** Templates per operation. */
  public static final int BATCH = 1_000;

  /** Size of each template. */
  public static final int TEMPLATE_BYTES = 1_024;

  private PolicyEngine engine;
  private List<TemplateSource> templates;
  private long textBytes;

  @Setup
  public void setUp() {
    engine = new PolicyEngine(PolicyConfig.defaults(), RuleRegistry.builtIn());
    templates = templates(BATCH, TEMPLATE_BYTES, 42);
    textBytes = templates.stream().mapToLong(t -> ((TemplateSource.Inline) t.body()).text().text().length()).sum();
  }

  @Benchmark
  public void checkBatch(Blackhole sink) {
    for (TemplateSource template : templates) {
      sink.consume(engine.check(template, TemplateLocator.none()));
    }
  }

  /** {@code count} standalone templates of about {@code bytes} bytes each. */
  static List<TemplateSource> templates(int count, int bytes, long seed) {
    SyntheticShop shop = new SyntheticShop(seed);
    List<TemplateSource> result = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String file = "src/main/message-templates/t" + i + ".mustache";
      result.add(TemplateFiles.read(file, "t" + i + ".mustache", shop.standaloneTemplate(i, bytes), Marketplace.US));
    }
    return result;
  }

  long textBytes() {
    return textBytes;
  }
}
