import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Parses a .env file as the Agents Toolkit writes them: KEY=value, # comments, optional quotes. */
export function parseEnvFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq < 1) continue;
    const key = line.slice(0, eq).trim();
    let value = line.slice(eq + 1).trim();
    const quoted = value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.at(-1) === value[0];
    if (quoted) value = value.slice(1, -1);
    else value = value.replace(/\s+#.*$/, '');
    values[key] = value;
  }
  return values;
}

/**
 * One environment's values: env/.env.{name}, then env/.env.{name}.user (secrets, not committed),
 * then the process environment for keys it sets to a non-empty value (CI).
 */
export function loadEnvironment(name: string, dir = 'env', processEnv: Record<string, string | undefined> = process.env) {
  const file = join(dir, `.env.${name}`);
  if (!existsSync(file)) throw new Error(`No environment "${name}": ${file} does not exist.`);
  const values = parseEnvFile(readFileSync(file, 'utf8'));
  const user = `${file}.user`;
  if (existsSync(user)) Object.assign(values, parseEnvFile(readFileSync(user, 'utf8')));
  for (const key of Object.keys(values)) {
    const fromProcess = processEnv[key];
    if (fromProcess) values[key] = fromProcess;
  }
  return values;
}
