package dev.messagepolicy.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.messagepolicy.processor.ProcessorTestSupport.assertNotReported;
import static dev.messagepolicy.processor.ProcessorTestSupport.javac;
import static dev.messagepolicy.processor.ProcessorTestSupport.template;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -Amessagepolicy.phrases}: a shop's own phrases reach the phrase rules, and a broken pack is one clear error. */
class ShopPhrasesOptionTest {

  @TempDir
  Path dir;

  private static JavaFileObject clubInvitation() {
    return template("ClubInvitation",
        "@MessageTemplate(subject = \"Ihre Bestellung {{orderId}}\",",
        "    body = \"Werden Sie Mitglied im Werkstattclub.\")",
        "@ContactReason(Reason.ORDER_DETAILS)",
        "public record ClubInvitation(String orderId) {}");
  }

  @Test
  void theShopsPhrasesAreReportedWithTheirFamily() throws IOException {
    Files.createDirectories(dir.resolve("no-promotions"));
    Files.writeString(dir.resolve("no-promotions/de.txt"), "[club]\nwerkstattclub*\n");
    JavaFileObject source = clubInvitation();
    Compilation compilation = javac("-Amessagepolicy.phrases=" + dir).compile(source);
    assertThat(compilation).hadErrorContaining("[no-promotions]").inFile(source).onLineContaining("Werkstattclub");
    assertThat(compilation).hadErrorContaining("(club, de)");
  }

  @Test
  void withoutTheOptionTheBuiltInPacksAlone() {
    assertNotReported(javac().compile(clubInvitation()), "no-promotions");
  }

  @Test
  void aBrokenPackIsOneErrorNamingFileAndLine() throws IOException {
    Files.createDirectories(dir.resolve("no-promotions"));
    Files.writeString(dir.resolve("no-promotions/de.txt"), "[club]\n(werkstattclub\n");
    Compilation compilation = javac("-Amessagepolicy.phrases=" + dir).compile(clubInvitation());
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("messagepolicy.phrases: ");
    assertThat(compilation).hadErrorContaining("de.txt:2: '(' without ')'");
  }
}
