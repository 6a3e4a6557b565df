/**
 * Microsoft client applications that request tokens for a Teams tab's API via
 * SSO when the tab runs in Teams, Outlook or the Microsoft 365 app. These are
 * the ids Microsoft documents for pre-authorising a tab's `access_as_user`
 * scope; the token's `azp` is one of them (or the tab's own client id).
 */
export const TEAMS_HOST_CLIENTS = [
  { id: '1fec8e78-bce4-4aaf-ab1b-5451cc387264', host: 'Teams desktop and mobile' },
  { id: '5e3ce6c0-2b1f-4285-8d4b-75ee78787346', host: 'Teams web' },
  { id: '4765445b-32c6-49b0-83e6-1d93765276ca', host: 'Microsoft 365 web' },
  { id: '0ec893e0-5785-4de6-99da-4ed124e5296c', host: 'Microsoft 365 desktop' },
  { id: 'd3590ed6-52b3-4102-aeff-aad2292ab01c', host: 'Microsoft 365 mobile, Outlook desktop' },
  { id: 'bc59ab01-8403-45c6-8796-ac3ef710b3e3', host: 'Outlook web' },
  { id: '27922004-5251-4030-b22d-91ecd9a37ea4', host: 'Outlook mobile' },
] as const;

export const TEAMS_HOST_CLIENT_IDS: readonly string[] = TEAMS_HOST_CLIENTS.map((c) => c.id);

/** Default `allowedClientIds`: every documented Teams/M365 host plus the tab's own app. */
export const defaultAllowedClientIds = (tabClientId: string): string[] => [
  ...TEAMS_HOST_CLIENT_IDS,
  tabClientId,
];
