/**
 * Marks seen on a child's body, placed on a front and a back outline. Positions
 * are fractions of the outline's width and height (0–1), so the drawing can be
 * any size. "Left" and "right" are always the child's own.
 */
export const BODY_SIDES = ['front', 'back'] as const;
export const MARK_TYPES = ['bruise', 'cut', 'burn', 'mark', 'other'] as const;
export const MARK_SIZES = ['under-1cm', '1-3cm', '3-5cm', 'over-5cm'] as const;

export type BodySide = (typeof BODY_SIDES)[number];
export type MarkType = (typeof MARK_TYPES)[number];
export type MarkSize = (typeof MARK_SIZES)[number];

export interface BodyMark {
  side: BodySide;
  x: number;
  y: number;
  type: MarkType;
  size: MarkSize;
  description: string;
}

export const BODY_AREAS = [
  'head', 'neck', 'chest', 'abdomen', 'upper-back', 'lower-back', 'buttocks',
  'left-arm', 'right-arm', 'left-hand', 'right-hand', 'left-leg', 'right-leg', 'left-foot', 'right-foot',
] as const;
export type BodyArea = (typeof BODY_AREAS)[number];

/**
 * The area of the body a mark is on, from where it sits on the outline (the
 * outline is drawn to these proportions: src/tab/pages/concern/body-outline.ts).
 * On the front view the child's right is on the viewer's left; on the back it is on the right.
 */
export function bodyAreaOf(m: Pick<BodyMark, 'side' | 'x' | 'y'>): BodyArea {
  const viewerLeft = m.x < 0.5;
  const side = (m.side === 'front') === viewerLeft ? 'right' : 'left';
  const limb = m.x < 0.3 || m.x > 0.7;
  if (m.y < 0.12) return 'head';
  if (m.y < 0.16) return 'neck';
  if (limb && m.y < 0.5) return m.y < 0.42 ? `${side}-arm` : `${side}-hand`;
  if (m.y < 0.32) return m.side === 'front' ? 'chest' : 'upper-back';
  if (m.y < 0.48) return m.side === 'front' ? 'abdomen' : 'lower-back';
  if (m.y < 0.55 && m.side === 'back') return 'buttocks';
  return m.y < 0.92 ? `${side}-leg` : `${side}-foot`;
}
