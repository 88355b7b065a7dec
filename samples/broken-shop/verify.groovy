/*
 * Integration test of the broken shop: `mvn clean verify` must fail in message-policy:check with
 * exactly the violations the shop's templates were written to commit, each at its place.
 *
 * The expectations below come from reading the templates (see README.md), not from the tool's
 * output. A column is given where the finding points into template text, whose column the rules
 * define; for findings about a declaration (an annotation) only the line is fixed.
 */
import groovy.json.JsonSlurper

def java = 'src/main/java/com/example/brokenshop/messages/'
def res = 'src/main/resources/messages/'
def standalone = 'src/main/message-templates/'

// [rule, file, line, column or null]
def expected = [
    ['template-syntax',           res + 'unclosed-section-notice.mustache',                 4,  1],
    ['template-syntax',           res + 'missing-partial-notice.mustache',                  7,  1],
    ['template-syntax',           standalone + 'feedback-request.mustache',                 2,  9],
    ['critical-subject-tag',      java + 'EngravingQuestionWithoutImportantTag.java',      11, 16],
    ['important-tag-misuse',      java + 'DelayNoticeMarkedImportant.java',                10, 16],
    ['critical-reason',           java + 'CriticalDelayNotice.java',                       18, null],
    ['reason-not-permitted',      java + 'ShippingConfirmation.java',                      13, null],
    ['reason-not-permitted',      standalone + 'danke-fuer-ihren-einkauf.mustache',         2,  9],
    ['order-id-required',         java + 'ReturnQuestionWithoutOrderId.java',              10, null],
    ['no-links',                  res + 'care-tips.mustache',                               5, 46],
    ['no-links',                  res + 'care-tips.mustache',                               6, 40],
    ['no-links',                  java + 'AddressCheckWithShopLink.java',                  20, 12],
    ['no-promotions',             res + 'delay-apology.mustache',                           5, 44],
    ['no-promotions',             res + 'out-of-stock.mustache',                            5, 90],
    ['no-promotions',             standalone + 'danke-fuer-ihren-einkauf.mustache',        10,  1],
    ['one-message-per-order',     java + 'ReviewRequestDe.java',                           16, null],
    ['one-message-per-order',     java + 'ReviewRequestFollowUpDe.java',                   16, null],
    ['suppression-justification', java + 'PlannerDownloadUnjustifiedSuppression.java',     18, null],
]

def failures = []
def check = { boolean ok, String what -> if (!ok) failures << what }

// ---- build.log
def logFile = new File(basedir, 'build.log')
check(logFile.isFile(), "no build.log in $basedir")
def log = logFile.isFile() ? logFile.getText('UTF-8').replace('\\', '/') : ''
def logLines = log.readLines()

check(log.contains('BUILD FAILURE'), 'build.log does not say BUILD FAILURE')
check(log.contains("${expected.size()} message-policy violations"),
    "build.log does not report \"${expected.size()} message-policy violations\"")
check(log.contains('message-policy-maven-plugin') && log.contains(':check'),
    'build.log does not show the message-policy check goal running')

// file:[line,col] [rule] message, the file absolute (it ends with the project-relative path)
expected.each { rule, file, line, column ->
  def position = column == null ? "/${file}:[${line}," : "/${file}:[${line},${column}]"
  def printed = logLines.any { it.contains(position) && it.contains("] [${rule}] ") }
  check(printed, "build.log lacks ${file}:[${line},${column ?: '*'}] [${rule}] …")
}

// ---- report.json
def reportFile = new File(basedir, 'target/message-policy/report.json')
check(reportFile.isFile(), 'target/message-policy/report.json was not written')
if (reportFile.isFile()) {
  def report = new JsonSlurper().parse(reportFile, 'UTF-8')
  check(report.schemaVersion == 1, "report.json schemaVersion is ${report.schemaVersion}, not 1")
  def findings = report.findings ?: []

  expected.each { rule, file, line, column ->
    def hit = findings.find {
      it.rule == rule && it.file == file && it.line == line && (column == null || it.column == column)
    }
    check(hit != null, "report.json lacks [${rule}] at ${file}:${line}${column == null ? '' : ':' + column}")
    if (hit != null) {
      check(hit.severity == 'ERROR', "[${rule}] at ${file}:${line} has severity ${hit.severity}, not ERROR")
      check(hit.message instanceof String && !hit.message.isEmpty(), "[${rule}] at ${file}:${line} has no message")
    }
  }

  // Nothing else: the compliant templates pass, and the suppressed download link stays silent.
  def unexpected = findings.findAll { f ->
    !expected.any { rule, file, line, column -> f.rule == rule && f.file == file && f.line == line }
  }
  unexpected.each { f -> check(false, "unexpected finding: [${f.rule}] ${f.file}:${f.line}:${f.column} ${f.message}") }
  check(findings.size() == expected.size(), "report.json has ${findings.size()} findings, expected ${expected.size()}")
  check(report.summary?.errors == expected.size(),
      "report.json summary counts ${report.summary?.errors} errors, expected ${expected.size()}")

  // Every template is in the report, the compliant ones included (18 classes, 3 standalone files).
  def ids = (report.templates ?: []).collect { it.id } as Set
  ['com.example.brokenshop.messages.EngravingConfirmation',
   'com.example.brokenshop.messages.DeliveryAddressQuestion',
   'com.example.brokenshop.messages.ReviewRequestUkA',
   'com.example.brokenshop.messages.ReviewRequestUkB',
   'com.example.brokenshop.messages.PlannerDownloadUnjustifiedSuppression',
   standalone + 'tisch-liefertermin.mustache'].each { id ->
    check(ids.contains(id), "report.json does not list template ${id}")
  }
  check(ids.size() == 21, "report.json lists ${ids.size()} templates, expected 21")
}

if (!failures.isEmpty()) {
  throw new AssertionError("broken-shop: ${failures.size()} expectation(s) not met:\n  " + failures.join('\n  '))
}
return true
