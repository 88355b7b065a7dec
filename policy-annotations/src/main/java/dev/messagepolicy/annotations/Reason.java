package dev.messagepolicy.annotations;

/**
 * The purposes a buyer message can have, with the limits the marketplace sets for each.
 *
 * <p>The table follows the marketplace's Communication Guidelines (November 2020) and its
 * Selling Partner API (Messaging and Solicitations): which reasons may be marked
 * {@link Critical}, which may be sent proactively, how long the body may be, and whether the
 * message takes attachments. The last five constants are <em>not permitted</em>: they exist so
 * that legacy templates can be declared honestly and are reported.
 */
public enum Reason {
  /** A question about a customized product (engraving text, size, design). May be critical. */
  PRODUCT_CUSTOMIZATION(true, Permission.PROACTIVE, 800, Attachments.ALLOWED, "confirmCustomizationDetails"),
  /** Scheduling the delivery of a heavy or bulky item. May be critical. */
  DELIVERY_SCHEDULING(true, Permission.PROACTIVE, 2000, Attachments.NONE, "createConfirmDeliveryDetails"),
  /** A problem with the delivery address. May be critical. */
  DELIVERY_ADDRESS(true, Permission.PROACTIVE, 2000, Attachments.NONE, "createConfirmDeliveryDetails"),
  /** Information needed to complete the order. */
  ORDER_DETAILS(false, Permission.PROACTIVE, 2000, Attachments.NONE, "createConfirmOrderDetails"),
  /** Scheduling a home-service appointment. */
  SERVICE_APPOINTMENT(false, Permission.PROACTIVE, 2000, Attachments.NONE, "createConfirmServiceDetails"),
  /** An unexpected problem with fulfilling the order. */
  UNEXPECTED_PROBLEM(false, Permission.PROACTIVE, 2000, Attachments.NONE, "createUnexpectedProblem"),
  /** A question about a return. */
  RETURN_QUESTION(false, Permission.PROACTIVE, 2000, Attachments.NONE, null),
  /** A digital access key (activation code) for a digital product. */
  DIGITAL_ACCESS_KEY(false, Permission.PROACTIVE, 400, Attachments.ALLOWED, "createDigitalAccessKey"),
  /** A legal disclosure; the content goes in attachments only. */
  LEGAL_DISCLOSURE(false, Permission.PROACTIVE, Reason.ATTACHMENTS_ONLY, Attachments.REQUIRED, "createLegalDisclosure"),
  /** A warranty; the content goes in attachments only. */
  WARRANTY(false, Permission.PROACTIVE, Reason.ATTACHMENTS_ONLY, Attachments.REQUIRED, "CreateWarranty"),
  /** An invoice; the content goes in attachments only. */
  INVOICE(false, Permission.PROACTIVE, Reason.ATTACHMENTS_ONLY, Attachments.REQUIRED, "sendInvoice"),
  /**
   * A request for a product review and/or seller feedback: once per order, 5 to 30 days after
   * delivery. It is a <em>routine</em> message: it goes to every order.
   */
  REVIEW_REQUEST(false, Permission.ONCE_PER_ORDER, Reason.NO_LIMIT, Attachments.NONE,
      "createProductReviewAndSellerFeedbackSolicitation"),
  /** A reply in a thread the buyer opened; it also reaches buyers who opted out. */
  BUYER_REPLY(false, Permission.REPLY, 2000, Attachments.ALLOWED, null),
  /** Not permitted: the marketplace confirms orders itself. */
  ORDER_CONFIRMATION(false, Permission.NOT_PERMITTED, Reason.NO_LIMIT, Attachments.NONE, null),
  /** Not permitted: the marketplace confirms shipment itself. */
  SHIPPING_CONFIRMATION(false, Permission.NOT_PERMITTED, Reason.NO_LIMIT, Attachments.NONE, null),
  /** Not permitted: a message that only says thank you. */
  THANK_YOU(false, Permission.NOT_PERMITTED, Reason.NO_LIMIT, Attachments.NONE, null),
  /** Not permitted: marketing, coupons, cross-promotion. */
  MARKETING(false, Permission.NOT_PERMITTED, Reason.NO_LIMIT, Attachments.NONE, null),
  /** Not permitted: asking a buyer to change or remove feedback or a review. */
  FEEDBACK_REMOVAL(false, Permission.NOT_PERMITTED, Reason.NO_LIMIT, Attachments.NONE, null);

  /** {@link #bodyLimit()} of a reason whose body is not limited by the marketplace's API. */
  public static final int NO_LIMIT = -1;

  /** {@link #bodyLimit()} of a reason whose content goes in attachments only. */
  public static final int ATTACHMENTS_ONLY = 0;

  /** Whether, and how, a message of a reason may be sent. */
  public enum Permission {
    /** May be sent proactively, within 30 days of the order. */
    PROACTIVE,
    /** May be sent proactively once per order, inside a fixed window (review requests). */
    ONCE_PER_ORDER,
    /** Only as a reply in a thread the buyer opened. */
    REPLY,
    /** Not permitted at all. */
    NOT_PERMITTED
  }

  /** Whether a message of a reason takes attachments. */
  public enum Attachments {
    /** No attachments. */
    NONE,
    /** Attachments are allowed. */
    ALLOWED,
    /** The content is the attachments; at least one is required. */
    REQUIRED
  }

  private final boolean criticalAllowed;
  private final Permission permission;
  private final int bodyLimit;
  private final Attachments attachments;
  private final String apiOperation;

  Reason(boolean criticalAllowed, Permission permission, int bodyLimit, Attachments attachments,
      String apiOperation) {
    this.criticalAllowed = criticalAllowed;
    this.permission = permission;
    this.bodyLimit = bodyLimit;
    this.attachments = attachments;
    this.apiOperation = apiOperation;
  }

  /** Whether a message of this reason may be marked {@link Critical}. */
  public boolean criticalAllowed() {
    return criticalAllowed;
  }

  /** Whether, and how, a message of this reason may be sent. */
  public Permission permission() {
    return permission;
  }

  /** Whether the marketplace permits this reason at all. */
  public boolean permitted() {
    return permission != Permission.NOT_PERMITTED;
  }

  /** Whether the seller starts the conversation (everything but a reply to the buyer). */
  public boolean proactive() {
    return permission == Permission.PROACTIVE || permission == Permission.ONCE_PER_ORDER;
  }

  /**
   * Whether the message goes to every order on a schedule (a review request), as opposed to a
   * message that answers a situation. A shop may send only one routine message per order.
   */
  public boolean routine() {
    return permission == Permission.ONCE_PER_ORDER;
  }

  /**
   * The most characters the marketplace's API accepts in the body, {@link #ATTACHMENTS_ONLY}
   * when the content goes in attachments only, or {@link #NO_LIMIT}.
   */
  public int bodyLimit() {
    return bodyLimit;
  }

  /** Whether messages of this reason take attachments. */
  public Attachments attachments() {
    return attachments;
  }

  /**
   * The Selling Partner API operation that sends this kind of message, or {@code null} when
   * it has none (sent through the message centre, or not permitted).
   */
  public String apiOperation() {
    return apiOperation;
  }
}
