import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import type { FileInspector } from '../core/ports/file-inspector.js';

const PREVIEW_PX = 480;

/** Signatures by `file-type`; previews by `sharp`, re-encoded from decoded pixels so nothing of the original file passes through. */
export function createFileInspector(): FileInspector {
  return {
    headBytes: 64 * 1024,
    async sniff(head) {
      const t = await fileTypeFromBuffer(head);
      return t && { ext: t.ext, mime: t.mime };
    },
    async preview(image) {
      try {
        return await sharp(image, { limitInputPixels: 100_000_000 })
          .rotate()
          .resize(PREVIEW_PX, PREVIEW_PX, { fit: 'inside', withoutEnlargement: true })
          .png()
          .toBuffer();
      } catch {
        return undefined; // e.g. HEIC where this libvips has no decoder: the page says "no preview"
      }
    },
  };
}
