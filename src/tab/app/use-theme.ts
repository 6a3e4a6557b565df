import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { TeamsHost } from '../auth/teams-host.js';

export type ThemeName = 'light' | 'dark' | 'contrast';

const THEMES: Record<ThemeName, Theme> = { light: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme };

/** Teams reports 'default', 'dark' or 'contrast'. */
export const fromTeamsTheme = (theme: string): ThemeName => (theme === 'dark' ? 'dark' : theme === 'contrast' ? 'contrast' : 'light');

function fromBrowser(): ThemeName {
  if (typeof window.matchMedia !== 'function') return 'light';
  if (window.matchMedia('(forced-colors: active)').matches) return 'contrast';
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Follows the Teams theme when hosted, otherwise the browser's colour scheme and contrast settings. */
export function useTheme(host: TeamsHost | undefined): { name: ThemeName; theme: Theme } {
  const [name, setName] = useState<ThemeName>(() => (host ? fromTeamsTheme(host.theme) : fromBrowser()));
  useEffect(() => {
    if (host) {
      setName(fromTeamsTheme(host.theme));
      host.onThemeChange((t) => setName(fromTeamsTheme(t)));
      return;
    }
    if (typeof window.matchMedia !== 'function') return;
    const queries = ['(prefers-color-scheme: dark)', '(forced-colors: active)'].map((q) => window.matchMedia(q));
    const update = () => setName(fromBrowser());
    queries.forEach((q) => q.addEventListener('change', update));
    return () => queries.forEach((q) => q.removeEventListener('change', update));
  }, [host]);
  return { name, theme: THEMES[name] };
}
