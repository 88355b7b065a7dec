import groovy.json.JsonSlurper

// The rule this test is about; other rules' findings are in the baseline too and are matched the same way.
def links = { findings -> findings.findAll { it.rule == 'no-links' } }

// The baseline the first invocation wrote: rule, template, excerpt and a count, no line numbers.
def baselineFile = new File(basedir, 'message-policy-baseline.json')
assert baselineFile.isFile() : 'message-policy:baseline wrote no file'
def baseline = new JsonSlurper().parse(baselineFile)
assert baseline.schemaVersion == 1
assert links(baseline.findings).collect { "${it.template} ${it.excerpt} x${it.count}" } == [
    'src/main/message-templates/question.mustache www.my-shop.de x1',
    'src/main/message-templates/thanks.mustache www.old-blog.de x1']
assert !baselineFile.text.contains('"line"')

// The last check's report still lists every finding: the old link, moved from line 8 to 10, and the new one.
def report = new JsonSlurper().parse(new File(basedir, 'target/message-policy/report.json'))
assert links(report.findings).collect { "${it.file}:${it.line} ${it.excerpt}" } == [
    'src/main/message-templates/question.mustache:10 www.my-shop.de',
    'src/main/message-templates/question.mustache:11 www.fonts-for-you.de']

// What the baseline does not accept: exactly the new link.
def accepted = [:].withDefault { 0 }
baseline.findings.each { accepted["${it.rule}|${it.template}|${it.excerpt}"] += it.count }
def fresh = report.findings.findAll { f ->
  def key = "${f.rule}|${f.template}|${f.excerpt}"
  accepted[key]-- <= 0
}
assert fresh.collect { "${it.rule} ${it.excerpt}" } == ['no-links www.fonts-for-you.de']

def log = new File(basedir, 'build.log').text
// Invocation 2 passed with the moved link accepted; the fixed link of thanks.mustache is stale.
assert log.contains('1 stale baseline entry')
assert log.contains('[no-links] src/main/message-templates/thanks.mustache: "www.old-blog.de"')
// Invocation 3: the new link, and only it, fails the build.
assert log.contains('1 message-policy violation (severity ERROR or higher)')

// Invocation 4: message-policy:report, run on its own, wrote the same findings as a page and did
// not fail.
def page = new File(basedir, 'target/reports/message-policy.html')
assert page.isFile() : "no report page: ${page}"
assert page.text.contains('<h1>Message Policy</h1>')
assert page.text.contains('www.fonts-for-you.de') && page.text.contains('src/main/message-templates/question.mustache:11:')
assert log.trim().endsWith('BUILD SUCCESS') || log.lastIndexOf('BUILD SUCCESS') > log.lastIndexOf('BUILD FAILURE')

// Invocation 5: mvn site ran the goal as a report and framed its page in the site's skin.
def sitePage = new File(basedir, 'target/site/message-policy.html')
assert sitePage.isFile() : "no site page: ${sitePage}"
assert sitePage.text.contains('Message Policy') && sitePage.text.contains('www.fonts-for-you.de')
assert sitePage.text.contains('maven-fluido') : 'the page is not inside the site skin'
