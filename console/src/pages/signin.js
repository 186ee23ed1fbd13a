import { h, render } from '../dom.js';
import { useDevelopmentToken, signInWithEntra } from '../auth.js';
import { api, errorBox } from '../api.js';

export function signInPage(main, config, done) {
  const status = h('div', { 'aria-live': 'polite' });
  const parts = [h('h1', {}, 'Sign in')];

  if (config.msal) {
    parts.push(h('p', {}, 'Sign in with your NHS Scotland or council account (Microsoft Entra ID).'),
      h('button', { type: 'button', onclick: () => signInWithEntra() }, 'Sign in with Microsoft Entra ID'));
  }

  if (config.development) {
    const field = h('textarea', { id: 'dev-token', name: 'token', required: true, spellcheck: false, autocomplete: 'off' });
    const form = h('form', {
      onsubmit: async (event) => {
        event.preventDefault();
        status.replaceChildren();
        try {
          useDevelopmentToken(field.value);
          // The hub checks the token now, so a bad one is reported here rather than on the first page.
          await api('reference/integration-authorities');
          done();
        } catch (error) {
          status.replaceChildren(errorBox(error));
        }
      },
    },
    h('h2', {}, 'Development sign-in'),
    h('p', { class: 'note' }, 'This app runs in the Development environment, so it accepts a token made on this machine with ',
      h('code', {}, './hub token --role Analyst --ia S37000034'), '. A deployed app never offers this.'),
    h('label', { for: 'dev-token' }, 'Development token'),
    field,
    h('p', {}, h('button', { type: 'submit' }, 'Sign in with this token')));
    parts.push(form);
  }

  if (!config.msal && !config.development) {
    parts.push(h('div', { class: 'alert', role: 'alert' },
      'No sign-in is configured for this app: set Console:SignInClientId (and Auth:Authority) for Entra ID.'));
  }

  render(main, ...parts, status);
}
