import { h, render, thisMonth, monthsBack } from '../dom.js';
import { api, errorBox } from '../api.js';
import { iaForm } from './ia-form.js';

export const kinds = ['inpatient-admission', 'day-case', 'ae-attendance', 'outpatient', 'delayed-discharge',
  'home-care', 'care-home', 'alarm-telecare', 'sds', 'death'];

export async function activityPage(main, { params, go, ias }) {
  const choices = await ias();
  const ia = params.get('ia') ?? choices[0]?.code;
  const month = params.get('month') ?? monthsBack(thisMonth(), 1);
  const kind = params.get('kind') ?? '';
  // Earlier pages' continuations, so "Previous" goes back without the API having to page backwards.
  const trail = (params.get('trail') ?? '').split('~').filter(Boolean);
  const continuation = params.get('continuation') ?? '';
  const form = iaForm(choices, ia, [
    h('label', { for: 'month' }, 'Month', h('input', { id: 'month', name: 'month', type: 'month', value: month, required: true })),
    h('label', { for: 'kind' }, 'Kind', h('select', { id: 'kind', name: 'kind' },
      h('option', { value: '' }, 'All kinds'), kinds.map((k) => h('option', { value: k, selected: k === kind }, k)))),
  ], (values) => go(values));
  const body = h('div', { 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Loading activity…'));
  render(main, h('h1', {}, 'Activity'), form, body);
  if (!ia) return;

  let page;
  try {
    const query = new URLSearchParams({ month, ...(kind ? { kind } : {}), ...(continuation ? { continuation } : {}) });
    page = await api(`ia/${encodeURIComponent(ia)}/activity?${query}`);
  } catch (error) {
    body.replaceChildren(errorBox(error));
    main.dataset.state = 'error';
    return;
  }

  const base = { ia, month, kind };
  const previous = trail.length > 0
    ? h('button', { type: 'button', class: 'secondary', onclick: () => go({ ...base, continuation: trail.at(-1) === '-' ? '' : trail.at(-1), trail: trail.slice(0, -1).join('~') }) }, 'Previous page')
    : null;
  const next = page.continuation
    ? h('button', { type: 'button', onclick: () => go({ ...base, continuation: page.continuation, trail: [...trail, continuation || '-'].join('~') }) }, 'Next page')
    : null;
  body.replaceChildren(
    page.items.length === 0
      ? h('p', {}, `No ${kind || 'activity'} in ${ia} for ${month}.`)
      : h('div', { class: 'table-wrap' }, h('table', { id: 'activity' },
        h('caption', {}, `${ia}, ${month}${kind ? `, ${kind}` : ''}: page ${trail.length + 1}, ${page.items.length} records`),
        h('thead', {}, h('tr', {}, ['Person', 'Kind', 'Start', 'End', 'Setting', 'Admission', 'Bed days', 'Hours', 'Service type', 'Delay reason', 'Sex', 'Age', 'Source']
          .map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, page.items.map((a) => h('tr', {},
          h('td', {}, h('a', { class: 'anon', href: `#/person?ia=${encodeURIComponent(ia)}&anonId=${encodeURIComponent(a.anonId)}`, title: 'Open this person\'s timeline' }, a.anonId)),
          h('td', {}, a.kind), h('td', {}, a.start), h('td', {}, a.end ?? 'open'), h('td', {}, a.setting ?? ''),
          h('td', {}, a.admissionType ?? ''), h('td', { class: 'num' }, a.bedDays ?? ''), h('td', { class: 'num' }, a.hours ?? ''),
          h('td', {}, a.serviceType ?? ''), h('td', {}, a.delayReason ?? ''), h('td', {}, a.sex ?? ''),
          h('td', { class: 'num' }, a.ageAtStart ?? ''), h('td', {}, `${a.source?.org ?? ''} ${a.source?.kind ?? ''}`)))))),
    h('div', { class: 'pager' }, previous, next));
  main.dataset.state = 'ready';
}
