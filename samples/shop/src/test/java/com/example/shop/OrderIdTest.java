package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderIdTest {

  @Test
  void rendersAsTheMarketplaceWritesIt() {
    assertEquals("302-1234567-7654321", new OrderId("302-1234567-7654321").toString());
  }

  @Test
  void parseToleratesBlanksFromTheOrderReport() {
    assertEquals(new OrderId("028-0000001-9999999"), OrderId.parse("  028-0000001-9999999\t"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "302-1234567-765432",
      "302-1234567-76543210",
      "3021234567-7654321-",
      "302 1234567 7654321",
      "302-12345a7-7654321",
      "302-1234567-7654321 ",
      "３０２-1234567-7654321"})
  void rejectsAnythingButThreeSevenSevenDigits(String text) {
    assertThrows(IllegalArgumentException.class, () -> new OrderId(text));
  }
}
