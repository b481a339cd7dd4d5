/**
 * This device's estimate of server time. The offset comes from clockSync.ts; countdowns read serverNow() so every
 * screen in the room flips its seconds together. performance.now() is monotonic, so wall-clock jumps on the device
 * (NTP, the user changing the time) do not move the countdown.
 */
let offsetMs = 0;
const listeners = new Set<() => void>();

export const clientNow = (): number => performance.timeOrigin + performance.now();
export const serverNow = (): number => clientNow() + offsetMs;

export function setClockOffset(ms: number): void {
  offsetMs = ms;
  listeners.forEach((l) => l());
}

/** Called whenever the offset changes, so countdowns can re-align at once. */
export function onClockOffset(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
