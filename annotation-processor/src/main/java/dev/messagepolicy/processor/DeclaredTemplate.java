package dev.messagepolicy.processor;

import dev.messagepolicy.engine.source.Anchor;
import dev.messagepolicy.engine.source.TemplateSource;
import java.util.Map;
import javax.lang.model.element.TypeElement;

/**
 * A template class as the processor read it: the engine's view of it, and for each part of the
 * declaration the javac element, annotation and value to report on.
 */
record DeclaredTemplate(TypeElement element, TemplateSource source, JavaSourceFile file,
    Map<Anchor, DiagnosticTarget> targets) {

  /** Where a finding about {@code anchor} is shown; the class itself when that part is not declared. */
  DiagnosticTarget target(Anchor anchor) {
    DiagnosticTarget target = targets.get(anchor);
    return target != null ? target : DiagnosticTarget.of(element);
  }
}
