// Entra ID sign-in with MSAL.js: authorization code flow with PKCE, redirect-based, tokens for the hub API's scope.
import { PublicClientApplication, InteractionRequiredAuthError } from '@azure/msal-browser';

let app = null;

export async function start(settings) {
  app = new PublicClientApplication({
    auth: { clientId: settings.clientId, authority: settings.authority, redirectUri: location.origin + location.pathname },
    cache: { cacheLocation: 'sessionStorage' },
  });
  await app.initialize();
  const result = await app.handleRedirectPromise();
  if (result?.account) app.setActiveAccount(result.account);
  return result?.accessToken ?? null;
}

export async function signIn(settings) {
  await app.loginRedirect({ scopes: [settings.scope] });
}

export async function acquire(settings) {
  const account = app.getActiveAccount() ?? app.getAllAccounts()[0];
  if (!account) return null;
  try {
    const result = await app.acquireTokenSilent({ scopes: [settings.scope], account });
    return result.accessToken;
  } catch (error) {
    if (error instanceof InteractionRequiredAuthError) {
      await app.acquireTokenRedirect({ scopes: [settings.scope], account });
      return null;
    }
    throw error;
  }
}

export async function signOut() {
  await app.logoutRedirect({ postLogoutRedirectUri: location.origin + location.pathname });
}
