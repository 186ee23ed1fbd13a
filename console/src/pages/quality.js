import { h, render, monthsBack, thisMonth } from '../dom.js';
import { api, errorBox } from '../api.js';

const pct = (v) => (v === null || v === undefined ? '—' : `${Number(v).toFixed(1)} %`);
const minutes = (v) => (v === null || v === undefined ? '—' : Number(v).toFixed(1));

export async function qualityPage(main, { params, go }) {
  const to = params.get('to') ?? thisMonth();
  const from = params.get('from') ?? monthsBack(to, 5);
  const form = h('form', {
    class: 'filters',
    onsubmit: (event) => { event.preventDefault(); go(Object.fromEntries(new FormData(form).entries())); },
  },
  h('label', { for: 'from' }, 'From month', h('input', { id: 'from', name: 'from', type: 'month', value: from, required: true })),
  h('label', { for: 'to' }, 'To month', h('input', { id: 'to', name: 'to', type: 'month', value: to, required: true })),
  h('button', { type: 'submit' }, 'Show'));
  const body = h('div', { 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Loading data quality…'));
  render(main, h('h1', {}, 'Data quality by sender'), form, body);

  let data;
  try {
    data = await api(`quality?from=${from}&to=${to}`);
  } catch (error) {
    body.replaceChildren(errorBox(error));
    main.dataset.state = 'error';
    return;
  }

  const rows = data.senders.flatMap((s) => s.months.map((m) => ({ sender: s, month: m })));
  body.replaceChildren(rows.length === 0
    ? h('p', {}, `No submissions from the senders you can see between ${from} and ${to}.`)
    : h('div', { class: 'table-wrap' }, h('table', { id: 'quality' },
      h('caption', {}, `Submissions per sender and month, ${from} to ${to}`),
      h('thead', {}, h('tr', {}, ['Sender', 'Month', 'Submissions', 'Entries', 'Rejected', 'CHI present', 'CHI valid', 'Postcode present',
        'Accept → completed, median min', 'p90 min', 'Issues by code'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, rows.map(({ sender, month }) => h('tr', { dataset: { org: sender.org, month: month.month } },
        h('th', { scope: 'row' }, `${sender.name ?? sender.org} (${sender.org})`),
        h('td', {}, month.month),
        h('td', { class: 'num' }, month.submissions), h('td', { class: 'num' }, month.entries),
        h('td', { class: 'num' }, pct(month.rejectedPct)), h('td', { class: 'num' }, pct(month.chiPresentPct)),
        h('td', { class: 'num' }, pct(month.chiValidPct)), h('td', { class: 'num' }, pct(month.postcodePresentPct)),
        h('td', { class: 'num' }, minutes(month.acceptToCompletedMinutes?.median)),
        h('td', { class: 'num' }, minutes(month.acceptToCompletedMinutes?.p90)),
        h('td', {}, Object.entries(month.issues ?? {}).map(([code, n]) => `${code}: ${n}`).join(', ') || 'none')))))));
  main.dataset.state = 'ready';
}
