package dev.messagepolicy.benchmarks;

import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Claims the annotations our processor claims and does nothing. javac with it, against javac with
 * {@code -proc:none}, is what annotation processing itself costs (javac enters every class again
 * for its last round), whatever the processor does; against our processor it is what our code costs.
 */
public final class NoOpProcessor extends AbstractProcessor {

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("dev.messagepolicy.annotations.*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return true;
  }
}
