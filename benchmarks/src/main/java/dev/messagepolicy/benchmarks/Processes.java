package dev.messagepolicy.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs a command to completion and times it, whole process, as a user would see it. */
final class Processes {

  /**
   * How a run went: wall seconds, exit code and the combined output; {@code cpuSeconds} is the
   * user and system time of the process and its children, or NaN when it was not measured.
   */
  record Run(double seconds, int exitCode, String output, double cpuSeconds) {}

  /** What bash's {@code times} prints for the children: {@code 0m1.234s 0m0.056s}. */
  private static final Pattern TIMES = Pattern.compile("(\\d+)m([\\d.]+)s (\\d+)m([\\d.]+)s");

  private Processes() {}

  static Run run(List<String> command, Path directory, Map<String, String> environment) {
    try {
      Path log = Files.createTempFile("bench", ".log");
      ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
          .redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().putAll(environment);
      long start = System.nanoTime();
      Process process = builder.start();
      int exit = process.waitFor();
      double seconds = (System.nanoTime() - start) / 1e9;
      String output = Files.readString(log, StandardCharsets.UTF_8);
      Files.deleteIfExists(log);
      return new Run(seconds, exit, output, Double.NaN);
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + command + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /**
   * Runs under bash, which adds its {@code times} (user and system time of its children) after the
   * command's output: CPU time shows what a second core hides from the wall clock.
   */
  static Run runOkWithCpu(List<String> command, Path directory, Map<String, String> environment) {
    List<String> wrapped = new ArrayList<>(List.of("bash", "-c", "\"$@\"; status=$?; echo; LC_ALL=C; times; exit $status", "bash"));
    wrapped.addAll(command);
    Run run = runOk(wrapped, directory, environment);
    String[] lines = run.output().strip().split("\n");
    Matcher children = TIMES.matcher(lines[lines.length - 1]);
    if (!children.find()) {
      throw new IllegalStateException("no CPU times after " + String.join(" ", command) + ": " + lines[lines.length - 1]);
    }
    double cpu = Integer.parseInt(children.group(1)) * 60 + Double.parseDouble(children.group(2))
        + Integer.parseInt(children.group(3)) * 60 + Double.parseDouble(children.group(4));
    return new Run(run.seconds(), run.exitCode(), run.output(), cpu);
  }

  /** Runs and fails loudly on a non-zero exit: a benchmark of a broken run measures nothing. */
  static Run runOk(List<String> command, Path directory, Map<String, String> environment) {
    Run run = run(command, directory, environment);
    if (run.exitCode() != 0) {
      String output = run.output();
      throw new IllegalStateException(String.join(" ", command) + " exited " + run.exitCode() + ":\n"
          + output.substring(Math.max(0, output.length() - 4000)));
    }
    return run;
  }
}
