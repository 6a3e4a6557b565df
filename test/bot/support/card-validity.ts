import { createRequire } from 'node:module';
import type * as ACTypes from 'adaptivecards';

// The package's ESM build uses extensionless imports Node cannot resolve; its UMD bundle works in Node without a DOM.
const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as typeof ACTypes;

type Json = Record<string, unknown>;

/** Problems the Adaptive Cards library (and a few Teams rules) find in a card; empty when the card is sound. */
export function cardProblems(card: unknown): string[] {
  const json = JSON.parse(JSON.stringify(card)) as Json; // what is actually sent: no undefined properties
  const problems: string[] = [];
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  parsed.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  for (const e of parsed.validateProperties().validationEvents) {
    if (!(usesTeamsTypeahead(json) && /at least one choice/.test(e.message))) problems.push(`validate: ${e.message}`);
  }
  const root = json;
  if (root.version !== '1.5') problems.push(`version ${String(root.version)}, expected 1.5`);
  problems.push(...unknownProperties(root, parsed.toJSON() as Json, '$'));
  problems.push(...inputRules(root));
  if (JSON.stringify(json).length > 28_000) problems.push('larger than the 28 KB Teams allows for a card');
  return problems;
}

/** Every property we wrote must survive the library's own round trip, or the library does not know it (a typo, or a newer schema). */
function unknownProperties(ours: unknown, theirs: unknown, path: string): string[] {
  if (Array.isArray(ours)) return ours.flatMap((o, i) => unknownProperties(o, Array.isArray(theirs) ? theirs[i] : undefined, `${path}[${i}]`));
  if (!ours || typeof ours !== 'object') return [];
  const t = (theirs ?? {}) as Json;
  return Object.entries(ours as Json).flatMap(([k, v]) => {
    if (k === '$schema' || k === 'data' || k === TEAMS_TYPEAHEAD) return []; // data is free-form by design
    if (!(k in t) && !isDefault(k, v)) return [`${path}.${k}: not a property the library knows`];
    return unknownProperties(v, t[k], `${path}.${k}`);
  });
}

/**
 * Teams' dynamic typeahead (Data.Query in `choices.data`, documented by Teams for cards before 1.6);
 * the library only knows it from schema 1.6 and then wants static choices as well.
 */
const TEAMS_TYPEAHEAD = 'choices.data';
const usesTeamsTypeahead = (json: Json) => JSON.stringify(json).includes(`"${TEAMS_TYPEAHEAD}"`);

// The library omits values equal to its defaults when it writes a card back.
const isDefault = (k: string, v: unknown) =>
  (Array.isArray(v) && v.length === 0) || v === '' ||
  (k === 'wrap' && v === false) || (k === 'isVisible' && v === true) || (k === 'isRequired' && v === false) || (k === 'isMultiSelect' && v === false) || (k === 'style' && (v === 'compact' || v === 'default'));

function inputRules(root: Json): string[] {
  const ids = new Set<string>();
  const problems: string[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const el = node as Json;
    if (typeof el.type === 'string' && el.type.startsWith('Input.')) {
      if (!el.label) problems.push(`input ${String(el.id)} has no visible label`);
      if (el.isRequired && !el.errorMessage) problems.push(`required input ${String(el.id)} has no errorMessage`);
    }
    if (typeof el.id === 'string') {
      if (ids.has(el.id)) problems.push(`duplicate id ${el.id}`);
      ids.add(el.id);
    }
    if (el.type === 'Action.Execute' && !el.verb) problems.push('Action.Execute without a verb');
    Object.values(el).forEach(visit);
  };
  visit(root);
  return problems;
}
