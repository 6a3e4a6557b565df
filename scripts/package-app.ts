import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { buildAppPackage } from './app-package/build.js';
import { loadEnvironment } from './app-package/env-files.js';

/**
 * npm run package -- --env dev [--out build/appPackage.zip]
 * Builds the Teams app package for one environment (env/.env.{env}, env/.env.{env}.user, then
 * non-empty values from the process environment), validated against the manifest schema.
 */
const { values: args } = parseArgs({
  options: { env: { type: 'string', default: 'dev' }, out: { type: 'string', default: 'build/appPackage.zip' } },
});

try {
  const values = loadEnvironment(args.env!);
  const { manifest, zip } = await buildAppPackage(values);
  mkdirSync(dirname(args.out!), { recursive: true });
  writeFileSync(args.out!, zip);
  writeFileSync(`${dirname(args.out!)}/manifest.${args.env}.json`, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`Built ${args.out} for "${args.env}" (app ${String(manifest.id)}, host ${values.APP_DOMAIN}).`);
} catch (e) {
  console.error(`npm run package: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
