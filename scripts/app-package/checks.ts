import { AppManifestUtils, type TeamsManifest } from '@microsoft/app-manifest';
import { pngHeader } from './png-size.js';

export const ICON_SIZES = { 'color.png': 192, 'outline.png': 32 } as const;
export type IconFile = keyof typeof ICON_SIZES;

interface ManifestShape {
  icons?: { color?: string; outline?: string };
  validDomains?: string[];
  webApplicationInfo?: { id?: string; resource?: string };
  staticTabs?: { contentUrl?: string }[];
}

/** Everything wrong with a filled manifest and its icons: schema failures first, then Lantern's own rules. */
export async function manifestProblems(manifest: unknown, icons: Record<IconFile, Buffer>, appDomain: string): Promise<string[]> {
  const problems = (await AppManifestUtils.validateAgainstSchema(manifest as TeamsManifest)).map((p) => `schema: ${p}`);
  const m = manifest as ManifestShape;
  for (const [file, size] of Object.entries(ICON_SIZES) as [IconFile, number][]) {
    const header = pngHeader(icons[file]);
    if (!header) problems.push(`${file} is not a PNG`);
    else if (header.width !== size || header.height !== size) problems.push(`${file} is ${header.width}x${header.height}; it must be ${size}x${size}`);
  }
  if (m.icons?.color !== 'color.png' || m.icons?.outline !== 'outline.png') problems.push('icons must be color.png and outline.png');
  const domains = m.validDomains ?? [];
  if (domains.length !== 1 || domains[0] !== appDomain) problems.push(`validDomains must be exactly ["${appDomain}"], not ${JSON.stringify(domains)}`);
  if (domains.some((d) => d.includes('*'))) problems.push('validDomains must not contain a wildcard');
  const app = m.webApplicationInfo;
  if (!app?.id || app.resource !== `api://${appDomain}/${app.id}`) {
    problems.push(`webApplicationInfo.resource must be api://${appDomain}/{API client id}, not ${app?.resource}`);
  }
  for (const tab of m.staticTabs ?? []) {
    if (tab.contentUrl && new URL(tab.contentUrl).host !== appDomain) problems.push(`static tab ${tab.contentUrl} is not on ${appDomain}`);
  }
  return problems;
}
