import { partAt, type Part } from './lantern.js';

type Rgba = readonly [number, number, number, number];

export interface IconStyle {
  size: number;
  /** Where the unit-box symbol sits, as a fraction of the icon: [left/top, right/bottom]. */
  box: readonly [number, number];
  /** Moves the symbol down by this fraction of the icon (it is drawn slightly high in its box). */
  offsetY?: number;
  background: Rgba;
  colours: Record<Part, Rgba>;
}

const SAMPLES = 4; // 4x4 supersampling per pixel for smooth edges

/** Renders the symbol into RGBA bytes, averaging subsamples (premultiplied, so edges blend cleanly). */
export function renderIcon({ size, box, offsetY = 0, background, colours }: IconStyle): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const [lo, hi] = box;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const u = ((px + (sx + 0.5) / SAMPLES) / size - lo) / (hi - lo);
          const v = ((py + (sy + 0.5) / SAMPLES) / size - lo - offsetY) / (hi - lo);
          const part = u >= 0 && u <= 1 && v >= 0 && v <= 1 ? partAt(u, v) : undefined;
          const c = part ? colours[part] : background;
          const a = c[3] / 255;
          acc[0]! += c[0] * a;
          acc[1]! += c[1] * a;
          acc[2]! += c[2] * a;
          acc[3]! += a;
        }
      }
      const n = SAMPLES * SAMPLES;
      const alpha = acc[3]! / n;
      const i = (py * size + px) * 4;
      for (let k = 0; k < 3; k++) out[i + k] = alpha > 0 ? Math.round(acc[k]! / n / alpha) : 0;
      out[i + 3] = Math.round(alpha * 255);
    }
  }
  return out;
}
