/** What the server tells the tab about itself (GET /tab/config.json). */
export interface TabConfig {
  mode: 'local' | 'production';
  personaPicker: boolean;
}

export async function loadTabConfig(): Promise<TabConfig> {
  const res = await fetch('/tab/config.json', { cache: 'no-store', credentials: 'omit' });
  if (!res.ok) throw new Error(`The tab's configuration could not be read (${res.status}).`);
  return (await res.json()) as TabConfig;
}
