import { PHOTO_LIMITS, type PhotoType } from './photosLimits.js';

/** What a file really is, read from its bytes: the name and the stated MIME type prove nothing. */
export interface ImageFacts {
  mime: PhotoType;
  width: number;
  height: number;
}

export type ImageCheck = { ok: true; image: ImageFacts } | { ok: false; reason: ImageRefusal };

/** Why a file is not a photo we store; each has a text in every language (host.photos.refused.*). */
export type ImageRefusal = 'notImage' | 'incomplete' | 'tooManyPixels' | 'tooLarge';

const refuse = (reason: ImageRefusal): ImageCheck => ({ ok: false, reason });

/**
 * Checks that `bytes` is a whole JPEG, PNG or WebP file and reads its dimensions, without decoding the pixels: the
 * structure is walked from the first byte to the end marker, so a truncated upload, a file that only starts like an
 * image, or one whose header promises a 20,000 × 20,000 bitmap is refused. Pure and small on purpose: it runs on the
 * server for every upload and on the tablet before it decodes a file (a browser decoding 400 megapixels can crash the
 * tab). The tablet's decode (createImageBitmap) proves the pixels themselves; this proves the file's shape.
 *
 * `camera`: a file straight from a camera, checked on the tablet. Some phones append data after a JPEG's end (a
 * "motion photo" video): there the end-of-image marker must follow the scan, not end the file. The server is strict,
 * as it only receives the tablet's own re-encoded JPEGs.
 */
export function inspectImage(bytes: Uint8Array, maxBytes: number = PHOTO_LIMITS.maxBytes, camera = false): ImageCheck {
  if (bytes.length > maxBytes) return refuse('tooLarge');
  const facts = readHeader(bytes, true, camera);
  if (facts === 'notImage' || facts === 'incomplete') return refuse(facts);
  if (facts.width < 1 || facts.height < 1) return refuse('notImage');
  if (facts.width * facts.height > PHOTO_LIMITS.maxPixels) return refuse('tooManyPixels');
  return { ok: true, image: facts };
}

/** The dimensions alone, from the start of a file (enough bytes for its header): the tablet's check before decoding. */
export function dimensionsOf(bytes: Uint8Array): ImageFacts | null {
  const facts = readHeader(bytes, false);
  return typeof facts === 'string' ? null : facts;
}

function readHeader(b: Uint8Array, whole = true, camera = false): ImageFacts | 'notImage' | 'incomplete' {
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return readJpeg(b, whole, camera);
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return readPng(b, whole);
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return readWebp(b, whole);
  return 'notImage';
}

const u16 = (b: Uint8Array, i: number): number => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const u32 = (b: Uint8Array, i: number): number => u16(b, i) * 0x10000 + u16(b, i + 2);
const le16 = (b: Uint8Array, i: number): number => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const le24 = (b: Uint8Array, i: number): number => le16(b, i) | ((b[i + 2] ?? 0) << 16);
const le32 = (b: Uint8Array, i: number): number => le16(b, i) + le16(b, i + 2) * 0x10000;
const startsWith = (b: Uint8Array, sig: number[]): boolean => sig.every((v, i) => b[i] === v);
const ascii = (b: Uint8Array, at: number, n: number): string => String.fromCharCode(...b.subarray(at, at + n));

/** Start-of-frame markers (baseline, progressive, …), which carry the dimensions; C4, C8 and CC are not frames. */
const isSof = (m: number): boolean => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

/**
 * A JPEG: marker segments up to the frame (SOF) and the scan (SOS), then entropy-coded data that must end with the
 * end-of-image marker (FFD9). Trailing zero padding is tolerated; a file cut short is not.
 */
function readJpeg(b: Uint8Array, whole: boolean, camera: boolean): ImageFacts | 'notImage' | 'incomplete' {
  let i = 2;
  let frame: ImageFacts | null = null;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return 'notImage';
    const marker = b[i + 1] ?? 0;
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    if (marker === 0xd9) return 'notImage'; // an end before any scan
    if (marker >= 0xd0 && marker <= 0xd7) return 'notImage';
    const length = u16(b, i + 2);
    if (length < 2) return 'notImage';
    if (isSof(marker)) {
      if (i + 9 > b.length) return 'incomplete';
      frame = { mime: 'image/jpeg', height: u16(b, i + 5), width: u16(b, i + 7) };
      if (!whole) return frame;
    }
    if (marker === 0xda) {
      if (!frame) return 'notImage';
      const scan = i + 2 + length;
      return (camera ? hasEoi(b, scan) : endsWithEoi(b, scan)) ? frame : 'incomplete';
    }
    i += 2 + length;
  }
  return frame && !whole ? frame : 'incomplete';
}

function endsWithEoi(b: Uint8Array, scanStart: number): boolean {
  let end = b.length;
  while (end > scanStart && b[end - 1] === 0x00) end--;
  return end - 2 >= scanStart && b[end - 2] === 0xff && b[end - 1] === 0xd9;
}

/** In entropy-coded data a 0xFF is always followed by 0x00 or a restart marker, so FFD9 there is the real end. */
function hasEoi(b: Uint8Array, scanStart: number): boolean {
  for (let i = scanStart; i + 1 < b.length; i++) if (b[i] === 0xff && b[i + 1] === 0xd9) return true;
  return false;
}

/** A PNG: IHDR first (the dimensions), then chunks whose lengths lead exactly to IEND. */
function readPng(b: Uint8Array, whole: boolean): ImageFacts | 'notImage' | 'incomplete' {
  if (b.length < 24) return 'incomplete';
  if (ascii(b, 12, 4) !== 'IHDR') return 'notImage';
  const facts: ImageFacts = { mime: 'image/png', width: u32(b, 16), height: u32(b, 20) };
  if (!whole) return facts;
  let i = 8;
  let sawData = false;
  while (i + 12 <= b.length) {
    const length = u32(b, i);
    const type = ascii(b, i + 4, 4);
    if (type === 'IDAT') sawData = true;
    if (type === 'IEND') return sawData ? facts : 'incomplete';
    i += 12 + length;
  }
  return 'incomplete';
}

/** A WebP: a RIFF container whose stated size is exactly the file's, with a VP8, VP8L or VP8X first chunk. */
function readWebp(b: Uint8Array, whole: boolean): ImageFacts | 'notImage' | 'incomplete' {
  if (b.length < 30) return 'incomplete';
  if (whole && le32(b, 4) + 8 !== b.length) return 'incomplete';
  const chunk = ascii(b, 12, 4);
  const mime = 'image/webp';
  if (chunk === 'VP8X') return { mime, width: le24(b, 24) + 1, height: le24(b, 27) + 1 };
  if (chunk === 'VP8L') {
    if (b[20] !== 0x2f) return 'notImage';
    const bits = le32(b, 21);
    return { mime, width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8 ') {
    if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return 'notImage';
    return { mime, width: le16(b, 26) & 0x3fff, height: le16(b, 28) & 0x3fff };
  }
  return 'notImage';
}
