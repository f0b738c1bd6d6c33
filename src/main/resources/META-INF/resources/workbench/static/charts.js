// The workbench's charts (Chart.js, served from its webjar): a canvas carries its data in data-chart.
(function () {
  'use strict';
  var ink = '#1b1b1b';
  var palette = ['#005ea2', '#d83933', '#00a91c', '#e5a000', '#8168b3', '#0d7ea2', '#c05600', '#4d8055'];
  Chart.defaults.color = ink;
  Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  Chart.defaults.animation = false;

  var parameterChart = document.getElementById('parameter-chart');
  if (parameterChart) {
    var data = JSON.parse(parameterChart.dataset.chart);
    data.datasets.forEach(function (set, i) {
      set.stepped = true;
      set.borderColor = palette[i % palette.length];
      set.backgroundColor = palette[i % palette.length];
      set.spanGaps = false;
      set.pointRadius = 3;
    });
    new Chart(parameterChart, {
      type: 'line',
      data: data,
      options: {
        aspectRatio: 3,
        parsing: { xAxisKey: 'x', yAxisKey: 'y' },
        scales: {
          x: { type: 'linear', title: { display: true, text: 'in force from' },
               ticks: { stepSize: 1, callback: function (v) { return Number.isInteger(v) ? String(v) : ''; } } },
          y: { beginAtZero: true, title: { display: true, text: 'value' } }
        },
        plugins: {
          legend: { display: data.datasets.length > 1 },
          tooltip: { callbacks: { title: function (items) { return items[0].raw.date; } } }
        }
      }
    });
  }

  var outcomeChart = document.getElementById('outcome-chart');
  if (outcomeChart) {
    var outcomes = JSON.parse(outcomeChart.dataset.chart);
    outcomes.datasets.forEach(function (set, i) { set.backgroundColor = palette[i]; });
    new Chart(outcomeChart, {
      type: 'bar',
      data: outcomes,
      options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'people' } } } }
    });
  }
})();
