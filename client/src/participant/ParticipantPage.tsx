import { useMemo } from 'react';
import { normaliseJoinCode } from '@kafe/shared/joinCode';
import { participantKey } from '../sync/identity';
import { useWorkshop } from '../sync/workshopStore';
import { useT } from '../ui/i18n';
import { PageShell } from '../ui/PageShell';
import { SegmentHeader } from '../ui/SegmentHeader';
import { useConnection } from '../ui/useConnection';
import { useTimeline } from '../ui/useTimeline';
import { JoinForm } from './JoinForm';

/** A participant's phone: join by code, then follow the workshop. */
export default function ParticipantPage({ code }: { code: string | null }) {
  const t = useT();
  return (
    <PageShell role={t('part.title')} className="participant">
      {code ? <Joined code={normaliseJoinCode(code)} /> : <JoinForm />}
    </PageShell>
  );
}

function Joined({ code }: { code: string }) {
  const t = useT();
  const key = useMemo(participantKey, []);
  useConnection({ kind: 'participant', joinCode: code, participantKey: key });
  const fatal = useWorkshop((s) => s.fatal);
  const def = useWorkshop((s) => s.state.definition);
  const timeline = useTimeline();
  if (fatal) {
    const message = fatal.code === 'not_found' ? t('part.join.notFound', { code }) : fatal.code === 'forbidden' ? t('part.join.closed') : fatal.message;
    return <JoinForm initialError={message} />;
  }
  if (!def || !timeline) return <p className="notice" role="status">{t('common.loading')}</p>;
  return (
    <div className="participant-view">
      <SegmentHeader def={def} timeline={timeline} variant="compact" />
      {timeline.status === 'notStarted' && <p className="notice">{t('part.join.wait')}</p>}
    </div>
  );
}
