package dev.messagepolicy.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The whole benchmark in one run (benchmarks/run.sh): engine throughput (JMH), scaling from
 * 1,000 to 100,000 templates, the processor's overhead on javac, and the plugin's check against
 * Maven's own start-up; writes docs/performance.md with the figures against their targets.
 */
public final class BenchmarkMain {

  private static final Pattern GC_HEAP = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

  private final Path repo;
  private final Path work;
  private final String version;
  private final StringBuilder report = new StringBuilder();
  private final List<String> rows = new ArrayList<>();

  private BenchmarkMain(Path repo, String version) {
    this.repo = repo;
    this.work = repo.resolve("benchmarks/target/bench");
    this.version = version;
  }

  public static void main(String[] args) throws Exception {
    Path repo = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    String version = args.length > 1 ? args[1] : "0.1.0-SNAPSHOT";
    new BenchmarkMain(repo, version).runAll();
  }

  /** {@code -Dbench.quick=true}: tiny sizes, to try the harness itself in a minute; its figures mean nothing. */
  private static final boolean QUICK = Boolean.getBoolean("bench.quick");

  private void runAll() throws Exception {
    deleteRecursively(work);
    Files.createDirectories(work);
    engineThroughput();
    scaling();
    processorOverhead(1);
    processorOverhead(QUICK ? 50 : 500);
    processorOverhead(QUICK ? 100 : 5_000);
    pluginCheck(QUICK ? 200 : 10_000);
    write();
  }

  // ---- engine throughput (JMH, one thread)

  private void engineThroughput() throws RunnerException {
    log("engine throughput (JMH)");
    Options options = new OptionsBuilder().include(EngineBenchmark.class.getName())
        .forks(1).threads(1).warmupIterations(QUICK ? 1 : 3).warmupTime(TimeValue.seconds(QUICK ? 1 : 2))
        .measurementIterations(QUICK ? 1 : 5).measurementTime(TimeValue.seconds(QUICK ? 1 : 2)).jvmArgs("-Xmx1g").build();
    RunResult result = new Runner(options).run().iterator().next();
    double batchesPerSecond = result.getPrimaryResult().getScore();
    double error = result.getPrimaryResult().getScoreError();
    double templatesPerSecond = batchesPerSecond * EngineBenchmark.BATCH;
    long batchBytes = EngineBenchmark.templates(EngineBenchmark.BATCH, EngineBenchmark.TEMPLATE_BYTES, 42).stream()
        .mapToLong(t -> ((dev.messagepolicy.engine.source.TemplateSource.Inline) t.body()).text().text()
            .getBytes(StandardCharsets.UTF_8).length).sum();
    double megabytesPerSecond = batchesPerSecond * batchBytes / 1e6;
    row("Engine throughput, 1 thread, all rules", "templates/s (≈1 KB each)",
        String.format(Locale.ROOT, "%,.0f ± %,.0f", templatesPerSecond, error * EngineBenchmark.BATCH),
        "≥ 20,000", templatesPerSecond >= 20_000);
    row("Engine throughput, 1 thread, all rules", "MB of template text/s",
        String.format(Locale.ROOT, "%.1f", megabytesPerSecond), "—", null);
  }

  // ---- scaling: a JVM of its own per size

  private void scaling() {
    log("scaling");
    double previousSeconds = 0;
    double previousHeap = 0;
    for (int n : QUICK ? new int[] {100, 1_000} : new int[] {1_000, 10_000, 100_000}) {
      Processes.Run run = Processes.runOk(List.of(java(), "-Xmx2g", "-cp", System.getProperty("java.class.path"),
          ScalingProbe.class.getName(), String.valueOf(n)), work, Map.of());
      String[] fields = lastLine(run.output()).split(" ");
      double seconds = Double.parseDouble(fields[1]);
      double heap = Double.parseDouble(fields[2]);
      String growth = previousSeconds == 0 ? "—"
          : String.format(Locale.ROOT, "time ×%.1f, heap ×%.1f per tenfold", seconds / previousSeconds, heap / previousHeap);
      row("Scaling: check " + String.format(Locale.ROOT, "%,d", n) + " templates (+ catalog rules)", "seconds / peak heap MB",
          String.format(Locale.ROOT, "%.2f s / %.0f MB; %s", seconds, heap, growth),
          "linear (≈ ×10 per tenfold)", previousSeconds == 0 ? null : seconds / previousSeconds < 15);
      previousSeconds = seconds;
      previousHeap = heap;
    }
  }

