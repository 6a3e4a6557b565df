/**
 * The Lantern symbol as shape tests in a unit box (x right, y down, 0..1):
 * a handle ring, a cap, the glass frame, a flame and a base.
 */
export type Part = 'frame' | 'flame' | 'glass';

const inRing = (x: number, y: number) => {
  const d = Math.hypot(x - 0.5, y - 0.13);
  return y <= 0.15 && d <= 0.11 && d >= 0.055;
};
const trapezoid = (x: number, y: number, top: number, bottom: number, halfTop: number, halfBottom: number) =>
  y >= top && y <= bottom && Math.abs(x - 0.5) <= halfTop + ((y - top) / (bottom - top)) * (halfBottom - halfTop);
const inBox = (x: number, y: number, l: number, t: number, r: number, b: number) => x >= l && x <= r && y >= t && y <= b;
const inFrame = (x: number, y: number) => inBox(x, y, 0.2, 0.24, 0.8, 0.8) && !inBox(x, y, 0.28, 0.3, 0.72, 0.74);
const inFlame = (x: number, y: number) => {
  if (Math.hypot(x - 0.5, y - 0.6) <= 0.1) return true;
  // The tip: a triangle from the circle's widest line up to a point.
  return y >= 0.37 && y <= 0.6 && Math.abs(x - 0.5) <= ((y - 0.37) / 0.23) * 0.1;
};

/** Which part of the symbol covers (x, y), if any. */
export function partAt(x: number, y: number): Part | undefined {
  if (inRing(x, y) || trapezoid(x, y, 0.15, 0.24, 0.14, 0.3) || inFrame(x, y) || trapezoid(x, y, 0.8, 0.9, 0.3, 0.36)) return 'frame';
  if (inFlame(x, y)) return 'flame';
  if (inBox(x, y, 0.28, 0.3, 0.72, 0.74)) return 'glass';
  return undefined;
}
