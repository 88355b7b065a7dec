package dev.messagepolicy.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Medians: robust on shared, noisy machines where a mean is pulled by one slow run. */
final class Stats {

  private Stats() {}

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
