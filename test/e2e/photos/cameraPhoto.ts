// A realistic 12-megapixel camera photo of a flip chart, made in the browser: off-white paper with a little light
// falloff, marker strokes and words, and sensor noise. Random noise alone would compress like nothing a camera makes;
// this lands where a phone's 12 MP JPEG does (a few MB).
import type { Page } from 'playwright-core';

export const CAMERA = { width: 4032, height: 3024 };

/** The photo as a JPEG, encoded by the page's Chromium at quality 0.92 (a phone camera's usual setting). */
export async function cameraPhoto(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async ({ width, height }) => {
    const canvas = new OffscreenCanvas(width, height);
    const g = canvas.getContext('2d');
    if (!g) throw new Error('no canvas');
    const light = g.createRadialGradient(width / 2, height / 2, height / 4, width / 2, height / 2, width * 0.7);
    light.addColorStop(0, '#f6f4ee');
    light.addColorStop(1, '#c9c4b8');
    g.fillStyle = light;
    g.fillRect(0, 0, width, height);
    let seed = 7;
    const rand = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const inks = ['#1d3f8a', '#b3261e', '#1b6b3a', '#222'];
    g.lineCap = 'round';
    for (let line = 0; line < 18; line++) {
      g.fillStyle = inks[line % inks.length] ?? '#222';
      g.font = `${90 + Math.floor(rand() * 50)}px sans-serif`;
      g.fillText(
        ['Tillit', 'Mer tid til brukerne', 'Handlingsrom', 'Samarbeid på tvers'][line % 4] ?? '',
        250 + rand() * 300,
        260 + line * 150,
      );
      g.strokeStyle = g.fillStyle;
      g.lineWidth = 8 + rand() * 6;
      g.beginPath();
      g.moveTo(2300 + rand() * 200, 250 + line * 150);
      for (let k = 0; k < 8; k++) g.lineTo(2300 + k * 180 + rand() * 90, 230 + line * 150 + rand() * 80);
      g.stroke();
    }
    const image = g.getImageData(0, 0, width, height);
    const px = image.data;
    for (let i = 0; i < px.length; i += 4) {
      const n = (rand() - 0.5) * 26;
      px[i] = (px[i] ?? 0) + n;
      px[i + 1] = (px[i + 1] ?? 0) + n;
      px[i + 2] = (px[i + 2] ?? 0) + n;
    }
    g.putImageData(image, 0, 0);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  }, CAMERA);
  return Buffer.from(base64, 'base64');
}
