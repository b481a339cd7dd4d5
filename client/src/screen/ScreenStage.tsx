import type { WorkshopDefinition } from '@kafe/shared/agenda';
import type { Timeline } from '@kafe/shared/timeline';
import { MessageBanner } from '../ui/MessageBanner';
import { ScreenPhase } from './ScreenPhase';
import { ScreenPhoto } from './ScreenPhoto';
import { Spotlight } from './Spotlight';
import './screen.css';

/**
 * What the projector shows: the phase, with what goes over any phase (the facilitator's messages, the spotlight).
 * The screen page renders it full size; the facilitator's console renders the same component as a live miniature.
 */
export function ScreenStage({ def, timeline }: { def: WorkshopDefinition; timeline: Timeline }) {
  return (
    <>
      <MessageBanner variant="screen" />
      <ScreenPhase def={def} timeline={timeline} />
      <Spotlight />
      <ScreenPhoto />
    </>
  );
}
