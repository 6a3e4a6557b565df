import type { ServerResponse } from 'node:http';

/**
 * Hosts that may frame the tab: Teams, Outlook and the Microsoft 365 app, as
 * listed in Microsoft's tab requirements (including the *.cloud.microsoft move).
 */
export const TEAMS_FRAME_ANCESTORS = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
  'https://outlook.live.com',
];

/**
 * Scripts only from our own origin (no inline script, no eval). Fluent UI
 * inserts its styles at run time into <style> elements that carry the page's
 * nonce, so no inline style is allowed either. Data goes to our own API and to
 * the CDN from which teams-js reads the list of valid Teams origins.
 */
export const tabCsp = (styleNonce?: string) => [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self'${styleNonce ? ` 'nonce-${styleNonce}'` : ''}`,
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self' https://res.cdn.office.net",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  `frame-ancestors 'self' ${TEAMS_FRAME_ANCESTORS.join(' ')}`,
].join('; ');

const HASHED_ASSET = /^assets\/.+-[A-Za-z0-9_-]{8,}\.(js|css|svg|png|woff2)$/;

/** Replaces the API's headers (which forbid framing and caching) with the tab's own. */
export function setTabHeaders(res: ServerResponse, relative: string, styleNonce?: string) {
  res.setHeader('content-security-policy', tabCsp(styleNonce));
  // frame-ancestors decides who may frame the tab; X-Frame-Options cannot express a list of hosts.
  res.removeHeader('x-frame-options');
  res.setHeader('cross-origin-resource-policy', 'same-origin');
  if (HASHED_ASSET.test(relative)) {
    res.setHeader('cache-control', 'public, max-age=31536000, immutable');
    res.removeHeader('pragma');
  } else {
    res.setHeader('cache-control', 'no-store');
  }
}
