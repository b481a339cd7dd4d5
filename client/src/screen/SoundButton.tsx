import { useSyncExternalStore } from 'react';
import { useT } from '../ui/i18n';
import { audioAllowed, onAudioChange, unlockAudio } from './chime';

/**
 * Browsers keep a page silent until someone clicks it, so the projector's chime would not sound after opening the
 * link. This small button says so, and its click lets the sound play; it goes away once audio is allowed.
 */
export function SoundButton() {
  const t = useT();
  const allowed = useSyncExternalStore(onAudioChange, audioAllowed);
  if (allowed) return null;
  return (
    <button type="button" className="btn screen-sound" title={t('plenary.sound.help')} onClick={unlockAudio}>
      {t('plenary.sound.on')}
    </button>
  );
}
