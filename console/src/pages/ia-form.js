import { h } from '../dom.js';

/** The filter form the IA pages share: an IA from the user's own, and the page's other fields. */
export function iaForm(ias, selected, fields, submit) {
  const select = h('select', { id: 'ia', name: 'ia' },
    ias.map((ia) => h('option', { value: ia.code, selected: ia.code === selected }, `${ia.name} (${ia.code})`)));
  if (selected && !ias.some((ia) => ia.code === selected)) {
    // An IA from a link or typed URL that the token does not name: kept, so the API's 403 is what is shown.
    select.append(h('option', { value: selected, selected: true }, selected));
  }
  const form = h('form', {
    class: 'filters',
    onsubmit: (event) => {
      event.preventDefault();
      submit(Object.fromEntries(new FormData(form).entries()));
    },
  },
  h('label', { for: 'ia' }, 'Integration Authority', select),
  fields,
  h('button', { type: 'submit' }, 'Show'));
  return form;
}
