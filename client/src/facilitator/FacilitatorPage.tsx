import { useMemo } from 'react';
import { tokenFromLocation } from '../sync/identity';
import { SyncPage } from '../sync/SyncPage';
import { useT } from '../ui/i18n';
import { Gate, PageShell } from '../ui/PageShell';
import { Console } from './Console';

/** The facilitator's console on a laptop: the clock, the plan against reality, the tables, the plenary, the links. */
export default function FacilitatorPage() {
  const t = useT();
  const token = useMemo(() => tokenFromLocation(), []);
  return (
    <SyncPage credentials={token ? { kind: 'token', token } : null}>
      <PageShell role={t('fac.title')} className="facilitator" titleInHeader>
        {token ? (
          <Gate>
            <Console token={token} />
          </Gate>
        ) : (
          <p role="alert">{t('error.noToken')}</p>
        )}
      </PageShell>
    </SyncPage>
  );
}
