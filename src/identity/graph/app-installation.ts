import type { GraphApi } from './graph-api.js';
import { GraphFailure } from './graph-errors.js';

/** Lantern installing itself for a person, so it can message someone who never opened the bot. */
export interface AppInstallation {
  /**
   * Installs Lantern (the organisation catalogue's app) for the person if it is
   * not yet, and returns the id of their personal chat with it.
   */
  personalChatId(userId: string): Promise<string>;
}

/** Proactive installation through Microsoft Graph (TeamsAppInstallation.ReadWriteSelfForUser.All). */
export function createAppInstallation(graph: GraphApi, graphBaseUrl: string, catalogAppId: string): AppInstallation {
  const app = `${graphBaseUrl.replace(/\/+$/, '')}/v1.0/appCatalogs/teamsApps/${encodeURIComponent(catalogAppId)}`;
  return {
    async personalChatId(userId) {
      const installed = `/users/${encodeURIComponent(userId)}/teamwork/installedApps`;
      try {
        await graph.post(installed, { 'teamsApp@odata.bind': app });
      } catch (e) {
        if (!(e instanceof GraphFailure && e.status === 409)) throw e; // 409: already installed
      }
      const filter = encodeURIComponent(`teamsApp/id eq '${catalogAppId}'`);
      const [installation] = await graph.getAll<{ id: string }>(`${installed}?$expand=teamsApp&$filter=${filter}`);
      if (!installation) throw new GraphFailure('Lantern is not installed for this person', 404, 'NotInstalled');
      const chat = await graph.get<{ id: string }>(`${installed}/${encodeURIComponent(installation.id)}/chat`);
      return chat.id;
    },
  };
}
