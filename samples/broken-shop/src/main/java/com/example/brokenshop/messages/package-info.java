/**
 * The buyer messages of Brandt Holzdesign, a carpentry workshop selling on the German and UK
 * marketplaces. Most of them break a marketplace messaging rule on purpose; the README beside
 * the POM lists which rule each one breaks and where. The compliant ones are
 * {@link com.example.brokenshop.messages.EngravingConfirmation},
 * {@link com.example.brokenshop.messages.DeliveryAddressQuestion} and the review-request
 * variants {@link com.example.brokenshop.messages.ReviewRequestUkA} and
 * {@link com.example.brokenshop.messages.ReviewRequestUkB}.
 */
package com.example.brokenshop.messages;
