import { writeFileSync } from 'node:fs';
import { encodePng } from './icons/png.js';
import { renderIcon } from './icons/render.js';

/** Writes appPackage/color.png (192x192, full colour) and appPackage/outline.png (32x32, white on transparent). */
const TEAL = [15, 76, 92, 255] as const;
const WHITE = [255, 255, 255, 255] as const;
const AMBER = [242, 165, 65, 255] as const;
const GLOW = [31, 122, 140, 255] as const;
const CLEAR = [0, 0, 0, 0] as const;

const color = renderIcon({ size: 192, box: [0.2, 0.8], offsetY: 0.025, background: TEAL, colours: { frame: WHITE, flame: AMBER, glass: GLOW } });
writeFileSync('appPackage/color.png', encodePng(192, 192, color));

const outline = renderIcon({ size: 32, box: [0.03, 0.97], offsetY: 0.04, background: CLEAR, colours: { frame: WHITE, flame: WHITE, glass: CLEAR } });
writeFileSync('appPackage/outline.png', encodePng(32, 32, outline));
console.log('Wrote appPackage/color.png and appPackage/outline.png');
