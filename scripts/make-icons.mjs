// Draws the app's PNG icons (the favicon's clock, client/public/favicon.svg) into client/public/icons/, for the web
// app manifest and iOS's home screen. Run it after changing the design: `node scripts/make-icons.mjs`. The PNGs are
// committed, so a build needs no image tools and the app makes no third-party request for them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

const BRAND = [0x12, 0x34, 0x3b];
const ACCENT = [0xf4, 0xc9, 0x5d];
const out = new URL('../client/public/icons/', import.meta.url);

/** Distance from p to the segment a–b (a capsule's distance is this minus its half-width). */
function toSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** What covers the point (x, y) in the favicon's 32×32 space: 'glyph', 'ground' or nothing. */
function paint(x, y, rounded) {
  const glyph =
    Math.abs(Math.hypot(x - 16, y - 16) - 8) <= 1.5 ||
    toSegment(x, y, 16, 10, 16, 16) <= 1.25 ||
    toSegment(x, y, 16, 16, 20, 19) <= 1.25;
  if (glyph) return 'glyph';
  if (!rounded) return 'ground';
  const r = 6;
  const cx = Math.min(Math.max(x, r), 32 - r);
  const cy = Math.min(Math.max(y, r), 32 - r);
  return Math.hypot(x - cx, y - cy) <= r ? 'ground' : null;
}

function icon(size, { rounded }) {
  const png = new PNG({ width: size, height: size });
  const n = 4; // 4×4 samples a pixel: smooth edges
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let glyph = 0;
      let ground = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const hit = paint(((px + (sx + 0.5) / n) * 32) / size, ((py + (sy + 0.5) / n) * 32) / size, rounded);
          if (hit === 'glyph') glyph++;
          else if (hit === 'ground') ground++;
        }
      }
      const covered = glyph + ground;
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) {
        png.data[i + c] = covered ? Math.round((glyph * ACCENT[c] + ground * BRAND[c]) / covered) : 0;
      }
      png.data[i + 3] = Math.round((covered / (n * n)) * 255);
    }
  }
  return PNG.sync.write(png, { colorType: 6 });
}

mkdirSync(out, { recursive: true });
const files = {
  'icon-192.png': icon(192, { rounded: true }),
  'icon-512.png': icon(512, { rounded: true }),
  // Full bleed: the launcher cuts its own shape; the clock sits well inside the safe zone (radius 40%).
  'icon-maskable-512.png': icon(512, { rounded: false }),
  'apple-touch-icon.png': icon(180, { rounded: false }),
};
for (const [name, data] of Object.entries(files)) {
  writeFileSync(new URL(name, out), data);
  console.log(`${name}: ${data.length} bytes`);
}
