import type { Config } from '../config/config.js';

/** The tab's entity id in the Teams manifest (staticTabs[].entityId). */
export const TAB_ENTITY_ID = 'lantern';

/**
 * The id Teams knows the app by: once published to the organisation's
 * catalogue, Teams uses the catalogue's id (not the manifest's) in deep links.
 */
export const teamsAppIdForLinks = (config: Pick<Config, 'TEAMS_APP_ID' | 'TEAMS_CATALOG_APP_ID'>) => config.TEAMS_CATALOG_APP_ID || config.TEAMS_APP_ID;

/**
 * Links cards offer. Inside Teams a deep link opens the Lantern tab on the
 * record; without a Teams app id (local mode) the tab's own URL is used.
 */
export function createLinks(config: Config) {
  const base = (config.PUBLIC_BASE_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '');
  const appId = teamsAppIdForLinks(config);
  const tabPage = (page: string) => {
    if (!appId) return `${base}/tab/#/${page}`;
    const context = encodeURIComponent(JSON.stringify({ subEntityId: page }));
    return `https://teams.microsoft.com/l/entity/${appId}/${TAB_ENTITY_ID}?context=${context}`;
  };
  return {
    concern: (id: string) => tabPage(`concerns/${encodeURIComponent(id)}`),
    referral: (id: string) => tabPage(`referrals/${encodeURIComponent(id)}`),
    home: () => tabPage(''),
    /** Any tab page by its route path, e.g. `subject-access/{id}` (deadline alerts carry theirs). */
    page: (path: string) => tabPage(path),
    /** Opens (or starts) the person's personal chat with the bot. */
    personalChat: () =>
      config.MICROSOFT_APP_ID
        ? `https://teams.microsoft.com/l/chat/0/0?users=28:${config.MICROSOFT_APP_ID}`
        : appId
          ? `https://teams.microsoft.com/l/app/${appId}`
          : `${base}/tab/`,
  };
}

export type Links = ReturnType<typeof createLinks>;
