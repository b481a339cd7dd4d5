import { useT } from '../ui/i18n';
import { SyncPage } from '../sync/SyncPage';
import { PageShell } from '../ui/PageShell';
import { JoinForm } from './JoinForm';
import { ideaOutboxScope, Joined, useParticipantCredentials } from './Joined';

/** A participant's phone: /join to type the code, /join/<code>[?table=N] to take part. */
export default function ParticipantPage({ code }: { code: string | null }) {
  const t = useT();
  const credentials = useParticipantCredentials(code);
  return (
    <SyncPage credentials={credentials} outboxScope={ideaOutboxScope(credentials)}>
      <PageShell role={t('part.title')} className="participant">
        {code ? <Joined code={code} /> : <JoinForm />}
      </PageShell>
    </SyncPage>
  );
}
