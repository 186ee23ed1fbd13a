// The console's shell: sign-in state, navigation limited to what the token's roles allow, and a hash router.
import { loadConfig, user, signOut } from './auth.js';
import { api, errorBox } from './api.js';
import { h, render } from './dom.js';
import { signInPage } from './pages/signin.js';
import { indicatorsPage } from './pages/indicators.js';
import { activityPage } from './pages/activity.js';
import { personPage } from './pages/person.js';
import { reviewsPage } from './pages/reviews.js';
import { qualityPage } from './pages/quality.js';

const main = document.getElementById('main');
const pages = [
  { path: 'indicators', title: 'Indicators', allowed: (u) => u.analyst, show: indicatorsPage },
  { path: 'activity', title: 'Activity', allowed: (u) => u.analyst, show: activityPage },
  { path: 'person', title: 'Person timeline', allowed: (u) => u.analyst, show: personPage },
  { path: 'reviews', title: 'Linkage reviews', allowed: (u) => u.reviewer, show: reviewsPage },
  { path: 'quality', title: 'Data quality', allowed: (u) => u.analyst, show: qualityPage },
];

let reference = null;

/** The IAs this user may choose: the token's `ia` claims, or all 31 for an Admin; with their names. */
async function iaChoices(u) {
  reference ??= (await api('reference/integration-authorities')).integrationAuthorities;
  const names = new Map(reference.map((ia) => [ia.code, ia.name]));
  const codes = u.admin && u.ias.length === 0 ? reference.map((ia) => ia.code) : u.ias;
  return codes.map((code) => ({ code, name: names.get(code) ?? code }));
}

function route() {
  const [path, query = ''] = location.hash.replace(/^#\/?/, '').split('?');
  return { path, params: new URLSearchParams(query) };
}

export function go(path, params) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''));
  const hash = `#/${path}${query.size ? `?${query}` : ''}`;
  if (location.hash === hash) show();
  else location.hash = hash;
}

function shell(u, current) {
  const nav = document.getElementById('nav');
  const who = document.getElementById('who');
  nav.replaceChildren(...(u ? pages.filter((p) => p.allowed(u)) : []).map((p) =>
    h('a', { href: `#/${p.path}`, 'aria-current': p.path === current ? 'page' : undefined }, p.title)));
  who.replaceChildren(...(u
    ? [h('span', {}, `${u.name} · ${u.roles.join(', ')}${u.ias.length ? ` · ${u.ias.join(', ')}` : ''}`),
      h('button', { type: 'button', onclick: async () => { await signOut(); go('signin', {}); } }, 'Sign out')]
    : []));
}

let navigation = 0;

async function show() {
  // Each navigation renders into its own view; a slower earlier page that finishes later writes into a view that is
  // no longer on screen, so it can never cover the page the user went to.
  const view = h('div', { class: 'view', tabindex: '-1' });
  main.replaceChildren(view);
  const mine = ++navigation;
  let config;
  try {
    config = await loadConfig();
  } catch (error) {
    if (mine === navigation) render(view, h('h1', {}, 'IntegrationHub console'), errorBox(error));
    return;
  }
  const { path, params } = route();
  const u = user();
  if (!u || path === 'signin') {
    shell(null, 'signin');
    document.title = 'Sign in · IntegrationHub console';
    signInPage(view, config, () => go('', {}));
    return;
  }
  const allowed = pages.filter((p) => p.allowed(u));
  const page = pages.find((p) => p.path === path) ?? allowed[0];
  shell(u, page?.path);
  if (!page) {
    render(view, h('h1', {}, 'Nothing to show'),
      h('div', { class: 'alert forbidden', role: 'alert', dataset: { status: '403' } },
        h('strong', {}, 'Forbidden (403). '),
        `The console is for analysts, linkage reviewers and admins; this sign-in has the role ${u.roles.join(', ') || 'none'}.`));
    return;
  }
  document.title = `${page.title} · IntegrationHub console`;
  // A page the roles do not allow is still opened: the API's own 403 is then what the user sees, not a blank page.
  try {
    await page.show(view, { user: u, params, go: (p) => go(page.path, p), open: go, ias: () => iaChoices(u) });
  } catch (error) {
    if (view.isConnected) render(view, h('h1', {}, page.title), errorBox(error));
  }
}

window.addEventListener('hashchange', show);
show();
