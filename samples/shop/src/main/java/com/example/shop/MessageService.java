package com.example.shop;

import com.example.shop.messages.DispatchDelay;
import com.example.shop.messages.DispatchDelayMessage;
import com.example.shop.messages.EngravingQuestion;
import com.example.shop.messages.EngravingQuestionMessage;
import com.example.shop.messages.ReviewRequestDe;
import com.example.shop.messages.ReviewRequestDeMessage;
import com.example.shop.messages.SofaDeliveryScheduling;
import com.example.shop.messages.SofaDeliverySchedulingMessage;
import dev.messagepolicy.runtime.Buyer;
import dev.messagepolicy.runtime.MessagePolicyViolation;
import dev.messagepolicy.runtime.Order;
import dev.messagepolicy.runtime.RenderedMessage;
import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Sends Wohnwerk Berlin's buyer messages, each through the renderer the message-policy processor
 * generated for its template class: the renderer fills in the values, checks the rendered text
 * again (a product title can carry a link the template could not) and knows whether the buyer,
 * opted out or not, may receive it. Nothing reaches the {@link Outbox} that failed either test.
 */
public final class MessageService {

  /** What became of a message. */
  public enum Outcome {
    /** Rendered, checked and handed to the outbox. */
    SENT,
    /** Not sent: the buyer opted out and the message is not one that reaches opted-out buyers. */
    BUYER_OPTED_OUT,
    /** Not sent: the rendered text broke a rule (logged with the findings). */
    BLOCKED_BY_POLICY
  }

  private static final System.Logger LOG = System.getLogger(MessageService.class.getName());

  private final Outbox outbox;
  private final EngravingQuestionMessage engravingQuestion = new EngravingQuestionMessage();
  private final SofaDeliverySchedulingMessage sofaDelivery = new SofaDeliverySchedulingMessage();
  private final DispatchDelayMessage dispatchDelay = new DispatchDelayMessage();
  private final ReviewRequestDeMessage reviewRequest = new ReviewRequestDeMessage();

  public MessageService(Outbox outbox) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
  }

  public Outcome askAboutEngraving(EngravingQuestion question, Buyer buyer, Order order) {
    return send(question.orderId(), () -> engravingQuestion.mayDeliver(buyer, order),
        () -> engravingQuestion.render(question));
  }

  public Outcome scheduleSofaDelivery(SofaDeliveryScheduling scheduling, Buyer buyer, Order order) {
    return send(scheduling.orderId(), () -> sofaDelivery.mayDeliver(buyer, order),
        () -> sofaDelivery.render(scheduling));
  }

  public Outcome announceDispatchDelay(DispatchDelay delay, Buyer buyer, Order order) {
    return send(delay.orderId(), () -> dispatchDelay.mayDeliver(buyer, order), () -> dispatchDelay.render(delay));
  }

  public Outcome requestReview(ReviewRequestDe request, Buyer buyer, Order order) {
    return send(request.orderId(), () -> reviewRequest.mayDeliver(buyer, order), () -> reviewRequest.render(request));
  }

  private Outcome send(OrderId orderId, BooleanSupplier mayDeliver, Supplier<RenderedMessage> render) {
    if (!mayDeliver.getAsBoolean()) {
      return Outcome.BUYER_OPTED_OUT;
    }
    RenderedMessage message;
    try {
      message = render.get();
    } catch (MessagePolicyViolation violation) {
      LOG.log(Level.WARNING, "message for order " + orderId + " not sent: " + violation.getMessage());
      return Outcome.BLOCKED_BY_POLICY;
    }
    outbox.send(orderId, message);
    return Outcome.SENT;
  }
}
