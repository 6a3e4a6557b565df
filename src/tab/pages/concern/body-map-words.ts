import {
  BODY_AREA_LABELS as AREA_LABELS, BODY_AREAS, BODY_SIDE_LABELS as SIDE_LABELS, bodyAreaOf, describeMark, MARK_SIZE_LABELS as SIZE_LABELS, MARK_TYPE_LABELS as TYPE_LABELS, whereMark,
  type BodyArea, type BodyMark, type BodySide,
} from '../../../core/model/body-map.js';

export { AREA_LABELS, BODY_AREAS, bodyAreaOf, describeMark, whereMark, SIDE_LABELS, SIZE_LABELS, TYPE_LABELS, type BodyArea, type BodyMark, type BodySide };

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

