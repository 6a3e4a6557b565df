import { BODY_AREAS, bodyAreaOf, type BodyArea, type BodyMark, type BodySide, type MarkSize, type MarkType } from '../../../core/model/body-map.js';

export { BODY_AREAS, bodyAreaOf, type BodyArea, type BodyMark, type BodySide };

export const TYPE_LABELS: Record<MarkType, string> = { bruise: 'Bruise', cut: 'Cut', burn: 'Burn', mark: 'Mark', other: 'Other' };
export const SIZE_LABELS: Record<MarkSize, string> = { 'under-1cm': 'under 1 cm', '1-3cm': '1 to 3 cm', '3-5cm': '3 to 5 cm', 'over-5cm': 'over 5 cm' };
export const SIDE_LABELS: Record<BodySide, string> = { front: 'Front', back: 'Back' };
export const AREA_LABELS: Record<BodyArea, string> = {
  head: 'Head', neck: 'Neck', chest: 'Chest', abdomen: 'Abdomen', 'upper-back': 'Upper back', 'lower-back': 'Lower back', buttocks: 'Buttocks',
  'left-arm': 'Left arm', 'right-arm': 'Right arm', 'left-hand': 'Left hand', 'right-hand': 'Right hand',
  'left-leg': 'Left leg', 'right-leg': 'Right leg', 'left-foot': 'Left foot', 'right-foot': 'Right foot',
};

const FRONT_ONLY: BodyArea[] = ['chest', 'abdomen'];
const BACK_ONLY: BodyArea[] = ['upper-back', 'lower-back', 'buttocks'];
/** The areas one view shows, for choosing where a mark is without a pointer. */
export const areasOn = (side: BodySide) => BODY_AREAS.filter((a) => !(side === 'front' ? BACK_ONLY : FRONT_ONLY).includes(a));

const CENTRES: Record<string, [number, number]> = {
  head: [0.5, 0.06], neck: [0.5, 0.14], chest: [0.5, 0.24], abdomen: [0.5, 0.4], 'upper-back': [0.5, 0.24], 'lower-back': [0.5, 0.4], buttocks: [0.5, 0.52],
  arm: [0.2, 0.3], hand: [0.17, 0.46], leg: [0.43, 0.7], foot: [0.43, 0.955],
};

/** The middle of an area on one view: the child's right is on the viewer's left on the front, on the right on the back. */
export function centreOf(side: BodySide, area: BodyArea): { x: number; y: number } {
  const [part, limb] = area.split('-') as [string, string | undefined];
  const isLimb = (part === 'left' || part === 'right') && limb;
  const [x, y] = CENTRES[isLimb ? limb : area]!;
  if (!isLimb) return { x, y };
  const viewerLeft = (part === 'right') === (side === 'front');
  return { x: viewerLeft ? x : 1 - x, y };
}

export const describeMark = (m: BodyMark) => `${TYPE_LABELS[m.type]}, ${SIZE_LABELS[m.size]}: ${m.description}`;
