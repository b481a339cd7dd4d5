import { useMemo, useState } from 'react';
import { tokenFromLocation } from '../../sync/identity';
import { useWorkshop } from '../../sync/hooks';
import { SyncPage } from '../../sync/SyncPage';
import { useT } from '../../ui/i18n';
import { Gate } from '../../ui/PageShell';
import { joinLinkOf } from '../../ui/joinLink';
import { QrCode } from '../../ui/QrCode';

type Format = 'a5' | 'a4';

/**
 * One printable card per table for free seating: the table number, a QR code of PUBLIC_URL/join/<code>?table=N (scanning
 * it seats the phone at that table), the code for typing, and the day's questions. A5 prints two to an A4 sheet.
 */
export default function TableCardsPage() {
  const token = useMemo(() => tokenFromLocation(), []);
  return (
    <SyncPage credentials={token ? { kind: 'token', token } : null}>
      <TableCards hasToken={token !== null} />
    </SyncPage>
  );
}

function TableCards({ hasToken }: { hasToken: boolean }) {
  const t = useT();
  const [format, setFormat] = useState<Format>('a5');
  return (
    <main className={`cards-page table-cards table-cards-${format}`} id="main">
      <div className="no-print cards-toolbar">
        <h1>{t('participant.cards.title')}</h1>
        <div className="btn-row">
          <label className="field-inline">
            <span>{t('participant.cards.format')}</span>
            <select value={format} onChange={(e) => setFormat(e.target.value === 'a4' ? 'a4' : 'a5')}>
              <option value="a5">{t('participant.cards.a5')}</option>
              <option value="a4">{t('participant.cards.a4')}</option>
            </select>
          </label>
          <button type="button" className="btn btn-primary" onClick={() => window.print()}>
            {t('common.print')}
          </button>
        </div>
      </div>
      {!hasToken ? (
        <p role="alert">{t('error.noToken')}</p>
      ) : (
        <Gate>
          <Cards />
        </Gate>
      )}
    </main>
  );
}

function Cards() {
  const t = useT();
  const def = useWorkshop((s) => s.state.definition);
  const joinUrl = useWorkshop((s) => s.joinUrl);
  const joinCode = useWorkshop((s) => s.joinCode);
  if (!def || !joinUrl || !joinCode) return null;
  const base = joinUrl.replace(/\/join\/.*$/, '/join');
  // A wrapper of their own, so the cards alternate odd/even from the first: two A5 cards per A4 sheet.
  return (
    <div className="table-cards-sheet">
      {Array.from({ length: def.tables }, (_, i) => i + 1).map((n) => (
        <section key={n} className="print-card table-card-print" aria-labelledby={`table-card-${n}`}>
          <p className="print-card-title">{def.title}</p>
          <h2 id={`table-card-${n}`} className="print-card-table">
            {t('table.n', { n })}
          </h2>
          <div data-testid="table-card-qr" data-table={n}>
            <QrCode
              value={joinLinkOf(joinUrl, def.language, n)}
              label={t('participant.cards.qrLabel', { n })}
              size={220}
            />
          </div>
          <p className="table-card-scan">{t('participant.cards.scan')}</p>
          <p className="help">{t('participant.cards.orCode', { url: base, code: joinCode })}</p>
          <h3 className="table-card-questions-title">{t('participant.cards.questions')}</h3>
          <ol className="table-card-questions">
            {def.questions.map((q) => (
              <li key={q.id}>{q.text}</li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
