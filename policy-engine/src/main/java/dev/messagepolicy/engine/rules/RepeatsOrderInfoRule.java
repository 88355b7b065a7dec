package dev.messagepolicy.engine.rules;

/**
 * No repeating what the marketplace already sends: shipping notices, tracking numbers and
 * links, order confirmations ({@code phrases/repeats-order-info/<language>.txt}).
 */
@PolicyRule(
    id = "repeats-order-info",
    summary = "Content that repeats what the marketplace already sends: shipping notices, tracking, order confirmations",
    guideline = "Order confirmations, shipping confirmations and tracking details are sent by the marketplace;"
        + " a seller message may not repeat them.")
public final class RepeatsOrderInfoRule extends PhraseRule {

  @Override
  String what() {
    return "the marketplace already tells the buyer this";
  }

  @Override
  String hint() {
    return "Remove order and shipping confirmations and tracking details; the marketplace sends them.";
  }
}
