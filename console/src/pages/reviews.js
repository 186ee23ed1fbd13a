import { h, render } from '../dom.js';
import { api, errorBox } from '../api.js';
import { iaForm } from './ia-form.js';

// The matcher's fields, with the name each side of an item uses for it.
const fields = [
  { key: 'given', label: 'Given name', side: 'given' },
  { key: 'surname', label: 'Family name', side: 'family' },
  { key: 'birthDate', label: 'Date of birth', side: 'birthDate' },
  { key: 'sex', label: 'Sex', side: 'sex' },
  { key: 'postcode', label: 'Postcode', side: 'postcode' },
];

export async function reviewsPage(main, { params, go, ias }) {
  const choices = await ias();
  const ia = params.get('ia') ?? choices[0]?.code;
  const form = iaForm(choices, ia, [], (values) => go(values));
  const announce = h('p', { class: 'note', 'aria-live': 'polite', id: 'review-status', hidden: true });
  const body = h('div', {}, h('p', { class: 'muted' }, 'Loading review items…'));
  render(main, h('h1', {}, 'Linkage reviews'), form, announce, body);
  if (!ia) return;

  let answer;
  try {
    answer = await api(`linkage/reviews?ia=${encodeURIComponent(ia)}`);
  } catch (error) {
    body.replaceChildren(errorBox(error));
    main.dataset.state = 'error';
    return;
  }

  const items = [...answer.items].sort((a, b) => String(a.createdAt).localeCompare(String(b.createdAt)));
  const list = h('div', { id: 'reviews' });
  const count = h('p', { id: 'review-count' });
  const recount = () => {
    const open = list.children.length;
    count.textContent = open === 0 ? `No open review items for ${ia}.` : `${open} open review item${open === 1 ? '' : 's'} for ${ia}, oldest first.`;
  };
  for (const item of items) list.append(card(item, list, announce, recount));
  body.replaceChildren(count, list);
  recount();
  main.dataset.state = 'ready';
}

function card(item, list, announce, recount) {
  const error = h('div');
  const decide = async (decision, button) => {
    for (const b of article.querySelectorAll('button')) b.disabled = true;
    try {
      await api(`linkage/reviews/${encodeURIComponent(item.id)}`, { method: 'POST', body: { decision } });
      article.remove();
      announce.hidden = false;
      announce.textContent = `Review ${item.id} decided: ${decision === 'same-person' ? 'same person' : 'different people'}.`;
      recount();
      (list.querySelector('button') ?? announce).focus?.();
    } catch (e) {
      error.replaceChildren(errorBox(e));
      for (const b of article.querySelectorAll('button')) b.disabled = false;
      button.focus();
    }
  };
  const heading = `Review ${item.id.slice(0, 12)}`;
  const article = h('article', { class: 'review', dataset: { id: item.id }, 'aria-label': heading },
    h('h2', {}, heading),
    h('p', {}, `Match probability ${(item.probability * 100).toFixed(1)} %. ${item.reason ?? ''} Queued ${item.createdAt}.`),
    h('div', { class: 'table-wrap' }, h('table', { class: 'side-by-side' },
      h('caption', {}, 'The record and the candidate as the matcher compared them'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Field'),
        h('th', { scope: 'col' }, `Record (${item.record.source})`),
        h('th', { scope: 'col' }, `Candidate (${item.candidate.source})`),
        h('th', { scope: 'col' }, 'Matcher'))),
      h('tbody', {}, fields.map((f) => {
        const verdict = item.verdicts?.[f.key] ?? 'missing';
        return h('tr', { dataset: { field: f.key } },
          h('th', { scope: 'row' }, f.label),
          h('td', {}, item.record[f.side] ?? '—'),
          h('td', {}, item.candidate[f.side] ?? '—'),
          h('td', {}, h('span', { class: `verdict ${verdict}` }, verdict), ` (${item.comparison?.[f.key] ?? 'missing'})`));
      })))),
    h('div', { class: 'actions' },
      h('button', { type: 'button', onclick: (e) => decide('same-person', e.currentTarget) }, 'Same person'),
      h('button', { type: 'button', class: 'secondary', onclick: (e) => decide('different-people', e.currentTarget) }, 'Different people')),
    error);
  return article;
}
