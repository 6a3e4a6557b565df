import type { MouseEvent } from 'react';
import type { BodyMark, BodySide } from './body-map-words.js';

/** Drawn in a 100 × 200 box; the proportions match the areas in src/core/model/body-map.ts. */
const W = 100;
const H = 200;
const FIGURE = [
  'M45 22 h10 v10 h-10 z',
  'M32 32 H68 L72 84 L64 96 H36 L28 84 Z',
  'M32 32 L20 36 L13 84 L22 84 L29 48 Z',
  'M68 32 L80 36 L87 84 L78 84 L71 48 Z',
  'M36 96 H49 L47 184 H39 Z',
  'M51 96 H64 L61 184 H53 Z',
];

interface Props {
  side: BodySide;
  marks: { mark: BodyMark; number: number }[];
  /** When set, a click places a mark at that point (fractions of the outline). */
  onPlace?: (x: number, y: number) => void;
  pending?: { x: number; y: number };
}

/** One outline (front or back) with numbered marks. The list beside it says the same in words. */
export function BodyOutline({ side, marks, onPlace, pending }: Props) {
  const place = (e: MouseEvent<SVGSVGElement>) => {
    if (!onPlace) return;
    const box = e.currentTarget.getBoundingClientRect();
    const x = (e.clientX - box.left) / box.width;
    const y = (e.clientY - box.top) / box.height;
    if (x >= 0 && x <= 1 && y >= 0 && y <= 1) onPlace(Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000);
  };
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      width={150}
      height={300}
      role="img"
      aria-label={`${side === 'front' ? 'Front' : 'Back'} of the body, ${marks.length} ${marks.length === 1 ? 'mark' : 'marks'}`}
      onClick={place}
      style={{ cursor: onPlace ? 'crosshair' : 'default', touchAction: 'manipulation' }}
      data-side={side}
    >
      <g fill="#f3f2f1" stroke="#605e5c" strokeWidth={1}>
        <ellipse cx={50} cy={12} rx={10} ry={11} />
        {FIGURE.map((d) => <path key={d} d={d} />)}
        <ellipse cx={17} cy={92} rx={6} ry={8} />
        <ellipse cx={83} cy={92} rx={6} ry={8} />
        <ellipse cx={43} cy={191} rx={7} ry={5} />
        <ellipse cx={57} cy={191} rx={7} ry={5} />
      </g>
      <text x={50} y={199} fontSize={6} textAnchor="middle" fill="#605e5c" aria-hidden="true">{side === 'front' ? 'FRONT' : 'BACK'}</text>
      {marks.map(({ mark, number }) => (
        <g key={number} aria-hidden="true">
          <circle cx={mark.x * W} cy={mark.y * H} r={4} fill="#c50f1f" />
          <text x={mark.x * W} y={mark.y * H + 2} fontSize={5} textAnchor="middle" fill="#fff">{number}</text>
        </g>
      ))}
      {pending && <circle cx={pending.x * W} cy={pending.y * H} r={4} fill="none" stroke="#0f6cbd" strokeWidth={1.5} aria-hidden="true" />}
    </svg>
  );
}
