/**
 * The run-time library of the generated renderers ({@code EngravingQuestion} →
 * {@code EngravingQuestionMessage}): rendering a template class's Mustache text with a model,
 * the check of the rendered text by the engine's content rules, and the opt-out policy
 * ({@link dev.messagepolicy.runtime.DeliveryPolicy}). Shops depend on it at compile scope; the
 * annotation processor generates renderers only when it is on the compile class path.
 */
package dev.messagepolicy.runtime;
