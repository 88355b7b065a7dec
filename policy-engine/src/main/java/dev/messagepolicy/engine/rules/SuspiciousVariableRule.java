package dev.messagepolicy.engine.rules;

import dev.messagepolicy.engine.model.TemplateModel;
import dev.messagepolicy.engine.model.TypeSchema;
import dev.messagepolicy.engine.model.ValueKind;
import dev.messagepolicy.engine.template.MessageModel;
import dev.messagepolicy.engine.template.MessagePart;
import dev.messagepolicy.engine.template.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A variable whose name or type says it carries a link or a promotion ({@code shopUrl},
 * {@code websiteLink}, {@code couponCode}, a {@code java.net.URI} or {@code URL} value): the
 * template text may be clean, but what is filled in is not. Names are read word by word
 * ({@code shopUrl} → shop, url; {@code promo_code} → promo, code), so {@code curling} or
 * {@code orderId} do not match. Names are checked in every template; types only where the
 * template class is known (standalone template files have none).
 */
@PolicyRule(
    id = "suspicious-variable",
    summary = "A variable that by its name or type carries a link or promotion",
    guideline = "Messages may not contain links to websites nor marketing or promotional material such as coupons;"
        + " a variable named for a link or a coupon fills one in.")
public final class SuspiciousVariableRule implements TemplateRule {

  private static final Set<String> LINK_WORDS =
      Set.of("url", "uri", "urls", "link", "links", "href", "website", "homepage", "webshop", "weblink");
  private static final Set<String> PROMOTION_WORDS = Set.of("coupon", "coupons", "promo", "promocode", "promotion",
      "voucher", "vouchers", "discount", "gutschein", "rabatt", "newsletter", "referral", "cashback");
  private static final Set<String> LINK_TYPES = Set.of("java.net.URI", "java.net.URL");

  @Override
  public void check(MessageModel model, RuleContext context) {
    TemplateModel classModel = model.source().templateModel().orElse(null);
    for (MessagePart part : model.parts()) {
      if (classModel != null) {
        for (ModelScopes.Resolved resolved : ModelScopes.resolve(part, classModel)) {
          check(model, part, resolved.tag(), typeOf(resolved, classModel), context);
        }
      } else {
        for (Tag tag : part.tags()) {
          if (tag.kind().isValue() || tag.kind() == dev.messagepolicy.engine.template.TagKind.SECTION) {
            check(model, part, tag, Optional.empty(), context);
          }
        }
      }
    }
  }

  private void check(MessageModel model, MessagePart part, Tag tag, Optional<String> type, RuleContext context) {
    Optional<String> why = byName(tag.name()).or(() -> type.filter(LINK_TYPES::contains)
        .map(t -> "its type " + t + " is a link"));
    why.ifPresent(reason -> context.reportTag(model.source(), part, tag,
        "variable '" + tag.name() + "' looks like it carries " + reason,
        "Do not send links or promotions to buyers; remove the variable, or if it is harmless give it a name"
            + " that says what it is."));
  }

  /** The link or promotion the name speaks of, for instance {@code a link ("url")}. */
  static Optional<String> byName(String name) {
    for (String word : words(name)) {
      if (LINK_WORDS.contains(word)) {
        return Optional.of("a link (\"" + word + "\" in its name)");
      }
      if (PROMOTION_WORDS.contains(word)) {
        return Optional.of("a promotion (\"" + word + "\" in its name)");
      }
    }
    return Optional.empty();
  }

  /** {@code shopURL.couponCode} → shop, url, coupon, code: camel case, digits, dots, dashes and underscores split. */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean boundary = !Character.isLetter(c)
          || (Character.isUpperCase(c) && i > 0 && (Character.isLowerCase(name.charAt(i - 1))
              || (i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1)) && Character.isUpperCase(name.charAt(i - 1)))));
      if (boundary && word.length() > 0) {
        words.add(word.toString().toLowerCase(Locale.ROOT));
        word.setLength(0);
      }
      if (Character.isLetter(c)) {
        word.append(c);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  /** The Java type of a resolved tag's value, or of the elements of an iterable or optional one. */
  private static Optional<String> typeOf(ModelScopes.Resolved resolved, TemplateModel model) {
    if (!(resolved.resolution() instanceof ModelScopes.Found found) || found.type() == null) {
      return Optional.empty();
    }
    TypeSchema type = found.type();
    if (type.kind() == ValueKind.ITERABLE || type.kind() == ValueKind.OPTIONAL) {
      return Optional.of(type.elementType());
    }
    return Optional.of(type.name());
  }
}
