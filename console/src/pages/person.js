import { h, render } from '../dom.js';
import { api, errorBox } from '../api.js';
import { timelineChart } from '../charts.js';
import { iaForm } from './ia-form.js';
import { kinds } from './activity.js';

const colours = {
  'inpatient-admission': '#003087', 'day-case': '#005eb8', 'ae-attendance': '#b10e1e', outpatient: '#41475e',
  'delayed-discharge': '#7a4a00', 'home-care': '#006735', 'care-home': '#5c2d91', 'alarm-telecare': '#00536b',
  sds: '#8a1538', death: '#1d1d1b',
};
const day = 86_400_000;
const dayNumber = (iso) => Date.parse(`${iso}T00:00:00Z`) / day;

export async function personPage(main, { params, go, ias }) {
  const choices = await ias();
  const ia = params.get('ia') ?? choices[0]?.code;
  const anonId = params.get('anonId') ?? '';
  const form = iaForm(choices, ia, [
    h('label', { for: 'anonId' }, 'Person (anonId)', h('input', { id: 'anonId', name: 'anonId', value: anonId, required: true, size: 40, autocomplete: 'off' })),
  ], (values) => go(values));
  const body = h('div', { 'aria-live': 'polite' });
  render(main, h('h1', {}, 'Person timeline'), form, body);
  if (!ia || !anonId) {
    body.append(h('p', {}, 'Enter a person\'s anonId, or open one from the Activity page.'));
    return;
  }

  let person;
  try {
    person = await api(`ia/${encodeURIComponent(ia)}/people/${encodeURIComponent(anonId)}`);
  } catch (error) {
    body.replaceChildren(errorBox(error));
    main.dataset.state = 'error';
    return;
  }

  const activities = [...person.activities].sort((a, b) => a.start.localeCompare(b.start));
  const today = new Date().toISOString().slice(0, 10);
  const rows = kinds.filter((k) => activities.some((a) => a.kind === k));
  const canvas = h('canvas', { role: 'img', 'aria-label': `Timeline of ${activities.length} activities by kind; the list below gives each one.` });
  body.replaceChildren(
    h('p', {}, `${person.anonId} in ${person.ia}${person.sex ? `, ${person.sex}` : ''}: ${activities.length} activities.`),
    h('figure', { class: 'chart', id: 'timeline-chart' }, h('figcaption', {}, 'Hospital and social care on one time axis'),
      h('div', { class: 'chart-box', style: undefined }, canvas)),
    h('h2', {}, 'Activities in date order'),
    h('ol', { class: 'timeline', id: 'timeline' }, activities.map((a) => h('li', { dataset: { kind: a.kind } },
      h('span', { class: 'kind' }, a.kind), ` ${a.start}${a.kind === 'death' ? '' : ` – ${a.end ?? 'ongoing'}`}`,
      [a.setting, a.admissionType, a.serviceType && `type ${a.serviceType}`, a.delayReason, a.bedDays !== null && a.bedDays !== undefined && `${a.bedDays} bed days`,
        a.hours !== null && a.hours !== undefined && `${a.hours} hours`, a.source?.org].filter(Boolean).map((t) => ` · ${t}`)))));
  timelineChart(canvas, rows, activities.map((a) => ({
    label: a.kind,
    data: rows.map((r) => (r === a.kind ? [dayNumber(a.start), dayNumber(a.end ?? (a.kind === 'death' ? a.start : today)) + 1] : null)),
    backgroundColor: colours[a.kind],
    barPercentage: 0.8,
    grouped: false,
  })));
  main.dataset.state = 'ready';
}
