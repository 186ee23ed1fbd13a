// Chart.js with only the parts the pages use, so the bundle carries no more of it than that.
import {
  Chart, LineController, LineElement, PointElement, BarController, BarElement,
  LinearScale, CategoryScale, Legend, Tooltip,
} from 'chart.js';

Chart.register(LineController, LineElement, PointElement, BarController, BarElement, LinearScale, CategoryScale, Legend, Tooltip);
Chart.defaults.animation = false;
Chart.defaults.maintainAspectRatio = false;
Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Arial, sans-serif';
Chart.defaults.color = '#1d1d1b';

// Told apart by dash and point shape as well as colour, for readers who cannot tell the colours apart.
export const bandStyles = {
  all: { borderColor: '#003087', backgroundColor: '#003087', borderDash: [], pointStyle: 'circle' },
  '18+': { borderColor: '#006735', backgroundColor: '#006735', borderDash: [6, 3], pointStyle: 'rect' },
  '65+': { borderColor: '#b10e1e', backgroundColor: '#b10e1e', borderDash: [2, 2], pointStyle: 'triangle' },
  '75+': { borderColor: '#5c2d91', backgroundColor: '#5c2d91', borderDash: [10, 4, 2, 4], pointStyle: 'rectRot' },
};

export const reasonColours = { 'health-social-care': '#003087', 'patient-family': '#b10e1e', 'code-9': '#7a4a00' };

export function lineChart(canvas, labels, datasets, yTitle) {
  return new Chart(canvas, {
    type: 'line',
    data: { labels, datasets },
    options: {
      scales: { y: { beginAtZero: true, title: { display: Boolean(yTitle), text: yTitle } } },
      plugins: { legend: { position: 'bottom', labels: { usePointStyle: true } } },
      spanGaps: false,
    },
  });
}

export function stackedBars(canvas, labels, datasets, yTitle) {
  return new Chart(canvas, {
    type: 'bar',
    data: { labels, datasets },
    options: {
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, title: { display: Boolean(yTitle), text: yTitle } } },
      plugins: { legend: { position: 'bottom' } },
    },
  });
}

/** Floating bars from start to end day on one date axis, one row per kind of activity. */
export function timelineChart(canvas, rows, bars) {
  const day = 86_400_000;
  return new Chart(canvas, {
    type: 'bar',
    data: { labels: rows, datasets: bars },
    options: {
      indexAxis: 'y',
      scales: {
        x: {
          type: 'linear',
          ticks: { callback: (value) => new Date(value * day).toISOString().slice(0, 10), maxRotation: 0, autoSkipPadding: 24 },
        },
        y: { stacked: true },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: (item) => {
              const [from, to] = item.raw.x ?? item.raw;
              const text = (d) => new Date(d * day).toISOString().slice(0, 10);
              return `${item.dataset.label}: ${text(from)} – ${text(to)}`;
            },
          },
        },
      },
    },
  });
}
