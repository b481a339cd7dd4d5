import { useMemo } from 'react';
import type { Timeline } from '@kafe/shared/timeline';
import { tokenFromLocation } from '../sync/identity';
import { useWorkshop } from '../sync/hooks';
import { SyncPage } from '../sync/SyncPage';
import { ConnectionStatus } from '../ui/ConnectionStatus';
import { useT } from '../ui/i18n';
import { Gate } from '../ui/PageShell';
import { useTimeline } from '../ui/useTimeline';
import { FullscreenButton } from './FullscreenButton';
import { ScreenStage } from './ScreenStage';
import { SoundButton } from './SoundButton';
import { usePhaseChime } from './usePhaseChime';

/**
 * The projector: phase-driven, no scrolling, no mouse needed once open. `?preview` is the console's miniature of it:
 * no chime (the laptop may be on the room's speakers) and no buttons.
 */
export default function ScreenPage() {
  const t = useT();
  const token = useMemo(() => tokenFromLocation(), []);
  const preview = useMemo(() => new URLSearchParams(window.location.search).has('preview'), []);
  return (
    <SyncPage credentials={token ? { kind: 'token', token } : null}>
      <main className="screen" id="main">
        {token ? (
          <Gate>
            <Stage preview={preview} />
          </Gate>
        ) : (
          <p role="alert">{t('error.noToken')}</p>
        )}
        {!preview && (
          <div className="screen-status">
            <Sound />
            <FullscreenButton />
            <ConnectionStatus />
          </div>
        )}
      </main>
    </SyncPage>
  );
}

function Stage({ preview }: { preview: boolean }) {
  const def = useWorkshop((s) => s.state.definition);
  const timeline = useTimeline();
  const chime = useWorkshop((s) => s.state.definition?.settings.chime ?? true);
  if (!def || !timeline) return null;
  return (
    <>
      {!preview && <Chime timeline={timeline} enabled={chime} />}
      <ScreenStage def={def} timeline={timeline} />
    </>
  );
}

/** "Turn on sound" while the browser holds the chime back, unless the facilitator switched the chime off. */
function Sound() {
  const chime = useWorkshop((s) => s.state.definition?.settings.chime ?? false);
  return chime ? <SoundButton /> : null;
}

function Chime({ timeline, enabled }: { timeline: Timeline; enabled: boolean }) {
  usePhaseChime(timeline, enabled);
  return null;
}