  // ---- processor overhead: javac with the processor vs annotation processing off

  private void processorOverhead(int n) throws IOException {
    log("processor overhead, N = " + n);
    Path shop = work.resolve("processor-" + n);
    SyntheticShop.Written written = new SyntheticShop(n).write(shop, n, 0);
    Path sources = shop.resolve("sources.txt");
    Files.write(sources, written.javaSources().stream().map(Path::toString).toList());
    String annotations = jar("policy-annotations/target", "message-policy-annotations-");
    String processor = jar("annotation-processor/target", "message-policy-processor-");
    String benchmarks = repo.resolve("benchmarks/target/classes").toString();
    List<String> off = List.of("-proc:none", "-cp", annotations);
    List<String> noOp = List.of("-cp", annotations, "-processorpath", benchmarks,
        "-processor", NoOpProcessor.class.getName());
    List<String> ours = List.of("-cp", annotations, "-processorpath", processor + ":" + annotations,
        "-Amessagepolicy.templatesPath=" + written.resourcesRoot(), "-Amessagepolicy.projectBase=" + shop,
        "-Amessagepolicy.failOnSeverity=NONE", "-Xmaxwarns", "1");
    JavacRuns plain = new JavacRuns();
    JavacRuns idle = new JavacRuns();
    JavacRuns checked = new JavacRuns();
    for (int i = 0; i < 5; i++) {
      plain.add(javac(shop, off, sources));
      idle.add(javac(shop, noOp, sources));
      checked.add(javac(shop, ours, sources));
    }
    String size = String.format(Locale.ROOT, "%,d", n) + (n == 1 ? " template class" : " template classes");
    double overhead = checked.overheadOver(plain);
    row("Processor overhead, N = " + size,
        "javac + processor vs -proc:none, median ratio of 5 alternating runs: wall (CPU)",
        checked.describeAgainst(plain), n >= 5_000 ? "≤ 5 %" : "—", n >= 5_000 ? overhead <= 5 : null);
    row("… of which javac's own, N = " + size,
        "javac + a processor that does nothing vs -proc:none: wall (CPU)", idle.describeAgainst(plain), "—", null);
    row("… of which ours, N = " + size,
        "javac + processor vs javac + a processor that does nothing: wall (CPU)", checked.describeAgainst(idle),
        "—", null);
  }

  /** Wall and CPU seconds of alternating javac runs of one configuration, compared pairwise with another's. */
  private static final class JavacRuns {
    private final List<Processes.Run> runs = new ArrayList<>();

    void add(Processes.Run run) {
      runs.add(run);
    }

    /** The median of the per-run wall-time ratios against {@code base}, as a percentage beyond it. */
    double overheadOver(JavacRuns base) {
      return overhead(base, Processes.Run::seconds);
    }

    String describeAgainst(JavacRuns base) {
      return String.format(Locale.ROOT, "%+.1f %% (%.2f s vs %.2f s); CPU %+.1f %% (%.1f s vs %.1f s)",
          overheadOver(base), median(Processes.Run::seconds), base.median(Processes.Run::seconds),
          overhead(base, Processes.Run::cpuSeconds), median(Processes.Run::cpuSeconds),
          base.median(Processes.Run::cpuSeconds));
    }

    private double overhead(JavacRuns base, ToDoubleFunction<Processes.Run> measure) {
      List<Double> ratios = new ArrayList<>();
      for (int i = 0; i < runs.size(); i++) {
        ratios.add(measure.applyAsDouble(runs.get(i)) / measure.applyAsDouble(base.runs.get(i)));
      }
      return (Stats.median(ratios) - 1) * 100;
    }

    private double median(ToDoubleFunction<Processes.Run> measure) {
      return Stats.median(runs.stream().map(measure::applyAsDouble).toList());
    }
  }

