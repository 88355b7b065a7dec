import java.util.zip.ZipFile

// Every goal and every parameter a user can set, as the plugin descriptor lists them, must be in
// the help output with its user property message-policy.<name> and a description.
def pluginDir = new File(localRepositoryPath, 'dev/messagepolicy/message-policy-maven-plugin')
def jar = pluginDir.listFiles().findAll { it.isDirectory() }
    .collectMany { v -> v.listFiles().findAll { it.name ==~ /message-policy-maven-plugin-.*\.jar/ } }
    .first()
def descriptor = new ZipFile(jar).with { zip ->
  new groovy.xml.XmlSlurper().parse(zip.getInputStream(zip.getEntry('META-INF/maven/plugin.xml')))
}
def log = new File(basedir, 'build.log').text
def goals = descriptor.mojos.mojo.collect { it.goal.text() }
assert goals.containsAll(['check', 'report', 'aggregate', 'baseline', 'help'])
// The report goal inherits these from maven-reporting-impl, which names and documents them itself.
def inheritedFromReporting = ['locale', 'outputFormat', 'siteDirectory', 'outputTimestamp', 'outputDirectory']
def checked = 0
descriptor.mojos.mojo.findAll { it.goal.text() != 'help' }.each { mojo ->
  def goal = mojo.goal.text()
  def heading = log =~ /(?m)^message-policy:${goal}$/
  assert heading.find() : "help does not list ${goal}"
  def section = log.substring(heading.end())
  def next = section =~ /(?m)^message-policy:\w+$/
  section = next.find() ? section.substring(0, next.start()) : section
  // Each parameter's entry: its name, its description, its user property, up to the next entry.
  def entries = section.split(/\n\s*\n/)
  mojo.parameters.parameter.findAll { it.editable.text() == 'true' }.each { p ->
    def name = p.name.text()
    if (goal == 'report' && name in inheritedFromReporting) {
      return
    }
    assert p.description.text().trim() : "${goal}: ${name} has no Javadoc"
    def entry = entries.find { it =~ /(?m)^    ${name}( \(Default: [^)]*\))?$/ }
    assert entry : "help of ${goal} lacks ${name}"
    assert entry.contains("User property: message-policy.${name}") : "${goal}: ${name} lacks message-policy.${name}"
    checked++
  }
}
assert checked >= 20 : "only ${checked} parameters checked"
