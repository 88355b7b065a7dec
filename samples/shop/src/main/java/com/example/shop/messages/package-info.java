/**
 * The messages Wohnwerk Berlin sends to marketplace buyers, one record per message.
 *
 * <p>Each record is the data a message needs; its annotations say what the message is for and
 * where its text lives. The message-policy processor checks every one of them when this package
 * is compiled, and the build's {@code verify} phase checks them again.
 *
 * <ul>
 *   <li>Critical, reaching buyers who opted out of messages, so tagged {@code [Important]}:
 *       {@link com.example.shop.messages.EngravingQuestion},
 *       {@link com.example.shop.messages.SofaDeliveryScheduling},
 *       {@link com.example.shop.messages.DeliveryAddressQuery}.
 *   <li>Everything else: {@link com.example.shop.messages.DispatchDelay},
 *       {@link com.example.shop.messages.ReturnQuestion},
 *       {@link com.example.shop.messages.ActivationCode}, and one review request per order and
 *       marketplace ({@link com.example.shop.messages.ReviewRequestDe}; on the UK marketplace
 *       one of the two variants {@link com.example.shop.messages.ReviewRequestUkShort} and
 *       {@link com.example.shop.messages.ReviewRequestUkPersonal}).
 * </ul>
 *
 * <p>German bodies live in {@code messages/de/} and end with the partial {@code gruss}, English
 * ones in {@code messages/en/} with {@code sign-off}.
 */
package com.example.shop.messages;
