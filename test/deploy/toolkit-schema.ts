import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { parse } from 'yaml';

/** The Agents Toolkit's lifecycle files in the project root: m365agents.yml, m365agents.local.yml, … */
export const toolkitYmlFiles = () => readdirSync('.').filter((f) => /^m365agents(\.[\w-]+)?\.ya?ml$/.test(f));

/** The folder of yml schemas inside the pinned Toolkit CLI (a dev dependency; docs/adr/0011). */
function schemaFolder(): string {
  const cliPackage = createRequire(import.meta.url).resolve('@microsoft/m365agentstoolkit-cli/package.json');
  return join(dirname(cliPackage), 'resource', 'yaml-schema');
}

export const schemaVersions = () => readdirSync(schemaFolder());

export interface ToolkitCheck {
  version: unknown;
  /** `path: message` for each problem the Toolkit's schema finds; empty when valid. */
  problems: string[];
}

/** Validates one lifecycle file against the schema the Toolkit ships for the version the file declares. */
export function checkToolkitYml(file: string): ToolkitCheck {
  const doc = parse(readFileSync(file, 'utf8')) as { version?: unknown };
  const version = doc?.version;
  if (typeof version !== 'string' || !schemaVersions().includes(version)) {
    return { version, problems: [`version: ${String(version)} is not a version this Toolkit CLI has a schema for (${schemaVersions().join(', ')})`] };
  }
  const schema = JSON.parse(readFileSync(join(schemaFolder(), version, 'yaml.schema.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addSchema(schema, 'toolkit');
  if (ajv.validate('toolkit', doc)) return { version, problems: [] };
  const stepProblems = lifecycleSteps(doc).flatMap(({ at, step }) => checkStep(ajv, schema, at, step));
  return { version, problems: stepProblems.length > 0 ? stepProblems : (ajv.errors ?? []).map(describe) };
}

type Step = { uses?: unknown };
const LIFECYCLES = ['provision', 'deploy', 'publish'];

function lifecycleSteps(doc: Record<string, unknown>): { at: string; step: Step }[] {
  return LIFECYCLES.flatMap((stage) => (Array.isArray(doc[stage]) ? (doc[stage] as Step[]).map((step, i) => ({ at: `/${stage}/${i}`, step })) : []));
}

/**
 * The problems with one step: checked against each definition for its action
 * (`uses`), reporting the closest one's, so a message names the action's own fields.
 */
function checkStep(ajv: Ajv, schema: { definitions: Record<string, unknown> }, at: string, step: Step): string[] {
  const candidates = Object.keys(schema.definitions).filter((name) => JSON.stringify(schema.definitions[name]).includes(`"const":${JSON.stringify(step.uses)}`));
  if (candidates.length === 0) return [`${at}: ${String(step.uses)} is not an action of this version`];
  let closest: string[] | undefined;
  for (const name of candidates) {
    if (ajv.validate(`toolkit#/definitions/${name}`, step)) return [];
    const errors = (ajv.errors ?? []).filter((e) => !['anyOf', 'oneOf', 'if', 'const'].includes(e.keyword)).map((e) => `${at} ${String(step.uses)}${describe(e)}`);
    if (!closest || errors.length < closest.length) closest = errors;
  }
  return [...new Set(closest)];
}

const describe = (e: ErrorObject) =>
  `${e.instancePath || '/'}: ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`;
