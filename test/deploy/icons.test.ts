import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pngHeader } from '../../scripts/app-package/png-size.js';

/** RGBA pixels of an 8-bit RGBA PNG whose rows all use filter 0 (as scripts/make-icons.ts writes them). */
function pixels(png: Buffer): Buffer[] {
  const { width, height } = pngHeader(png)!;
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const out: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = raw.subarray(y * (width * 4 + 1), (y + 1) * (width * 4 + 1));
    expect(row[0]).toBe(0);
    for (let x = 0; x < width; x++) out.push(row.subarray(1 + x * 4, 5 + x * 4));
  }
  return out;
}

describe('app icons', () => {
  it('color.png is a 192x192 PNG', () => {
    expect(pngHeader(readFileSync('appPackage/color.png'))).toMatchObject({ width: 192, height: 192 });
  });

  it('outline.png is a 32x32 RGBA PNG, white on transparent', () => {
    const png = readFileSync('appPackage/outline.png');
    expect(pngHeader(png)).toEqual({ width: 32, height: 32, colourType: 6 });
    const all = pixels(png);
    const visible = all.filter((p) => p[3]! > 0);
    expect(visible.length).toBeGreaterThan(50);
    expect(all.some((p) => p[3] === 0)).toBe(true);
    for (const p of visible) expect([p[0], p[1], p[2]]).toEqual([255, 255, 255]);
  });
});
