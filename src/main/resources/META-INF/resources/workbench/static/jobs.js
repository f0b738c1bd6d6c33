// Follows the running re-evaluation jobs on the home page: asks the REST API for each one's status every two
// seconds (the session signs the request in, as it does the page) until it no longer runs.
(function () {
  'use strict';
  function follow(row) {
    fetch('/api/v1/reevaluations/' + row.dataset.job, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (answer) { return answer.ok ? answer.json() : null; })
      .then(function (job) {
        if (!job) { return; }
        row.querySelector('.job-status').textContent = job.status;
        row.querySelector('progress').max = Math.max(job.total, 1);
        row.querySelector('progress').value = job.processed;
        row.querySelector('.job-processed').textContent = job.processed;
        row.querySelector('.job-changed').textContent = job.changed;
        row.querySelector('.job-errors').textContent = job.errors;
        if (job.status === 'running') { setTimeout(function () { follow(row); }, 2000); }
      });
  }
  document.querySelectorAll('tr[data-running]').forEach(follow);
})();