  private Processes.Run javac(Path shop, List<String> options, Path sources) throws IOException {
    Path out = shop.resolve("classes");
    deleteRecursively(out);
    Files.createDirectories(out);
    List<String> command = new ArrayList<>(List.of(javacBinary(), "-J-Xmx1g", "-d", out.toString(), "-nowarn"));
    command.addAll(options);
    command.add("@" + sources);
    return Processes.runOkWithCpu(command, shop, Map.of());
  }

  // ---- plugin check vs mvn validate

  private void pluginCheck(int n) throws IOException {
    log("plugin check, " + n + " standalone templates");
    Path project = work.resolve("plugin-" + n);
    new SyntheticShop(n).write(project, 0, n);
    Files.writeString(project.resolve("pom.xml"), """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>bench</groupId>
          <artifactId>templates</artifactId>
          <version>1</version>
          <packaging>pom</packaging>
        </project>
        """);
    Path gcLog = work.resolve("plugin-gc.log");
    List<Double> validate = new ArrayList<>();
    List<Double> help = new ArrayList<>();
    List<Double> check = new ArrayList<>();
    double peakHeap = 0;
    for (int i = 0; i < 3; i++) {
      validate.add(Processes.runOk(List.of("mvn", "-o", "-q", "-B", "validate"), project,
          Map.of("MAVEN_OPTS", "-Xmx256m")).seconds());
      help.add(Processes.runOk(List.of("mvn", "-o", "-q", "-B",
          "dev.messagepolicy:message-policy-maven-plugin:" + version + ":help"), project,
          Map.of("MAVEN_OPTS", "-Xmx256m")).seconds());
      Files.deleteIfExists(gcLog);
      check.add(Processes.runOk(List.of("mvn", "-o", "-q", "-B",
          "dev.messagepolicy:message-policy-maven-plugin:" + version + ":check",
          "-Dmessage-policy.failOnSeverity=NONE"), project,
          Map.of("MAVEN_OPTS", "-Xmx256m -Xlog:gc:file=" + gcLog)).seconds());
      peakHeap = Math.max(peakHeap, peakHeapMegabytes(gcLog));
    }
    double beyond = Stats.median(check) - Stats.median(validate);
    row("Plugin check, " + String.format(Locale.ROOT, "%,d", n) + " standalone templates",
        "wall time beyond `mvn validate` (median of 3)",
        String.format(Locale.ROOT, "%+.2f s (check %.2f s, validate %.2f s)", beyond, Stats.median(check),
            Stats.median(validate)), "≤ 3 s", beyond <= 3);
    row("… of which Maven loading the plugin", "`…:help` beyond `mvn validate` (same runs)",
        String.format(Locale.ROOT, "%+.2f s (help %.2f s)", Stats.median(help) - Stats.median(validate),
            Stats.median(help)), "—", null);
    row("… of which the check", "`…:check` beyond `…:help` (same runs)",
        String.format(Locale.ROOT, "%+.2f s", Stats.median(check) - Stats.median(help)), "—", null);
    row("Plugin check, " + String.format(Locale.ROOT, "%,d", n) + " standalone templates",
        "peak heap (GC log, run with -Xmx256m)", String.format(Locale.ROOT, "%.0f MB", peakHeap), "≤ 256 MB",
        peakHeap <= 256);
  }

  /** The largest heap occupancy before a collection in a -Xlog:gc file; 0 when none ran. */
  static double peakHeapMegabytes(Path gcLog) throws IOException {
    if (!Files.exists(gcLog)) {
      return 0;
    }
    double peak = 0;
    for (String line : Files.readAllLines(gcLog)) {
      Matcher m = GC_HEAP.matcher(line);
      while (m.find()) {
        peak = Math.max(peak, Double.parseDouble(m.group(1)));
      }
    }
    return peak;
  }

  // ---- report

  private void row(String what, String measure, String value, String target, Boolean met) {
    String verdict = met == null ? "" : met ? "met" : "**missed**";
    rows.add("| " + what + " | " + measure + " | " + value + " | " + target + " | " + verdict + " |");
    log("  " + what + ": " + value + " (target " + target + ") " + verdict);
  }

