package dev.messagepolicy.processor;

import java.util.Locale;

/**
 * Every text the processor prints or puts into a declaration error, in one place (as MapStruct
 * keeps its messages), so that wording stays consistent and reviewable.
 */
enum Message {
  // Options
  OPTION_UNKNOWN_MARKETPLACE("-A%s=%s: unknown marketplace; expected one of %s"),
  OPTION_BAD_RULES("-A%s: %s"),
  OPTION_UNKNOWN_RULE("-A%s: unknown rule '%s'; known rules: %s"),
  OPTION_BAD_FAIL_ON_SEVERITY("-A%s=%s: expected ERROR, WARNING or NONE"),
  OPTION_BAD_SIZE("-A%s: %s"),
  OPTION_PROJECT_BASE_MISSING("-A%s=%s: not a directory"),
  OPTION_TEMPLATES_DIR_MISSING("-A%s: template directory %s does not exist; it is skipped"),
  OPTIONS_INVALID("; message-policy checks no template until this option is fixed"),
  RULES_UNAVAILABLE("message-policy: the rules cannot be loaded: %s"),

  // Declaration errors (become template-syntax findings)
  NOT_A_CLASS("@MessageTemplate belongs on a class or record, not on %s %s"),
  BODY_AND_RESOURCE("give either body or bodyResource, not both"),
  NO_BODY("give the body: either body = \"...\" or bodyResource = \"path/to/file.mustache\""),
  NO_CONTACT_REASON("template class %s has no @ContactReason; every message needs one"),
  UNREADABLE_VALUE("cannot read %s of @%s: %s"),

  // Findings and failures
  FINDING_AT("  at %s"),
  FINDING_HINT("  hint: %s"),
  FINDING_DOCS("  see %s"),
  FINDINGS_NOT_SHOWN("[message-policy] %d more findings of template %s are not shown here (%s); %d are shown, so"
      + " that javac's limit of 100 diagnostics does not hide other templates' findings. The message-policy:check"
      + " goal lists all of them in target/message-policy/report.json."),
  INTERNAL_ERROR("[message-policy] internal error while checking template %s (%s); the template was not"
      + " fully checked. Please report this as a bug to message-policy, with this message."),
  CATALOG_NOT_WRITTEN("[message-policy] cannot write %s: %s; the Maven plugin will not see these templates"),

  // Generated code
  RUNTIME_MISSING("message-policy: message-policy-runtime is not on the compile class path, so no renderers are"
      + " generated; add it as a dependency to render templates through generated code"),
  RENDERER_NOT_ACCESSIBLE("message-policy: no renderer is generated for %s: a private class cannot be named"
      + " from generated code"),
  CATALOG_LEAVES_OUT("message-policy: the catalog in package '%s' leaves out %s: not public, and in another package"),
  GENERATED_NOT_WRITTEN("[message-policy] cannot write generated %s: %s");

  private final String format;

  Message(String format) {
    this.format = format;
  }

  /** The text with its arguments filled in. */
  String format(Object... arguments) {
    return String.format(Locale.ROOT, format, arguments);
  }
}
