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
              <section
                key={h.table}
                className="print-card table-card-print host-card"
                aria-labelledby={`host-card-${h.table}`}
                data-testid="host-card"
                data-table={h.table}
              >
                <p className="print-card-title">{title}</p>
                {/* The number is what the host looks for on a pile of cards: big, with the role small above it. */}
                <h2 id={`host-card-${h.table}`} className="host-card-heading">
                  <span className="host-card-role">{t('fac.hostCard.role')}</span>{' '}
                  <span className="host-card-table">{t('table.n', { n: h.table })}</span>
                </h2>
                <QrCode value={h.url} label={t('fac.hostCard.title', { n: h.table })} size={260} />
                <p>{t('fac.hostCard.scan')}</p>
                {/* A tablet whose camera cannot scan still gets in: the link, small, breaking anywhere (it is a link). */}
                <p className="host-card-fallback">
                  {t('fac.hostCard.orType')} <span className="host-card-link">{h.url}</span>
                </p>
              </section>
            ))}
          </div>
        </Gate>
      )}
    </main>
  );
}
