// The signed-in user's bearer token: a development token pasted on the sign-in page (Development only), or one
// MSAL.js obtains from Entra ID (authorization code + PKCE). The token's own claims decide which pages are shown;
// the API decides what is actually answered.
const KEY = 'integrationhub.console.token';
let config = null;
let msal = null;

export async function loadConfig() {
  if (!config) {
    const response = await fetch('./config.json', { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`The console's configuration did not load (${response.status}).`);
    config = await response.json();
    if (config.msal) {
      // Only an Entra ID sign-in pays for MSAL's code.
      msal = await import('./msal.js');
      const signedIn = await msal.start(config.msal);
      if (signedIn) sessionStorage.setItem(KEY, signedIn);
    }
  }
  return config;
}

export function useDevelopmentToken(token) {
  if (!config?.development) throw new Error('Development sign-in is not offered by this app.');
  const trimmed = token.trim();
  const claims = decode(trimmed);
  if (!claims) throw new Error('That is not a token made by ./hub token (a JWT of three dot-separated parts).');
  sessionStorage.setItem(KEY, trimmed);
}

export async function signInWithEntra() {
  await msal.signIn(config.msal);
}

export async function token() {
  let current = sessionStorage.getItem(KEY);
  const claims = current ? decode(current) : null;
  const expired = claims?.exp && claims.exp * 1000 < Date.now() + 30_000;
  if (msal && (!current || expired)) {
    current = await msal.acquire(config.msal);
    if (current) sessionStorage.setItem(KEY, current);
  }
  return current && !(expired && !msal) ? current : null;
}

export async function signOut() {
  sessionStorage.removeItem(KEY);
  if (msal) await msal.signOut();
}

/** Roles and IAs as the token states them (the contract's `roles` and repeated or array `ia` claims). */
export function user() {
  const current = sessionStorage.getItem(KEY);
  const claims = current ? decode(current) : null;
  if (!claims) return null;
  const list = (v) => (Array.isArray(v) ? v : v ? [v] : []);
  const roles = list(claims.roles);
  return {
    name: claims.name ?? claims.preferred_username ?? claims.sub ?? 'signed in',
    roles,
    ias: list(claims.ia),
    org: claims.org ?? null,
    admin: roles.includes('Admin'),
    analyst: roles.includes('Analyst') || roles.includes('Admin'),
    reviewer: roles.includes('LinkageReviewer') || roles.includes('Admin'),
  };
}

function decode(jwt) {
  const parts = jwt.split('.');
  if (parts.length !== 3) return null;
  try {
    const json = atob(parts[1].replace(/-/g, '+').replace(/_/g, '/'));
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0))));
  } catch {
    return null;
  }
}
