import { useMemo } from 'react';
import { tokenFromLocation } from '../../sync/identity';
import { useWorkshop } from '../../sync/hooks';
import { SyncPage } from '../../sync/SyncPage';
import { useT } from '../../ui/i18n';
import { Gate } from '../../ui/PageShell';
import { QrCode } from '../../ui/QrCode';

/** One A5 card per table host: table number and the QR code of the host's tablet link. Prints two to an A4 page. */
export default function HostCardsPage() {
  const token = useMemo(() => tokenFromLocation(), []);
  return (
    <SyncPage credentials={token ? { kind: 'token', token } : null}>
      <HostCards hasToken={token !== null} />
    </SyncPage>
  );
}

function HostCards({ hasToken }: { hasToken: boolean }) {
  const t = useT();
  const links = useWorkshop((s) => s.links);
  const title = useWorkshop((s) => s.state.definition?.title);
  return (
    <main className="cards-page table-cards table-cards-a5" id="main">
      <div className="no-print cards-toolbar">
        <h1>{t('fac.links.printHosts')}</h1>
        <button type="button" className="btn btn-primary" onClick={() => window.print()}>
          {t('common.print')}
        </button>
      </div>
      {!hasToken ? (
        <p role="alert">{t('error.noToken')}</p>
      ) : (
        <Gate>
          {/* Same print layout as the table cards: two A5 cards to an A4 sheet, no blank last page. */}
          <div className="table-cards-sheet">
            {links?.hosts.map((h) => (
              <section key={h.table} className="print-card table-card-print">
                <p className="print-card-title">{title}</p>
                <h2 className="print-card-table">{t('fac.hostCard.title', { n: h.table })}</h2>
                <QrCode value={h.url} label={t('fac.hostCard.title', { n: h.table })} size={260} />
                <p>{t('fac.hostCard.scan')}</p>
              </section>
            ))}
          </div>
        </Gate>
      )}
    </main>
  );
}
