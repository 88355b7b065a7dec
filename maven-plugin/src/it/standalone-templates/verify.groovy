// The report exists, lists both templates and holds the link finding with its position.
def report = new File(basedir, 'target/message-policy/report.json')
assert report.isFile() : 'report.json was not written'
def json = new groovy.json.JsonSlurper().parse(report)
assert json.schemaVersion == 1
assert json.templates*.id == ['templates/orders/delivery-window.mustache', 'templates/review-request.mustache']
def links = json.findings.findAll { it.rule == 'no-links' }
assert links.size() == 1
assert links[0].file == 'templates/review-request.mustache'
assert links[0].line == 9
assert links[0].column == 21
assert json.summary.errors == json.findings.count { it.severity == 'ERROR' }

// The log shows each finding as file:[line,col] [rule] message, and the build passed.
def log = new File(basedir, 'build.log').text
assert log.contains('templates/review-request.mustache:[9,21] [no-links] links are not allowed')
assert log.contains('BUILD SUCCESS')
