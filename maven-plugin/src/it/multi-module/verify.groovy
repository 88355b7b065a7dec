import groovy.json.JsonSlurper

def json = { path -> new JsonSlurper().parse(new File(basedir, path)) }
def javaFiles = ['follow-ups/src/main/java/com/shop/followups/DeliveryFollowUp.java',
                 'reviews/src/main/java/com/shop/reviews/ReviewRequest.java']

['serial', 'parallel'].each { run ->
  // Each module's own check sees one review request: no one-message-per-order there.
  ['reviews', 'follow-ups'].each { module ->
    def report = json("${module}/target/${run}/report.json")
    assert report.templates.size() == 1
    assert !report.findings.any { it.rule == 'one-message-per-order' } : "${module} (${run}): ${report.findings}"
  }
  // The module without templates passes quietly: no report.
  assert !new File(basedir, "catalog-free/target/${run}").exists()

  // The aggregate report at the root: both modules' catalogs, paths from the root, both routine
  // messages flagged at the reason of their @ContactReason(Reason.REVIEW_REQUEST) (line 13, column 16).
  def aggregate = json("target/${run}/report.json")
  assert aggregate.templates.collect { "${it.id} ${it.source}" } == [
      'com.shop.followups.DeliveryFollowUp follow-ups/src/main/resources/messages/follow-up.mustache',
      'com.shop.reviews.ReviewRequest reviews/src/main/java/com/shop/reviews/ReviewRequest.java']
  def crossModule = aggregate.findings.findAll { it.rule == 'one-message-per-order' }
  assert crossModule.collect { "${it.file}:${it.line}:${it.column}" } == javaFiles.collect { "${it}:13:16" }
  crossModule.each { assert it.message.contains('com.shop.followups.DeliveryFollowUp, com.shop.reviews.ReviewRequest') }
  javaFiles.each { assert new File(basedir, it).isFile() : "report path ${it} names no file" }
}

// -T 4 gives the same reports as the serial build, byte for byte.
['reviews/target', 'follow-ups/target', 'target'].each { dir ->
  def serial = new File(basedir, "${dir}/serial/report.json").text
  def parallel = new File(basedir, "${dir}/parallel/report.json").text
  assert serial == parallel : "${dir}: the -T 4 report differs from the serial one"
}

// Both builds failed in the aggregate goal, not in a module.
def log = new File(basedir, 'build.log').text
assert log.findAll(/(?m)^\[ERROR\] Failed to execute goal \S+:aggregate \(default-cli\) .* across the reactor/).size() == 2
assert !(log =~ /:check \(default\) on project/)
