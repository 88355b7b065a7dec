// Filters of the findings list: plain JavaScript, no library, no network.
(function () {
  'use strict';
  var rule = document.getElementById('filter-rule');
  var severity = document.getElementById('filter-severity');
  var template = document.getElementById('filter-template');
  var shown = document.getElementById('shown');
  var findings = Array.prototype.slice.call(document.querySelectorAll('#findings .finding'));

  function apply() {
    var visible = 0;
    findings.forEach(function (finding) {
      var match = (rule.value === '' || finding.getAttribute('data-rule') === rule.value)
        && (severity.value === '' || finding.getAttribute('data-severity') === severity.value)
        && (template.value === '' || finding.getAttribute('data-template') === template.value);
      finding.hidden = !match;
      if (match) {
        visible++;
      }
    });
    shown.textContent = 'Showing ' + visible + ' of ' + findings.length + ' findings';
  }

  [rule, severity, template].forEach(function (select) {
    select.addEventListener('change', apply);
  });
  apply();
})();
