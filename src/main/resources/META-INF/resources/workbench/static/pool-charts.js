// The pools page's charts (Chart.js): each canvas carries its data (data-chart), type, unit and scale; the table
// next to it has the same numbers. Dollar axes are labelled in dollars, logarithmic or not.
(function () {
  'use strict';
  var palette = ['#005ea2', '#d83933', '#00a91c', '#e5a000', '#8168b3', '#0d7ea2', '#c05600', '#4d8055'];
  Chart.defaults.color = '#1b1b1b';
  Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  Chart.defaults.animation = false;
  var formats = {
    dollars: function (v) { return '$' + Number(v).toLocaleString('en-US', { maximumFractionDigits: 0 }); },
    persons: function (v) { return Number(v).toLocaleString('en-US', { maximumFractionDigits: 0 }); },
    percent: function (v) { return Number(v).toLocaleString('en-US', { maximumFractionDigits: 1 }) + '%'; }
  };
  document.querySelectorAll('canvas.pool-chart').forEach(function (canvas) {
    var data = JSON.parse(canvas.dataset.chart);
    var line = canvas.dataset.type === 'line';
    var format = formats[canvas.dataset.unit] || formats.persons;
    var log = canvas.dataset.scale === 'logarithmic';
    data.datasets.forEach(function (set, i) {
      set.borderColor = palette[i % palette.length];
      set.backgroundColor = palette[i % palette.length];
      if (line) { set.borderWidth = 2.5; set.pointRadius = 3; set.pointStyle = ['circle', 'rect', 'triangle', 'rectRot'][i % 4]; }
    });
    var y = {
      type: log ? 'logarithmic' : 'linear',
      beginAtZero: !log && canvas.dataset.unit !== 'dollars',
      title: { display: true, text: canvas.dataset.yTitle + (log ? ' (logarithmic)' : '') },
      ticks: { callback: function (v) { return format(v); } }
    };
    if (log) {
      // room under the lowest line, so that flat lines under a spiral do not lie on the axis
      y.afterDataLimits = function (axis) { axis.min = axis.min / 1.25; };
      // a tick at 1, 2 and 5 times each power of ten, each labelled
      y.afterBuildTicks = function (axis) {
        var ticks = [];
        var first = Math.floor(Math.log10(axis.min));
        for (var e = first; e <= Math.ceil(Math.log10(axis.max)); e++) {
          [1, 2, 5].forEach(function (m) { var v = m * Math.pow(10, e); if (v >= axis.min && v <= axis.max) { ticks.push({ value: v }); } });
        }
        // lines below the lowest of those (converged scenarios under a spiral) get a label of their own, as in PoolCharts
        var low = Math.ceil(axis.min / Math.pow(10, first)) * Math.pow(10, first);
        var lowest = ticks.length ? ticks[0].value : Infinity;
        if (low < lowest / 1.4 && low <= axis.max) { ticks.unshift({ value: low }); }
        axis.ticks = ticks;
      };
    }
    new Chart(canvas, {
      type: line ? 'line' : 'bar',
      data: data,
      options: {
        aspectRatio: 2.4,
        scales: { x: { title: { display: true, text: line ? 'plan year' : '' } }, y: y },
        plugins: {
          legend: { display: data.datasets.length > 1 },
          tooltip: { callbacks: { label: function (item) { return item.dataset.label + ': ' + format(item.raw); } } }
        }
      }
    });
  });
})();
