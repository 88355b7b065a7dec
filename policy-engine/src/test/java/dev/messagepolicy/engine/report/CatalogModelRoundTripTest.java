package dev.messagepolicy.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.messagepolicy.annotations.Marketplace;
import dev.messagepolicy.annotations.Reason;
import dev.messagepolicy.engine.model.PropertySchema;
import dev.messagepolicy.engine.model.TemplateModel;
import dev.messagepolicy.engine.model.TypeSchema;
import dev.messagepolicy.engine.source.AttachmentDeclaration;
import dev.messagepolicy.engine.source.SendWindowDeclaration;
import dev.messagepolicy.engine.source.SourcePosition;
import dev.messagepolicy.engine.source.SourceText;
import dev.messagepolicy.engine.source.TemplateMetadata;
import dev.messagepolicy.engine.source.TemplateSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The class model, attachments and send window reach the plugin unchanged through the catalog manifest. */
class CatalogModelRoundTripTest {

  @Test
  void modelAttachmentsAndSendWindowSurviveTheManifest() throws Exception {
    TemplateModel model = new TemplateModel.Builder()
        .add(TypeSchema.object("com.shop.Node", List.of(new PropertySchema("name", "java.lang.String", 40),
            new PropertySchema("children", "java.util.List<com.shop.Node>"))))
        .add(TypeSchema.iterable("java.util.List<com.shop.Node>", "com.shop.Node"))
        .add(TypeSchema.scalar("java.lang.String"))
        .build("com.shop.Node");
    SourcePosition at = new SourcePosition("src/main/java/com/shop/Node.java", 7, 1);
    List<AttachmentDeclaration> attachments = List.of(
        new AttachmentDeclaration("manuals/a.pdf", "", 0, "", at, 1234),
        new AttachmentDeclaration("", "image/png", 5000, "photo", at));
    TemplateMetadata metadata = new TemplateMetadata(Reason.PRODUCT_CUSTOMIZATION, false, Marketplace.DE, null,
        List.of(), attachments, new SendWindowDeclaration(1, 3));
    TemplateSource source = new TemplateSource("com.shop.Node", at.file(), metadata,
        new SourceText(at.file(), "Order {{name}}", 5, 15), new TemplateSource.Resource("messages/n.mustache"),
        Map.of(), List.of(), model);

    TemplateSource read = CatalogManifest.read(CatalogManifest.write(
        List.of(new CatalogManifest.Entry(source, List.of())))).get(0).source();

    assertEquals(model, read.model());
    assertEquals(attachments, read.metadata().attachments());
    assertEquals(new SendWindowDeclaration(1, 3), read.metadata().sendWindow());
  }

  @Test
  void aTemplateFileHasNoModelAndAnOldManifestReadsAsNone() throws Exception {
    String old = "{\"schemaVersion\":1,\"templates\":[{\"id\":\"t.mustache\",\"file\":\"t.mustache\","
        + "\"reason\":null,\"critical\":false,\"marketplace\":\"DE\",\"body\":{\"inline\":{\"file\":\"t.mustache\","
        + "\"text\":\"Hallo\"},\"resourcePath\":\"\"}}]}";
    TemplateSource read = CatalogManifest.read(old).get(0).source();
    assertNull(read.model());
    assertEquals(List.of(), read.metadata().attachments());
    assertNull(read.metadata().sendWindow());
  }
}
