package dev.messagepolicy.processor;

import com.palantir.javapoet.ClassName;

/**
 * The types of the run-time library ({@code message-policy-runtime}) that generated code uses,
 * by name: the processor does not depend on that library, the shop's compile class path does.
 */
final class RuntimeTypes {

  static final String PACKAGE = "dev.messagepolicy.runtime";

  static final ClassName MESSAGE_DEFINITION = ClassName.get(PACKAGE, "MessageDefinition");
  static final ClassName DECLARED_ATTACHMENT = ClassName.get(PACKAGE, "DeclaredAttachment");
  static final ClassName COMPILED_TEMPLATE = ClassName.get(PACKAGE, "CompiledTemplate");
  static final ClassName RUNTIME_CHECK = ClassName.get(PACKAGE, "RuntimeCheck");
  static final ClassName RENDERED_MESSAGE = ClassName.get(PACKAGE, "RenderedMessage");
  static final ClassName DELIVERY_POLICY = ClassName.get(PACKAGE, "DeliveryPolicy");
  static final ClassName BUYER = ClassName.get(PACKAGE, "Buyer");
  static final ClassName ORDER = ClassName.get(PACKAGE, "Order");

  static final ClassName REASON = ClassName.get("dev.messagepolicy.annotations", "Reason");
  static final ClassName MARKETPLACE = ClassName.get("dev.messagepolicy.annotations", "Marketplace");

  private RuntimeTypes() {}
}
