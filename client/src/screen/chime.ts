// A soft two-note chime made with WebAudio: no audio files to fetch, nothing from a third party.

let context: AudioContext | null = null;

function audio(): AudioContext | null {
  if (context) return context;
  try {
    context = new AudioContext();
  } catch {
    return null;
  }
  return context;
}

/**
 * Browsers start audio suspended until someone touches the page. The screen needs no touch, so we try at once, and
 * again at the first click or key (the fullscreen button, say): after that, chimes play.
 */
export function unlockAudio(): void {
  void audio()
    ?.resume()
    .catch(() => undefined);
}

/** Whether a chime would be heard now: false while the browser holds audio back (until a click), or has none. */
export function audioAllowed(): boolean {
  return audio()?.state === 'running';
}

/** Calls `listener` whenever the audio is let go or held back again; returns the unsubscribe. */
export function onAudioChange(listener: () => void): () => void {
  const ctx = audio();
  if (!ctx) return () => undefined;
  ctx.addEventListener('statechange', listener);
  return () => ctx.removeEventListener('statechange', listener);
}

function tone(ctx: AudioContext, frequency: number, at: number, volume: number): void {
  const osc = ctx.createOscillator();
  const gain = ctx.createGain();
  osc.type = 'sine';
  osc.frequency.value = frequency;
  // A quick swell and a long fade: a bell, not a beep.
  gain.gain.setValueAtTime(0.0001, at);
  gain.gain.exponentialRampToValueAtTime(volume, at + 0.03);
  gain.gain.exponentialRampToValueAtTime(0.0001, at + 1.6);
  osc.connect(gain).connect(ctx.destination);
  osc.start(at);
  osc.stop(at + 1.7);
}

export function playChime(): void {
  const ctx = audio();
  if (!ctx) return;
  const play = (): void => {
    const now = ctx.currentTime + 0.02;
    tone(ctx, 659.25, now, 0.14); // E5
    tone(ctx, 987.77, now + 0.22, 0.1); // B5
  };
  if (ctx.state === 'running') play();
  else void ctx.resume().then(play, () => undefined);
}
