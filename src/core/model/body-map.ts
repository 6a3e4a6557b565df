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

/** Words for the codes a mark holds, so no page, card or PDF shows a person a code. */
export const MARK_TYPE_LABELS: Record<MarkType, string> = { bruise: 'Bruise', cut: 'Cut', burn: 'Burn', mark: 'Mark', other: 'Other' };
export const MARK_SIZE_LABELS: Record<MarkSize, string> = { 'under-1cm': 'under 1 cm', '1-3cm': '1 to 3 cm', '3-5cm': '3 to 5 cm', 'over-5cm': 'over 5 cm' };
export const BODY_SIDE_LABELS: Record<BodySide, string> = { front: 'Front', back: 'Back' };
export const BODY_AREA_LABELS: Record<BodyArea, string> = {
  head: 'Head', neck: 'Neck', chest: 'Chest', abdomen: 'Abdomen', 'upper-back': 'Upper back', 'lower-back': 'Lower back', buttocks: 'Buttocks',
  'left-arm': 'Left arm', 'right-arm': 'Right arm', 'left-hand': 'Left hand', 'right-hand': 'Right hand',
  'left-leg': 'Left leg', 'right-leg': 'Right leg', 'left-foot': 'Left foot', 'right-foot': 'Right foot',
};

/** "Bruise, 1 to 3 cm: Bruise on the upper arm" */
export const describeMark = (m: BodyMark) => `${MARK_TYPE_LABELS[m.type]}, ${MARK_SIZE_LABELS[m.size]}: ${m.description}`;
/** "Right arm (front)" */
export const whereMark = (m: Pick<BodyMark, 'side' | 'x' | 'y'>) => `${BODY_AREA_LABELS[bodyAreaOf(m)]} (${BODY_SIDE_LABELS[m.side].toLowerCase()})`;
