package dev.messagepolicy.engine.rules;

/** The seller never asks the buyer to cancel ({@code phrases/no-cancellation-request/<language>.txt}). */
@PolicyRule(
    id = "no-cancellation-request",
    summary = "Asking the buyer to cancel the order",
    guideline = "Asking a buyer to cancel an order is not permitted; a seller who cannot fulfil it cancels it"
        + " themselves.")
public final class NoCancellationRequestRule extends PhraseRule {

  @Override
  String what() {
    return "the buyer is asked to cancel the order";
  }

  @Override
  String hint() {
    return "Do not ask the buyer to cancel; if you cannot fulfil the order, cancel it yourself.";
  }
}
