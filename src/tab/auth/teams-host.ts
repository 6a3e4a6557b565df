/**
 * Teams (and Outlook / the Microsoft 365 app) as the tab's host. teams-js is
 * loaded only when the page looks hosted, so a browser outside Teams never
 * downloads it.
 */
export interface TeamsHost {
  theme: string;
  /** The deep link's subEntityId (teams-js: page.subPageId), if the tab was opened from one. */
  subPageId?: string;
  getToken(): Promise<string>;
  onThemeChange(handler: (theme: string) => void): void;
}

const INIT_TIMEOUT_MS = 5000;

/** Framed, or a Teams mobile web view: worth asking teams-js. */
export function looksHosted(w: Window = window): boolean {
  let framed = true;
  try {
    framed = w.self !== w.top;
  } catch {
    framed = true; // a cross-origin parent: certainly framed
  }
  return framed || 'nativeInterface' in w || /\bTeams\//.test(w.navigator.userAgent);
}

export async function connectTeams(): Promise<TeamsHost | undefined> {
  const { app, authentication } = await import('@microsoft/teams-js');
  const ready = await Promise.race([
    app.initialize().then(() => true),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), INIT_TIMEOUT_MS)),
  ]).catch(() => false);
  if (!ready) return undefined;
  const context = await app.getContext();
  app.notifySuccess();
  return {
    theme: context.app.theme,
    subPageId: context.page.subPageId || undefined,
    getToken: () => authentication.getAuthToken(),
    onThemeChange: (handler) => app.registerOnThemeChangeHandler(handler),
  };
}
