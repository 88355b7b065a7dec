package dev.messagepolicy.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.Reason;
import dev.messagepolicy.engine.PolicyConfig;
import dev.messagepolicy.engine.finding.Finding;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CompiledTemplateTest {

  /** A template class as a shop writes it. */
  public record Engraving(String orderId, String buyerName, String productTitle, String engravingText,
      List<String> lines) {}

  private static final MessageDefinition RESOURCE_BODY = new MessageDefinition(
      "com.shop.Engraving", Reason.PRODUCT_CUSTOMIZATION, true, Marketplace.DE, null,
      "[Important] Gravur für Bestellung {{orderId}}", null, "runtime-test/engraving.mustache",
      List.of(), List.of(new DeclaredAttachment("preview", "", "image/png", 1_000_000)));

  private static Engraving engraving(String productTitle) {
    return new Engraving("302-1234567-7654321", "Jo O'Brien & Sons", productTitle, "Für Anna",
        List.of("Für", "Anna"));
  }

  @Test
  void rendersSubjectBodySectionsAndPartialsFromTheClassPath() {
    RenderedMessage message = new CompiledTemplate(RESOURCE_BODY, Engraving.class)
        .render(engraving("Schneidebrett Eiche"), RuntimeCheck.standard());

    assertEquals("[Important] Gravur für Bestellung 302-1234567-7654321", message.subject());
    assertEquals("""
        Hallo Jo O'Brien & Sons,

        bevor wir „Schneidebrett Eiche“ gravieren: passt der Text „Für Anna“?
        - Für
        - Anna

        Viele Grüße
        Wohnwerk Berlin

        """, message.body()); // Mustache.java keeps the newline after a standalone {{> partial}} line
    assertEquals(Reason.PRODUCT_CUSTOMIZATION, message.reason());
    assertTrue(message.critical());
    assertEquals("preview", message.attachments().get(0).name());
    assertTrue(message.compliant());
    assertEquals(List.of(), message.findings());
  }

  @Test
  void productTitleWithLinkIsStoppedWithItsPositionInTheRenderedBody() {
    CompiledTemplate template = new CompiledTemplate(RESOURCE_BODY, Engraving.class);

    MessagePolicyViolation violation = assertThrows(MessagePolicyViolation.class,
        () -> template.render(engraving("Brett, mehr auf www.wohnwerk-shop.de"), RuntimeCheck.standard()));

    assertEquals("com.shop.Engraving", violation.templateId());
    Finding finding = violation.findings().get(0);
    assertEquals("no-links", finding.rule());
    assertEquals("Engraving (rendered body)", finding.position().file());
    assertEquals(3, finding.position().line());
    assertEquals(28, finding.position().column()); // after "bevor wir „Brett, mehr auf "
    assertTrue(violation.getMessage().contains(
        "Engraving (rendered body):3:28 ERROR [no-links]"), violation.getMessage());
  }

  @Test
  void reportingCheckReturnsTheFindingsInsteadOfThrowing() {
    RenderedMessage message = new CompiledTemplate(RESOURCE_BODY, Engraving.class)
        .render(engraving("Brett (siehe https://example.org/brett)"), RuntimeCheck.standard().reportingViolations());

    assertFalse(message.compliant());
    assertEquals(List.of("no-links"), message.findings().stream().map(Finding::rule).toList());
  }

  @Test
  void mustacheTagsInsideValuesAreTextNotTemplate() {
    MessagePolicyViolation violation = assertThrows(MessagePolicyViolation.class,
        () -> new CompiledTemplate(RESOURCE_BODY, Engraving.class)
            .render(engraving("{{#x}} shop.example.com {{/x}}"), RuntimeCheck.standard()));

    assertEquals("no-links", violation.findings().get(0).rule());
  }

  @Test
  void allowedLinkDomainsOfTheBuildPassAtRunTime() {
    RuntimeCheck check = RuntimeCheck.of(
        new PolicyConfig(Marketplace.DE, Map.of(), Set.of("wohnwerk-shop.de")), RuntimeCheck.OnViolation.THROW);

    RenderedMessage message = new CompiledTemplate(RESOURCE_BODY, Engraving.class)
        .render(engraving("Brett, Maße siehe www.wohnwerk-shop.de oder im Paket"), check);

    assertTrue(message.compliant());
  }

  @Test
  void ruleSuppressedOnTheTemplateIsSuppressedAtRunTime() {
    MessageDefinition suppressing = new MessageDefinition("com.shop.Manual", Reason.PRODUCT_CUSTOMIZATION, false,
        Marketplace.UK, null, null, "Manual: {{productTitle}}", null, List.of("no-links"), List.of());

    RenderedMessage message = new CompiledTemplate(suppressing, Engraving.class)
        .render(engraving("www.example.com"), RuntimeCheck.standard());

    assertEquals("Manual: www.example.com", message.body());
    assertEquals("", message.subject());
    assertTrue(message.compliant());
  }

  @Test
  void declarationRulesAreNotRunAgainOnRenderedText() {
    // No order id, no [Important]: the build judged the declaration, the run-time check reads content only.
    MessageDefinition critical = new MessageDefinition("com.shop.Question", Reason.PRODUCT_CUSTOMIZATION, true,
        Marketplace.UK, null, "A question", "Which colour would you like?", null, List.of(), List.of());

    RenderedMessage message = new CompiledTemplate(critical, Engraving.class)
        .render(engraving("Board"), RuntimeCheck.standard());

    assertEquals(List.of(), message.findings());
  }

  @Test
  void inlineBodyIncludesPartialsFromTheClassPathRoot() {
    MessageDefinition inline = new MessageDefinition("com.shop.Inline", Reason.UNEXPECTED_PROBLEM, false,
        Marketplace.DE, null, "Bestellung {{orderId}}", "Hallo {{buyerName}},\n{{> runtime-test/sign-off}}", null,
        List.of(), List.of());

    RenderedMessage message = new CompiledTemplate(inline, Engraving.class)
        .render(engraving("Brett"), RuntimeCheck.standard());

    assertEquals("Hallo Jo O'Brien & Sons,\nViele Grüße\nWohnwerk Berlin\n", message.body());
  }

  @Test
  void missingBodyResourceIsAClearError() {
    MessageDefinition missing = new MessageDefinition("com.shop.Missing", Reason.UNEXPECTED_PROBLEM, false,
        Marketplace.DE, null, null, null, "runtime-test/not-there.mustache", List.of(), List.of());

    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> new CompiledTemplate(missing, Engraving.class).render(engraving("Brett"), RuntimeCheck.standard()));

    assertTrue(error.getMessage().startsWith("com.shop.Missing: a template file is not on the class path"),
        error.getMessage());
    assertTrue(error.getMessage().contains("runtime-test/not-there.mustache"), error.getMessage());
  }

  @Test
  void compilesOnceWhenManyThreadsRenderAtOnce() throws Exception {
    CountingLoader loader = new CountingLoader(CompiledTemplateTest.class.getClassLoader());
    CompiledTemplate template = new CompiledTemplate(RESOURCE_BODY, loader);
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<String>> bodies = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        String title = "Brett " + i;
        bodies.add(pool.submit(() -> {
          start.await();
          return template.render(engraving(title), RuntimeCheck.standard()).body();
        }));
      }
      start.countDown();
      for (int i = 0; i < threads; i++) {
        assertTrue(bodies.get(i).get().contains("„Brett " + i + "“"));
      }
    } finally {
      pool.shutdownNow();
    }
    template.render(engraving("Brett"), RuntimeCheck.standard());

    assertEquals(1, loader.opened("runtime-test/engraving.mustache"));
    assertEquals(1, loader.opened("runtime-test/sign-off.mustache"));
  }

  /** Counts how often each resource is opened. */
  private static final class CountingLoader extends ClassLoader {
    private final Map<String, AtomicInteger> opened = new ConcurrentHashMap<>();

    CountingLoader(ClassLoader parent) {
      super(parent);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
      opened.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
      return super.getResourceAsStream(name);
    }

    int opened(String name) {
      AtomicInteger count = opened.get(name);
      return count == null ? 0 : count.get();
    }
  }
}
