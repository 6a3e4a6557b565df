import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/config.js';

describe('docs/configuration.md', () => {
  it('lists every setting the config module reads', () => {
    const doc = readFileSync('docs/configuration.md', 'utf8');
    const missing = Object.keys(configSchema.shape).filter((key) => !doc.includes(`\`${key}\``));
    expect(missing, 'add these to docs/configuration.md').toEqual([]);
  });
});
