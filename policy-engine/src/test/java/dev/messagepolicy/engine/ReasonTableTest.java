package dev.messagepolicy.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.messagepolicy.annotations.Reason;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Holds the {@link Reason} table to the marketplace's published Selling Partner API models
 * (shared/marketplace-api), so that our limits and the marketplace's cannot drift apart.
 */
class ReasonTableTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void everyMessagingOperationMatchesItsReason() throws IOException {
    Path api = SharedFiles.dir().resolve("marketplace-api");
    JsonNode messaging = MAPPER.readTree(api.resolve("messaging.json").toFile());
    Map<String, JsonNode> requestByOperation = requestSchemas(messaging);
    int checked = 0;
    for (Reason reason : Reason.values()) {
      if (reason.apiOperation() == null || reason == Reason.REVIEW_REQUEST) {
        continue;
      }
      JsonNode request = requestByOperation.get(reason.apiOperation());
      assertNotNull(request, reason + ": operation " + reason.apiOperation() + " not in messaging.json");
      JsonNode properties = request.path("properties");
      JsonNode text = properties.get("text");
      if (text == null) {
        assertEquals(Reason.ATTACHMENTS_ONLY, reason.bodyLimit(), reason + " takes no text in the API");
      } else {
        assertEquals(text.path("maxLength").asInt(), reason.bodyLimit(), reason + " text limit");
      }
      JsonNode attachments = properties.get("attachments");
      if (attachments == null) {
        assertEquals(Reason.Attachments.NONE, reason.attachments(), reason + " takes no attachments in the API");
      } else {
        assertTrue(reason.attachments() != Reason.Attachments.NONE, reason + " takes attachments in the API");
        if (attachments.path("minLength").asInt(0) >= 1) {
          assertEquals(Reason.Attachments.REQUIRED, reason.attachments(), reason + " requires attachments");
        }
      }
      checked++;
    }
    assertEquals(10, checked, "reasons with a messaging operation");
  }

  @Test
  void reviewRequestIsTheSolicitationOperation() throws IOException {
    JsonNode solicitations = MAPPER.readTree(
        SharedFiles.dir().resolve("marketplace-api").resolve("solicitations.json").toFile());
    assertTrue(solicitations.toString().contains("\"operationId\":\"" + Reason.REVIEW_REQUEST.apiOperation() + "\""));
    assertTrue(Reason.REVIEW_REQUEST.routine());
    assertFalse(Reason.REVIEW_REQUEST.criticalAllowed());
  }

  private static Map<String, JsonNode> requestSchemas(JsonNode model) {
    Map<String, JsonNode> result = new HashMap<>();
    model.path("paths").forEach(path -> path.fields().forEachRemaining(method -> {
      JsonNode operation = method.getValue();
      for (JsonNode parameter : operation.path("parameters")) {
        if (parameter.path("in").asText().equals("body")) {
          String ref = parameter.path("schema").path("$ref").asText();
          String name = ref.substring(ref.lastIndexOf('/') + 1);
          result.put(operation.path("operationId").asText(), model.path("definitions").path(name));
        }
      }
    }));
    return result;
  }
}
