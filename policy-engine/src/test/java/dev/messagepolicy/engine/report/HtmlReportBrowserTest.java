package dev.messagepolicy.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.messagepolicy.engine.finding.Finding;
import dev.messagepolicy.engine.finding.Severity;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

/**
 * Opens the HTML report of a shop checked by the engine in headless Chromium (the Debian
 * packages {@code chromium} and {@code chromium-driver}, which {@code .ci/run} installs), checks
 * what a reader sees, drives the filters, and leaves screenshots in {@code target/html-report/}.
 */
class HtmlReportBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path OUTPUT = Path.of("target", "html-report");

  private static WebDriver browser;
  private static Report report;

  @BeforeAll
  static void openReport() throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium is not installed (" + CHROMIUM + ", " + CHROMEDRIVER + "): install the Debian packages chromium"
            + " and chromium-driver (.ci/run does) to run the HTML report browser test");
    report = ReportFixture.report();
    Path html = HtmlReportWriter.write(report, ReportFixture.context(), OUTPUT);

    Path profile = Files.createTempDirectory("message-policy-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1280,1600", "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.get(html.toAbsolutePath().toUri().toString());
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void showsTheVerdictAndTheSummaryPerRule() {
    String verdict = browser.findElement(By.id("verdict")).getText();
    assertEquals("3 templates checked: " + report.count(Severity.ERROR) + " errors, " + report.count(Severity.WARNING)
        + " warnings, " + report.count(Severity.NOTE) + " notes, 1 suppressed", verdict);
    Map<String, String> errorsByRule = browser.findElements(By.cssSelector("#rule-summary tr[data-rule]")).stream()
        .collect(Collectors.toMap(r -> r.getAttribute("data-rule"), r -> r.findElements(By.tagName("td")).get(2).getText()));
    assertEquals("1", errorsByRule.get("no-links"));
    assertEquals(String.valueOf(report.findings().stream().filter(f -> f.rule().equals("no-promotions")).count()),
        errorsByRule.get("no-promotions"));
    WebElement link = browser.findElement(By.cssSelector("#rule-summary tr[data-rule='no-links'] a"));
    assertTrue(link.getAttribute("href").endsWith("docs/rules/no-links.md"), link.getAttribute("href"));
  }

  @Test
  void showsEachTemplatesMetadataAndWhetherItReachesOptedOutBuyers() {
    assertEquals(List.of("PRODUCT_CUSTOMIZATION", "BUYER_REPLY", "REVIEW_REQUEST"), column(2));
    assertEquals(List.of("yes", "no", "no"), column(3));
    assertEquals(List.of("DE", "US", "US"), column(4));
    assertEquals(List.of("yes", "yes", "no"), column(5));
  }

  /** The cells of one column of the template table, in the table's order (by template id). */
  private static List<String> column(int index) {
    List<WebElement> rows = browser.findElements(By.cssSelector("#template-summary tr[data-template]"));
    assertEquals(List.of(ReportFixture.ENGRAVING, ReportFixture.REPLY, ReportFixture.REVIEW),
        rows.stream().map(r -> r.getAttribute("data-template")).toList());
    return rows.stream().map(r -> r.findElements(By.tagName("td")).get(index).getText()).toList();
  }

  @Test
  void highlightsTheOffendingExcerptInTheTemplateText() {
    WebElement finding = browser.findElement(By.cssSelector("#findings .finding[data-rule='no-links']"));
    assertTrue(finding.isDisplayed());
    WebElement mark = finding.findElement(By.cssSelector("span.line.hit mark.excerpt"));
    assertEquals("www.my-shop.de", mark.getText());
    String context = finding.findElement(By.cssSelector("pre.context")).getText();
    assertTrue(context.contains("bitte bestätigen Sie den Gravurtext"), "the line before the finding: " + context);
    assertTrue(context.contains("Viele Grüße"), "the line after the finding: " + context);
    assertTrue(finding.getText().contains(ReportFixture.ENGRAVING + ":9:10"), finding.getText());

    WebElement suppressed = browser.findElement(By.cssSelector("#suppressed .finding"));
    assertTrue(suppressed.getText().contains("approved by compliance"), suppressed.getText());
    String excerpt = suppressed.findElement(By.cssSelector("mark.excerpt")).getText();
    assertTrue(excerpt.startsWith("https://www.amazon.com/review"), excerpt);
  }

  @Test
  void filtersByRuleSeverityAndTemplate() throws IOException {
    int all = report.findings().size();
    assertEquals(all, visibleFindings().size());
    assertEquals("Showing " + all + " of " + all + " findings", browser.findElement(By.id("shown")).getText());

    choose("filter-rule", "no-promotions");
    long promotions = report.findings().stream().filter(f -> f.rule().equals("no-promotions")).count();
    assertTrue(promotions >= 1 && promotions < all, "the fixture has promotions and other findings");
    assertEquals(promotions, visibleFindings().size());
    assertTrue(visibleFindings().stream().allMatch(f -> "no-promotions".equals(f.getAttribute("data-rule"))));
    assertEquals("Showing " + promotions + " of " + all + " findings", browser.findElement(By.id("shown")).getText());
    screenshot("report-filtered-by-rule.png");

    choose("filter-severity", "ERROR");
    assertEquals(promotions, visibleFindings().size(), "every promotion finding is an error");
    choose("filter-rule", "");
    choose("filter-severity", "");

    String template = report.findings().stream().map(Finding::templateId).filter(t -> !t.equals(ReportFixture.ENGRAVING))
        .findFirst().orElse(ReportFixture.ENGRAVING);
    choose("filter-template", template);
    long ofTemplate = report.findings().stream().filter(f -> f.templateId().equals(template)).count();
    assertEquals(ofTemplate, visibleFindings().size());
    assertTrue(visibleFindings().stream().allMatch(f -> template.equals(f.getAttribute("data-template"))));
    choose("filter-template", "");
    assertEquals(all, visibleFindings().size());
    screenshot("report.png");
  }

  private static List<WebElement> visibleFindings() {
    return browser.findElements(By.cssSelector("#findings .finding")).stream().filter(WebElement::isDisplayed).toList();
  }

  private static void choose(String select, String value) {
    new Select(browser.findElement(By.id(select))).selectByValue(value);
  }

  private static void screenshot(String name) throws IOException {
    File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), OUTPUT.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
