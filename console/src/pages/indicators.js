import { h, render, figure, monthsBack, thisMonth } from '../dom.js';
import { api, errorBox } from '../api.js';
import { lineChart, stackedBars, bandStyles, reasonColours } from '../charts.js';
import { downloadLink } from '../csv.js';
import { iaForm } from './ia-form.js';

// CONTRACT §4, in its order. Figures are shown as the API gives them; the page never adds or derives a number.
export const indicators = [
  { field: 'emergencyAdmissions', title: 'Emergency admissions', unit: 'admissions' },
  { field: 'unscheduledBedDays', title: 'Unscheduled bed days', unit: 'bed days' },
  { field: 'aeAttendances', title: 'A&E attendances', unit: 'attendances' },
  { field: 'delayedDischargeBedDays', title: 'Delayed discharge bed days', unit: 'bed days' },
  { field: 'homeCareClients', title: 'Home care clients', unit: 'people' },
  { field: 'homeCareHours', title: 'Home care hours', unit: 'hours', decimals: 2 },
  { field: 'careHomeResidents', title: 'Care home residents', unit: 'people' },
  { field: 'sdsClients', title: 'Self-directed support clients', unit: 'people' },
  { field: 'alarmTelecareClients', title: 'Community alarm and telecare clients', unit: 'people' },
  { field: 'deaths', title: 'Deaths', unit: 'people' },
  { field: 'lastSixMonthsInCommunityPct', title: 'Last six months of life in the community', unit: '%', decimals: 2 },
];
const bands = ['all', '18+', '65+', '75+'];
const reasons = ['health-social-care', 'patient-family', 'code-9'];

export async function indicatorsPage(main, { params, go, ias }) {
  const choices = await ias();
  const ia = params.get('ia') ?? choices[0]?.code;
  const to = params.get('to') ?? thisMonth();
  const from = params.get('from') ?? monthsBack(to, 11);
  const view = params.get('view') === 'table' ? 'table' : 'charts';
  const form = iaForm(choices, ia, [
    h('label', { for: 'from' }, 'From month', h('input', { id: 'from', name: 'from', type: 'month', value: from, required: true })),
    h('label', { for: 'to' }, 'To month', h('input', { id: 'to', name: 'to', type: 'month', value: to, required: true })),
    h('fieldset', { class: 'view' }, h('legend', {}, 'Show as'),
      ['charts', 'table'].map((v) => h('label', { class: 'inline' },
        h('input', { type: 'radio', name: 'view', value: v, checked: v === view }), v === 'charts' ? 'Charts' : 'Table'))),
  ], (values) => go(values));
  const body = h('div', { 'aria-live': 'polite', 'aria-busy': 'true' }, h('p', { class: 'muted' }, 'Loading indicators…'));
  render(main, h('h1', {}, 'Indicators'), form, body);
  if (!ia) {
    body.replaceChildren(h('p', {}, 'This sign-in names no Integration Authority.'));
    return;
  }

  let data;
  try {
    data = await api(`ia/${encodeURIComponent(ia)}/indicators?from=${from}&to=${to}`);
  } catch (error) {
    body.replaceChildren(errorBox(error));
    body.setAttribute('aria-busy', 'false');
    main.dataset.state = 'error';
    return;
  }

  const months = data.months.map((m) => m.month);
  const csv = downloadLink('Download CSV', `indicators-${ia}-${from}-${to}.csv`, ['ia', 'month', 'indicator', 'band', 'value'], rows(data));
  body.replaceChildren(
    h('p', {}, `${data.ia}, ${from} to ${to}; open stays and services counted up to ${data.asOf} (that month is partial). `, csv),
    view === 'table' ? tables(data) : charts(data, months));
  body.setAttribute('aria-busy', 'false');
  main.dataset.state = 'ready';
  performance.mark('indicators-rendered');
}

function rows(data) {
  const out = [];
  for (const month of data.months) {
    for (const { field } of indicators) {
      for (const band of bands) out.push([data.ia, month.month, field, band, month[field]?.[band]]);
      if (field === 'delayedDischargeBedDays') {
        for (const reason of reasons) out.push([data.ia, month.month, `${field}.byReason`, reason, month[field]?.byReason?.[reason] ?? 0]);
      }
    }
  }
  return out;
}

function charts(data, months) {
  const grid = h('div', { class: 'grid' });
  for (const { field, title, unit } of indicators) {
    const canvas = h('canvas', { role: 'img', 'aria-label': `${title} by month and age band; the same numbers are in the table view.` });
    grid.append(h('figure', { class: 'chart', dataset: { field } }, h('figcaption', {}, title), h('div', { class: 'chart-box' }, canvas)));
    lineChart(canvas, months, bands.map((band) => ({
      label: band === 'all' ? 'All ages' : band,
      data: data.months.map((m) => m[field]?.[band] ?? null),
      ...bandStyles[band],
    })), unit);
  }
  const canvas = h('canvas', { role: 'img', 'aria-label': 'Delayed discharge bed days by reason and month; the same numbers are in the table view.' });
  grid.append(h('figure', { class: 'chart', dataset: { field: 'delayedDischargeBedDays.byReason' } },
    h('figcaption', {}, 'Delayed discharge bed days by reason (all ages)'), h('div', { class: 'chart-box' }, canvas)));
  stackedBars(canvas, months, reasons.map((reason) => ({
    label: reason,
    data: data.months.map((m) => m.delayedDischargeBedDays?.byReason?.[reason] ?? 0),
    backgroundColor: reasonColours[reason],
  })), 'bed days');
  return grid;
}

function tables(data) {
  const wrap = h('div', { class: 'tables' });
  for (const { field, title, decimals } of indicators) {
    const extra = field === 'delayedDischargeBedDays' ? reasons : [];
    wrap.append(h('div', { class: 'table-wrap' }, h('table', { dataset: { field } },
      h('caption', {}, title),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Month'),
        bands.map((b) => h('th', { scope: 'col', class: 'num' }, b === 'all' ? 'All ages' : b)),
        extra.map((r) => h('th', { scope: 'col', class: 'num' }, `Reason: ${r}`)))),
      h('tbody', {}, data.months.map((m) => h('tr', {},
        h('th', { scope: 'row' }, m.month),
        bands.map((b) => h('td', { class: 'num', dataset: { month: m.month, band: b } }, figure(m[field]?.[b], decimals ?? 0))),
        extra.map((r) => h('td', { class: 'num', dataset: { month: m.month, band: `reason:${r}` } }, figure(m[field]?.byReason?.[r] ?? 0)))))))));
  }
  return wrap;
}
