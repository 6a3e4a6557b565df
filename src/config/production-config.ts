import { parseConfig, refusal, type Config } from './config.js';

/**
 * The production entry point's configuration: always production. `LANTERN_MODE`
 * is honoured only by the local-mode entry (`npm start`); here any other value
 * is a refusal, named with every other problem, never a quiet switch to local
 * mode (which would turn Bot Connector authentication and the production checks off).
 */
export function productionConfig(env: Record<string, string | undefined> = process.env): Config {
  const modeProblems =
    env.LANTERN_MODE === undefined || env.LANTERN_MODE === 'production'
      ? []
      : [`LANTERN_MODE: is "${env.LANTERN_MODE.slice(0, 20)}", but this entry point is always production; remove it (local mode is \`npm start\`)`];
  const { config, problems } = parseConfig({ ...env, LANTERN_MODE: 'production' });
  const all = [...modeProblems, ...problems];
  if (!config || all.length > 0) throw refusal(all);
  return config;
}
