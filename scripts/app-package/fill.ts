const PLACEHOLDER = /\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** Placeholders that may be empty (e.g. no name suffix in production). */
const MAY_BE_EMPTY = /_SUFFIX$/;

/** Every placeholder name in a template. */
export const placeholdersIn = (template: string) => [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))];

/** Fills `${{NAME}}` placeholders in a JSON template; values are JSON-escaped. Lists names with no value. */
export function fillTemplate(template: string, values: Record<string, string | undefined>) {
  const missing = placeholdersIn(template).filter((name) => {
    const v = values[name];
    return v === undefined || (v === '' && !MAY_BE_EMPTY.test(name));
  });
  const text = template.replace(PLACEHOLDER, (_, name: string) => JSON.stringify(values[name] ?? '').slice(1, -1));
  return { text, missing };
}
