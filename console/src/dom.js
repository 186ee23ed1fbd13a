// A small element builder: the pages need nothing more than this to stay free of innerHTML (no injection).
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'class') el.className = value;
    else if (key in el && typeof value !== 'string') el[key] = value;
    else el.setAttribute(key, value === true ? '' : value);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces the page's content and moves focus to it, so keyboard and screen reader users start at the new page. */
export function render(main, ...children) {
  // A page says it is ready (data-state) only once its own data is shown, never with the previous page's state.
  delete main.dataset.state;
  main.replaceChildren();
  append(main, children);
  main.focus({ preventScroll: true });
}

export function monthsBack(month, count) {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 - count, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

export function thisMonth() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

/** A number as the API gave it: integers as they are, decimals to the API's two places, null as a dash. */
export function figure(value, decimals = 0) {
  if (value === null || value === undefined) return '—';
  return decimals > 0 ? Number(value).toFixed(decimals) : String(value);
}