  private void write() throws IOException {
    String mvnVersion = firstLine(Processes.run(List.of("mvn", "-v"), repo, Map.of()).output());
    report.append("# Performance\n\n")
        .append("Figures from one run of `benchmarks/run.sh` (all of them, side by side, so that the ratios are\n")
        .append("taken under the same load). Machines here are shared and noisy: read the ratios, not the seconds.\n\n")
        .append("## Machine\n\n")
        .append("* cores: ").append(Runtime.getRuntime().availableProcessors()).append('\n')
        .append("* memory: ").append(memory()).append('\n')
        .append("* JDK: ").append(System.getProperty("java.vm.name")).append(' ')
        .append(System.getProperty("java.version")).append(" (").append(System.getProperty("java.vendor")).append(")\n")
        .append("* Maven: ").append(mvnVersion).append("\n\n")
        .append("## Figures\n\n")
        .append("| what | measure | value | target | |\n|---|---|---|---|---|\n");
    rows.forEach(r -> report.append(r).append('\n'));
    report.append("\n## How it was measured\n\n")
        .append("* **Engine throughput**: JMH (`EngineBenchmark`), 1 fork, 1 thread, 3 × 2 s warm-up, 5 × 2 s measurement;\n")
        .append("  one operation checks 1,000 synthetic standalone templates of about 1 KB with every per-template rule.\n")
        .append("* **Scaling**: `ScalingProbe` in a JVM of its own per size (-Xmx2g): every per-template rule, then the\n")
        .append("  catalog rules over all templates, as the plugin does; peak heap from the heap pools' peak usage.\n")
        .append("* **Processor overhead**: `javac` as a process on a synthetic shop (`SyntheticShop`: five languages, inline\n")
        .append("  and resource bodies with a partial, about 5 % violating), with the shaded processor on the processor path\n")
        .append("  vs `-proc:none`, alternating, 5 runs each; the figure is the median of the per-pair ratios. The same\n")
        .append("  runs include javac with `NoOpProcessor` (claims our annotations, does nothing): the part of the overhead\n")
        .append("  that any annotation processor brings (javac enters every class again for its last round), and, against it,\n")
        .append("  the part that is our processor's own. CPU is user + system time of the javac process (bash's `times`):\n")
        .append("  javac's JIT and GC threads and ours run on the second core, which the wall clock does not show.\n")
        .append("* **Plugin**: `mvn -o -q …:check` vs `mvn -o -q validate` on a project of standalone templates, alternating,\n")
        .append("  3 runs each, `MAVEN_OPTS=-Xmx256m`; peak heap is the largest occupancy before a collection in the GC log.\n")
        .append("  The plugin's `help` goal, run alternately too, does nothing but load the plugin (resolving its dependencies,\n")
        .append("  building its class realm, wiring its components): what Maven spends before any goal of ours can start.\n\n")
        .append("Rerun: `benchmarks/run.sh` (about 10 minutes; it builds the project first). Where the engine's time\n")
        .append("goes, what the profiles showed and what was changed: [profiling.md](profiling.md).\n");
    Path out = QUICK ? work.resolve("performance-quick.md") : repo.resolve("docs/performance.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
    log("wrote " + out);
  }

  // ---- helpers

  private String jar(String directory, String prefix) throws IOException {
    try (Stream<Path> files = Files.list(repo.resolve(directory))) {
      return files.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".jar"))
          .filter(p -> !p.getFileName().toString().contains("sources"))
          .min(Comparator.comparing(Path::toString))
          .orElseThrow(() -> new IllegalStateException("no " + prefix + "*.jar in " + directory + ": build first"))
          .toString();
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String javacBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "javac").toString();
  }

  private static String memory() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          long kb = Long.parseLong(line.replaceAll("\\D", ""));
          return String.format(Locale.ROOT, "%.1f GiB", kb / 1048576.0);
        }
      }
    } catch (IOException | NumberFormatException e) {
      // fall through
    }
    return "unknown";
  }

  private static String lastLine(String output) {
    String[] lines = output.strip().split("\n");
    return lines[lines.length - 1].strip();
  }

  private static String firstLine(String output) {
    return output.strip().split("\n")[0].replaceAll("\u001B\\[[;\\d]*m", "");
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void log(String message) {
    System.out.println("[bench] " + message);
  }
}
