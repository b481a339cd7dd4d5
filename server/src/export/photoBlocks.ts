import { ImageRun, Paragraph, type FileChild } from 'docx';
import type { Block } from '@kafe/shared/harvest/document/layout';
import { runs } from './docxRuns.js';

type ImageBlock = Extract<Block, { kind: 'image' }>;

/** Photo bytes by photo id, fetched by the export route (the report itself holds only the photos' facts). */
export type PhotoBytes = ReadonlyMap<string, Uint8Array>;

const MAX_WIDTH_PX = 600; // about 16 cm at Word's 96 px to the inch: the A4 text width
const MAX_HEIGHT_PX = 760;

/** A photo's size on the page: as large as the text width allows, never taller than most of a page. */
function fitted(b: ImageBlock): { width: number; height: number } {
  const scale = Math.min(1, MAX_WIDTH_PX / b.width, MAX_HEIGHT_PX / b.height);
  return { width: Math.round(b.width * scale), height: Math.round(b.height * scale) };
}

const DOCX_TYPE: Partial<Record<string, 'jpg' | 'png'>> = { 'image/jpeg': 'jpg', 'image/png': 'png' };

/** A photo in Word: the picture (alt text = its caption), then its caption in italics, kept together. */
export function docxPhoto(b: ImageBlock, photos: PhotoBytes | undefined): FileChild[] {
  const data = photos?.get(b.photoId);
  const type = DOCX_TYPE[b.mime];
  const caption = new Paragraph({
    children: runs(b.caption, { italics: true }),
    spacing: { after: 240 },
  });
  // Word embeds JPEG and PNG; a WebP (not made by our tablets) or a missing file keeps its caption.
  if (!data || !type) return [caption];
  const picture = new ImageRun({
    type,
    data,
    transformation: fitted(b),
    altText: { name: b.caption, description: b.caption, title: b.caption },
  });
  return [new Paragraph({ children: [picture], keepNext: true }), caption];
}

/** A photo in the print page: inline as a data URI, so the saved page stays self-contained. */
export function htmlPhoto(b: ImageBlock, photos: PhotoBytes | undefined, escape: (s: string) => string): string {
  const data = photos?.get(b.photoId);
  const caption = `<figcaption>${escape(b.caption)}</figcaption>`;
  if (!data) return `<figure class="photo">${caption}</figure>`;
  const { width, height } = fitted(b);
  const src = `data:${b.mime};base64,${Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64')}`;
  return `<figure class="photo"><img src="${src}" alt="${escape(b.caption)}" width="${width}" height="${height}">${caption}</figure>`;
}
