package dev.messagepolicy.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * What javac highlights for a finding: the element, and when known the annotation and the
 * annotation value that the finding is about (IDEs underline exactly that value).
 */
record DiagnosticTarget(Element element, AnnotationMirror annotation, AnnotationValue value) {

  static DiagnosticTarget of(Element element) {
    return new DiagnosticTarget(element, null, null);
  }
}
