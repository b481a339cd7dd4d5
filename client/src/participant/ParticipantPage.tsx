import { useT } from '../ui/i18n';
import { PageShell } from '../ui/PageShell';
import { JoinForm } from './JoinForm';
import { Joined } from './Joined';

/** A participant's phone: /join to type the code, /join/<code>[?table=N] to take part. */
export default function ParticipantPage({ code }: { code: string | null }) {
  const t = useT();
  return (
    <PageShell role={t('part.title')} className="participant">
      {code ? <Joined code={code} /> : <JoinForm />}
    </PageShell>
  );
}
