package com.example.shop.messages;

import com.example.shop.OrderId;
import dev.messagepolicy.annotations.ContactReason;
import dev.messagepolicy.annotations.Critical;
import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.MessageTemplate;
import dev.messagepolicy.annotations.Reason;
import java.util.List;

/**
 * Agrees a delivery day for a sofa with the buyer: the freight carrier brings it into the flat
 * and needs someone at home.
 */
@MessageTemplate(
    subject = "[Important] Liefertermin für Ihr Sofa – Bestellung {{orderId}}",
    bodyResource = "messages/de/sofa-delivery.mustache",
    marketplace = Marketplace.DE)
@ContactReason(Reason.DELIVERY_SCHEDULING)
@Critical
public record SofaDeliveryScheduling(
    OrderId orderId,
    String buyerName,
    String productTitle,
    List<String> deliveryDays,
    String staffName) {

  public SofaDeliveryScheduling {
    deliveryDays = List.copyOf(deliveryDays);
  }
}
