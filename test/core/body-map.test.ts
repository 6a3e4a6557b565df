import { describe, expect, it } from 'vitest';
import { bodyAreaOf } from '../../src/core/model/body-map.js';

describe('body areas from positions on the outline', () => {
  it.each([
    [{ side: 'front', x: 0.5, y: 0.05 }, 'head'],
    [{ side: 'front', x: 0.5, y: 0.14 }, 'neck'],
    [{ side: 'front', x: 0.5, y: 0.25 }, 'chest'],
    [{ side: 'back', x: 0.5, y: 0.25 }, 'upper-back'],
    [{ side: 'front', x: 0.5, y: 0.4 }, 'abdomen'],
    [{ side: 'back', x: 0.5, y: 0.52 }, 'buttocks'],
    // Front view: the child's right arm is on the viewer's left.
    [{ side: 'front', x: 0.15, y: 0.3 }, 'right-arm'],
    [{ side: 'back', x: 0.15, y: 0.3 }, 'left-arm'],
    [{ side: 'front', x: 0.85, y: 0.45 }, 'left-hand'],
    [{ side: 'front', x: 0.4, y: 0.7 }, 'right-leg'],
    [{ side: 'back', x: 0.6, y: 0.95 }, 'right-foot'],
  ] as const)('%j is on the %s', (mark, area) => {
    expect(bodyAreaOf(mark)).toBe(area);
  });
});
