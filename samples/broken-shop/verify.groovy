/*
 * Integration test of the broken shop: `mvn clean verify` must fail in message-policy:check with
 * exactly the violations the shop's templates were written to commit, each at its place.
 *
 * The expectations below come from reading the templates (see README.md), not from the tool's
 * output. A column is given where the finding points into template text, whose column the rules
 * define; for findings about a declaration (an annotation) only the line is fixed.
 */
import groovy.json.JsonSlurper

def standalone = 'src/main/message-templates/'

// Expected findings, one file per area of rules under expected-findings/:
// [severity, rule, file, line, column or null]
def expected = []
new File(basedir, 'expected-findings').listFiles().findAll { it.name.endsWith('.txt') }.sort { it.name }.each { f ->
  f.eachLine('UTF-8') { raw ->
    def line = raw.trim()
    if (line.isEmpty() || line.startsWith('#')) return
    def parts = line.split(/\s+/)
    assert parts.length == 5 : "${f.name}: '${line}' is not 'severity rule file line column'"
    expected << [parts[0], parts[1], parts[2], parts[3] as int, parts[4] == '-' ? null : parts[4] as int]
  }
}
def errors = expected.count { it[0] == 'ERROR' }

def failures = []
def check = { boolean ok, String what -> if (!ok) failures << what }

// ---- build.log
def logFile = new File(basedir, 'build.log')
check(logFile.isFile(), "no build.log in $basedir")
def log = logFile.isFile() ? logFile.getText('UTF-8').replace('\\', '/') : ''
def logLines = log.readLines()

check(log.contains('BUILD FAILURE'), 'build.log does not say BUILD FAILURE')
check(log.contains("${errors} message-policy violations"),
    "build.log does not report \"${errors} message-policy violations\"")
check(log.contains('message-policy-maven-plugin') && log.contains(':check'),
    'build.log does not show the message-policy check goal running')

// file:[line,col] [rule] message, the file absolute (it ends with the project-relative path)
expected.each { severity, rule, file, line, column ->
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

  expected.each { severity, rule, file, line, column ->
    def hit = findings.find {
      it.rule == rule && it.file == file && it.line == line && (column == null || it.column == column)
    }
    check(hit != null, "report.json lacks [${rule}] at ${file}:${line}${column == null ? '' : ':' + column}")
    if (hit != null) {
      check(hit.severity == severity, "[${rule}] at ${file}:${line} has severity ${hit.severity}, not ${severity}")
      check(hit.message instanceof String && !hit.message.isEmpty(), "[${rule}] at ${file}:${line} has no message")
    }
  }

  // Nothing else: the compliant templates pass, and the suppressed download link stays silent.
  def unexpected = findings.findAll { f ->
    !expected.any { severity, rule, file, line, column -> f.rule == rule && f.file == file && f.line == line }
  }
  unexpected.each { f -> check(false, "unexpected finding: [${f.rule}] ${f.file}:${f.line}:${f.column} ${f.message}") }
  check(findings.size() == expected.size(), "report.json has ${findings.size()} findings, expected ${expected.size()}")
  check(report.summary?.errors == errors,
      "report.json summary counts ${report.summary?.errors} errors, expected ${errors}")

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
  // Every template class and every standalone file, whatever other areas add.
  def templateCount = 0
  new File(basedir, 'src/main/java').eachFileRecurse { if (it.name.endsWith('.java') && it.getText('UTF-8').contains('@MessageTemplate(')) templateCount++ }
  new File(basedir, standalone).eachFileRecurse { if (it.name.endsWith('.mustache')) templateCount++ }
  check(ids.size() == templateCount, "report.json lists ${ids.size()} templates, the shop has ${templateCount}")
}

// ---- every report format (the shop's POM asks for all five)
['report.json', 'report.html', 'report.sarif', 'TEST-message-policy.xml', 'report.md'].each { name ->
  def f = new File(basedir, "target/message-policy/${name}")
  check(f.isFile() && f.length() > 0, "target/message-policy/${name} is missing or empty")
}

if (!failures.isEmpty()) {
  throw new AssertionError("broken-shop: ${failures.size()} expectation(s) not met:\n  " + failures.join('\n  '))
}
return true
