// Follows running re-evaluation jobs (the home page's rows, a job's page): asks the REST API for each one's status
// every two seconds (the session signs the request in, as it does the page) until it no longer runs. A job's page
// (data-reload) is loaded again then, to show the final summary.
(function () {
  'use strict';
  function set(element, selector, text) {
    var e = element.querySelector(selector);
    if (e) { e.textContent = text; }
  }
  function timeLeft(s) {
    if (s === null || s === undefined) { return 'unknown'; }
    return s >= 60 ? Math.floor(s / 60) + ' min ' + (s % 60) + ' s' : s + ' s';
  }
  function follow(element) {
    fetch('/api/v1/reevaluations/' + element.dataset.job, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (answer) { return answer.ok ? answer.json() : null; })
      .then(function (job) {
        if (!job) { return; }
        if (job.status !== 'running' && element.dataset.reload) { window.location.reload(); return; }
        set(element, '.job-status', job.status);
        element.querySelector('progress').max = Math.max(job.total, 1);
        element.querySelector('progress').value = job.processed;
        set(element, '.job-processed', job.processed);
        set(element, '.job-changed', job.changed);
        set(element, '.job-errors', job.errors);
        set(element, '.job-rate', job.rate_per_second === null ? 'unknown' : job.rate_per_second + ' applicants a second');
        set(element, '.job-eta', timeLeft(job.eta_seconds));
        if (job.status === 'running') { setTimeout(function () { follow(element); }, 2000); }
      });
  }
  document.querySelectorAll('[data-job][data-running]').forEach(follow);
})();
