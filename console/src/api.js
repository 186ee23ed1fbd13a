// Every call the console makes goes to the hub's own API, with the user's bearer token.
import { token } from './auth.js';
import { h } from './dom.js';

const base = location.pathname.replace(/console\/.*$/, '');

export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail ? `${title} ${detail}` : title);
    this.status = status;
    this.title = title;
    this.detail = detail;
  }
}

export async function api(path, options = {}) {
  const bearer = await token();
  if (!bearer) throw new ApiError(401, 'Not signed in.', 'Sign in to use the console.');
  const response = await fetch(base + path, {
    method: options.method ?? 'GET',
    headers: {
      Authorization: `Bearer ${bearer}`,
      Accept: 'application/json',
      ...(options.body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: options.body ? JSON.stringify(options.body) : undefined,
  });
  if (!response.ok) throw await problem(response);
  return response.status === 204 ? null : response.json();
}

async function problem(response) {
  let title = response.statusText || `HTTP ${response.status}`;
  let detail = '';
  try {
    const body = await response.json();
    title = body.title ?? title;
    detail = body.detail ?? (body.issues ?? []).map((i) => i.message ?? i.diagnostics).filter(Boolean).join(' ');
  } catch {
    // A body that is not problem+json: the status says enough.
  }
  return new ApiError(response.status, title, detail);
}

/** An error as the user should read it: a 403 says plainly that this sign-in may not see it, never an empty page. */
export function errorBox(error) {
  if (error instanceof ApiError && error.status === 403) {
    return h('div', { class: 'alert forbidden', role: 'alert', dataset: { status: '403' } },
      h('strong', {}, 'Forbidden (403). '),
      'Your sign-in does not allow this: ', error.detail || error.title,
      ' Ask for the role or Integration Authority you need.');
  }
  if (error instanceof ApiError && error.status === 401) {
    return h('div', { class: 'alert', role: 'alert', dataset: { status: '401' } },
      h('strong', {}, 'Not signed in (401). '), error.detail || error.title, ' ', h('a', { href: '#/signin' }, 'Sign in'));
  }
  const status = error instanceof ApiError ? error.status : 'error';
  return h('div', { class: 'alert', role: 'alert', dataset: { status: String(status) } },
    h('strong', {}, error instanceof ApiError ? `The hub answered ${error.status}. ` : 'Something failed. '), error.message);
}
