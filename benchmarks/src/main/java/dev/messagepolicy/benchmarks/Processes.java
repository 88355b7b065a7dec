package dev.messagepolicy.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs a command to completion and times it, whole process, as a user would see it. */
final class Processes {

  /** How a run went: wall seconds, exit code and the combined output. */
  record Run(double seconds, int exitCode, String output) {}

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
      return new Run(seconds, exit, output);
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + command + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
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
