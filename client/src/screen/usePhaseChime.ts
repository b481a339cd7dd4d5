import { useEffect, useRef } from 'react';
import type { Timeline } from '@kafe/shared/timeline';
import { playChime, unlockAudio } from './chime';

/** What counts as a new phase: the start, every new block, the end. Pausing and resuming are not phases. */
function phaseOf(timeline: Timeline): string {
  if (timeline.status === 'notStarted' || timeline.status === 'finished') return timeline.status;
  return timeline.segment?.id ?? 'none';
}

/** Chimes when the phase changes (not when the page opens), unless the facilitator turned the chime off. */
export function usePhaseChime(timeline: Timeline, enabled: boolean): void {
  const phase = phaseOf(timeline);
  const previous = useRef(phase);
  useEffect(() => {
    const unlock = (): void => unlockAudio();
    window.addEventListener('pointerdown', unlock);
    window.addEventListener('keydown', unlock);
    return () => {
      window.removeEventListener('pointerdown', unlock);
      window.removeEventListener('keydown', unlock);
    };
  }, []);
  useEffect(() => {
    if (previous.current === phase) return;
    previous.current = phase;
    if (enabled) playChime();
  }, [phase, enabled]);
}
