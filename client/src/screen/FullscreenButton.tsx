import { useEffect, useState } from 'react';
import { useT } from '../ui/i18n';
import { unlockAudio } from './chime';

const IDLE_MS = 4000;

/**
 * Full screen, for whoever sets up the projector: shown while the mouse or keyboard is in use, gone in full screen
 * and after a few idle seconds, so the room sees only the workshop. The click also lets the chime play.
 */
export function FullscreenButton() {
  const t = useT();
  const [fullscreen, setFullscreen] = useState(() => document.fullscreenElement !== null);
  const [active, setActive] = useState(true);
  useEffect(() => {
    let timer = window.setTimeout(() => setActive(false), IDLE_MS * 2);
    const wake = (): void => {
      setActive(true);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setActive(false), IDLE_MS);
    };
    const onChange = (): void => setFullscreen(document.fullscreenElement !== null);
    const events = ['mousemove', 'pointerdown', 'keydown'] as const;
    events.forEach((e) => window.addEventListener(e, wake));
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      window.clearTimeout(timer);
      events.forEach((e) => window.removeEventListener(e, wake));
      document.removeEventListener('fullscreenchange', onChange);
    };
  }, []);
  useEffect(() => {
    document.body.classList.toggle('screen-idle', !active);
    return () => document.body.classList.remove('screen-idle');
  }, [active]);
  if (!document.fullscreenEnabled || fullscreen || !active) return null;
  return (
    <button
      type="button"
      className="btn screen-fullscreen"
      onClick={() => {
        unlockAudio();
        void document.documentElement.requestFullscreen().catch(() => undefined);
      }}
    >
      {t('plenary.fullscreen')}
    </button>
  );
}
