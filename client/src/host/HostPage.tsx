import { useMemo } from 'react';
import { tokenFromLocation } from '../sync/identity';
import { useWorkshop } from '../sync/workshopStore';
import { useT } from '../ui/i18n';
import { Gate, PageShell } from '../ui/PageShell';
import { SegmentHeader } from '../ui/SegmentHeader';
import { useConnection } from '../ui/useConnection';
import { useTimeline } from '../ui/useTimeline';

/** The table host's tablet. */
export default function HostPage() {
  const t = useT();
  const token = useMemo(tokenFromLocation, []);
  useConnection(token ? { kind: 'token', token } : null);
  const table = useWorkshop((s) => s.table);
  return (
    <PageShell role={t('host.title')} subtitle={table ? t('table.n', { n: table }) : undefined} className="host">
      {token ? (
        <Gate>
          <HostBody />
        </Gate>
      ) : (
        <p role="alert">{t('error.noToken')}</p>
      )}
    </PageShell>
  );
}

function HostBody() {
  const def = useWorkshop((s) => s.state.definition);
  const timeline = useTimeline();
  if (!def || !timeline) return null;
  return <SegmentHeader def={def} timeline={timeline} />;
}
