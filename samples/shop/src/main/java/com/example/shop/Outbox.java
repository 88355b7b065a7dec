package com.example.shop;

import dev.messagepolicy.runtime.RenderedMessage;

/**
 * Where rendered messages go: in production the marketplace's messaging API (the operation
 * follows from {@link RenderedMessage#reason()}), in tests a list.
 */
public interface Outbox {

  void send(OrderId orderId, RenderedMessage message);
}
