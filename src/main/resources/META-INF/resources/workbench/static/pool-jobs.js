// Follows a running pool job on its page: asks the REST API for its status every 1.5 seconds (the session signs the
// request in, as it does the page); once it no longer runs, loads the page again, which then shows the result.
(function () {
  'use strict';
  var card = document.getElementById('pool-job');
  if (!card || !card.dataset.running) { return; }
  var url = '/api/v1/pools/' + card.dataset.kind + '-jobs/' + card.dataset.job;
  function text(id, value) { document.getElementById(id).textContent = value; }
  function follow() {
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (answer) { return answer.ok ? answer.json() : null; })
      .then(function (job) {
        if (!job) { setTimeout(follow, 3000); return; }
        var bar = document.getElementById('job-progress');
        bar.max = Math.max(job.total, 1);
        bar.value = job.processed;
        text('job-percent', job.total ? Math.floor(job.processed * 100 / job.total) : 0);
        text('job-status', job.status);
        text('job-processed', job.processed);
        text('job-rate', job.rate_per_second ? job.rate_per_second + ' households a second' : 'not known yet');
        text('job-eta', job.eta_seconds !== null && job.eta_seconds !== undefined ? 'about ' + job.eta_seconds + ' s'
          : (job.status === 'running' ? 'not known yet' : 'none'));
        text('job-message', job.message || (job.status === 'completed' ? 'done' : ''));
        if (job.status === 'running') {
          setTimeout(follow, 1500);
        } else {
          text('job-live', 'The job ' + job.status + '; loading its result.');
          window.location.reload();
        }
      })
      .catch(function () { setTimeout(follow, 3000); });
  }
  follow();
})();
