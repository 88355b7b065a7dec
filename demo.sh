#!/usr/bin/env bash
# The main job: builds message-policy and the sample shop (checked at compile time by the
# annotation processor and in `verify` by the Maven plugin), shows the shop's compliance report,
# then builds the broken shop and shows it failing with its findings.
set -uo pipefail
cd "$(dirname "$0")"

echo "== 1/2  Building message-policy and samples/shop (mvn install, tests skipped)"
if ! mvn -B -ntp -q install -DskipTests -Dinvoker.skip=true; then
  echo "The build of message-policy or of the sample shop failed." >&2
  exit 1
fi
report=samples/shop/target/message-policy/report.json
echo
echo "samples/shop passed. Its compliance report: $report (also report.html and report.sarif beside it)"
python3 - "$report" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
s = r["summary"]
print(f"  {s['templates']} templates, {s['errors']} errors, {s['warnings']} warnings")
for t in r["templates"]:
    flag = "critical" if t["critical"] else "-"
    print(f"  {t['id']:<55} {str(t['reason']):<22} {t['marketplace']:<3} {flag}")
PY

echo
echo "== 2/2  Building samples/broken-shop: this build must FAIL"
log=$(mktemp)
mvn -B -ntp -f samples/broken-shop/pom.xml clean verify >"$log" 2>&1
status=$?
finding='\] [^ ]*:\[[0-9]+,[0-9]+\] \['
echo "At compile time the processor reported $(sed -n '/--- .*message-policy-maven-plugin/q;p' "$log" | grep -cE "$finding") findings as javac warnings"
echo "(the broken shop sets -Amessagepolicy.failOnSeverity=NONE so that compilation goes on);"
echo "then the plugin's check goal in verify reported:"
sed -n '/--- .*message-policy-maven-plugin/,$p' "$log" | grep -E "$finding" | sed "s#$(pwd)/##; s/^/  /"
grep -E 'message-policy violations|BUILD (SUCCESS|FAILURE)' "$log" | sed 's/^/  /' | head -5
echo "Reports: samples/broken-shop/target/message-policy/ (report.json, report.html, report.sarif, TEST-message-policy.xml, report.md; full log: $log)"
if [ "$status" -eq 0 ]; then
  echo "Unexpected: the broken shop's build passed." >&2
  exit 1
fi
echo "The broken shop failed as it should."
