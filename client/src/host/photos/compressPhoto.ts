import { PHOTO_LIMITS } from '@kafe/shared/photosLimits';
import { inspectImage, type ImageRefusal } from '@kafe/shared/photosImage';

/** The most a tablet reads of a picked file: a 50-megapixel camera's JPEG is well under this; a video is not. */
export const MAX_INPUT_BYTES = 40_000_000;

/** Why a picked file became no photo (texts: host.photos.refused.*). */
export type PhotoRefusal = ImageRefusal | 'undecodable';

export interface CompressedPhoto {
  blob: Blob;
  width: number;
  height: number;
  /** The picked file's size, for the record. */
  originalBytes: number;
}

export type Compressed = { ok: true; photo: CompressedPhoto } | { ok: false; reason: PhotoRefusal };

const QUALITIES = [0.82, 0.72, 0.62, 0.52, 0.45];

/**
 * A camera photo made fit to queue: checked (a whole JPEG, PNG or WebP within 20 megapixels, by its bytes, before any
 * decoding), decoded upright (EXIF orientation applied), scaled so its longest side is at most 1600 px, and encoded
 * again as JPEG at the highest quality that fits ~300 KB. Encoding anew from pixels leaves the EXIF data (GPS position,
 * camera serial, time) behind. Runs before the photo is stored on the tablet, so the outbox only ever holds the small
 * version.
 */
export async function compressPhoto(file: Blob): Promise<Compressed> {
  if (file.size > MAX_INPUT_BYTES) return { ok: false, reason: 'tooLarge' };
  const check = inspectImage(new Uint8Array(await file.arrayBuffer()), MAX_INPUT_BYTES, true);
  if (!check.ok) return { ok: false, reason: check.reason };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return { ok: false, reason: 'undecodable' };
  }
  try {
    let scale = Math.min(1, PHOTO_LIMITS.longestSide / Math.max(bitmap.width, bitmap.height));
    for (;;) {
      const width = Math.max(1, Math.round(bitmap.width * scale));
      const height = Math.max(1, Math.round(bitmap.height * scale));
      const canvas = drawScaled(bitmap, width, height);
      for (const quality of QUALITIES) {
        const blob = await encodeJpeg(canvas, quality);
        if (blob.size <= PHOTO_LIMITS.targetBytes || (quality === QUALITIES.at(-1) && scale < 0.2)) {
          return { ok: true, photo: { blob, width, height, originalBytes: file.size } };
        }
      }
      // Even the lowest quality is too big (a very busy chart): a smaller picture rather than a blurrier one.
      scale *= 0.8;
    }
  } finally {
    bitmap.close();
  }
}

type Canvas = OffscreenCanvas | HTMLCanvasElement;

function drawScaled(bitmap: ImageBitmap, width: number, height: number): Canvas {
  const canvas: Canvas =
    typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(width, height) : document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx || !('drawImage' in ctx)) throw new Error('no 2D canvas');
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  // White under the picture: a transparent PNG would otherwise turn black as a JPEG.
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(bitmap, 0, 0, width, height);
  return canvas;
}

function encodeJpeg(canvas: Canvas, quality: number): Promise<Blob> {
  if ('convertToBlob' in canvas) return canvas.convertToBlob({ type: 'image/jpeg', quality });
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the photo could not be encoded'))), 'image/jpeg', quality),
  );
}
