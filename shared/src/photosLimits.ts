// Plain constants, free of zod: the tablet's bundle reads them to compress a photo before it is queued.

/** The image formats a flip-chart photo may be stored in: what every browser can show and Word can embed. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

export const PHOTO_LIMITS = {
  /** The tablet scales a photo so that its longest side is at most this (a flip chart stays readable). */
  longestSide: 1600,
  /** What the tablet aims for; it lowers the quality until the photo fits. */
  targetBytes: 300_000,
  /**
   * The most the server stores for one photo. Well above the target (a PNG screenshot, a very busy chart), far below
   * what a phone's camera makes: an uncompressed original is refused, never stored.
   */
  maxBytes: 2_000_000,
  /** Decoded size the server accepts (20 megapixels): a small file that decodes to a huge bitmap is refused. */
  maxPixels: 20_000_000,
  /** Photos one table may keep per round (retakes replace, deleted ones do not count). */
  perTableRound: 12,
} as const;

/**
 * Commands that carry a file and so travel over HTTP (POST /api/workshops/:id/photos), never over the socket with
 * its 64 KB cap: the socket refuses them, so a photo event always has its bytes stored.
 */
export const HTTP_ONLY_COMMANDS: ReadonlySet<string> = new Set(['photo:add']);
