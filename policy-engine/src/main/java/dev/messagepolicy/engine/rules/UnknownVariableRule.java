package dev.messagepolicy.engine.rules;

import dev.messagepolicy.engine.model.TemplateModel;
import dev.messagepolicy.engine.model.TypeSchema;
import dev.messagepolicy.engine.template.MessageModel;
import dev.messagepolicy.engine.template.MessagePart;
import dev.messagepolicy.engine.template.TagKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every variable, section and inverted section must name something the template class
 * provides: a record component, field or getter, or, inside a section, a property of the
 * section's object, element or optional value. Mustache renders an unknown name as nothing, so
 * the buyer would get a message with a hole ("for order ."). Standalone template files have no
 * class and are not checked by this rule.
 */
@PolicyRule(
    id = "unknown-variable",
    summary = "A variable or section that the template class does not provide",
    guideline = "Every proactive message names the order and asks a clear question; a variable that renders as"
        + " nothing leaves the buyer a message with holes. (Template files without a class are not checked.)")
public final class UnknownVariableRule implements TemplateRule {

  @Override
  public void check(MessageModel model, RuleContext context) {
    TemplateModel classModel = model.source().templateModel().orElse(null);
    if (classModel == null) {
      return; // a standalone template file: no class to resolve against
    }
    for (MessagePart part : model.parts()) {
      // Each unknown name once per part, at its first tag: a name repeated a thousand times is one mistake.
      Map<String, Integer> repeats = new HashMap<>();
      List<ModelScopes.Resolved> first = new ArrayList<>();
      for (ModelScopes.Resolved resolved : ModelScopes.resolve(part, classModel)) {
        if (resolved.resolution() instanceof ModelScopes.Unknown
            && repeats.merge(resolved.tag().name(), 1, Integer::sum) == 1) {
          first.add(resolved);
        }
      }
      for (ModelScopes.Resolved resolved : first) {
        if (resolved.resolution() instanceof ModelScopes.Unknown unknown) {
          int more = repeats.get(resolved.tag().name()) - 1;
          String what = resolved.tag().kind() == TagKind.SECTION || resolved.tag().kind() == TagKind.INVERTED_SECTION
              ? "section" : "variable";
          String in = unknown.in().name().equals(classModel.rootType())
              ? "the template class " + simpleName(classModel.rootType())
              : simpleName(unknown.in().name()) + " (nor the template class " + simpleName(classModel.rootType()) + ")";
          context.reportTag(model.source(), part, resolved.tag(),
              what + " '" + resolved.tag().name() + "' is unknown: '" + unknown.segment() + "' is not a property of "
                  + in + (more > 0 ? " (used " + more + " more time" + (more == 1 ? "" : "s") + " in this part)" : ""),
              "Add a record component, field or getter '" + unknown.segment() + "', or fix the name; known: "
                  + known(unknown.in()) + ".");
        }
      }
    }
  }

  private static String known(TypeSchema type) {
    if (type.properties().isEmpty()) {
      return "none";
    }
    StringBuilder names = new StringBuilder();
    type.properties().stream().limit(12).forEach(p -> names.append(names.length() == 0 ? "" : ", ").append(p.name()));
    return type.properties().size() > 12 ? names + ", …" : names.toString();
  }

  /** {@code com.shop.Item} → {@code Item}; generic arguments are kept. */
  static String simpleName(String typeName) {
    int generic = typeName.indexOf('<');
    String raw = generic < 0 ? typeName : typeName.substring(0, generic);
    return raw.substring(raw.lastIndexOf('.') + 1) + (generic < 0 ? "" : typeName.substring(generic));
  }
}
