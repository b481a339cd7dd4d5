import { summaryKey } from '@kafe/shared/reducer';
import { photosOf } from '@kafe/shared/photosState';
import { useOptimisticView } from '../sync/hooks';
import { useT } from '../ui/i18n';
import { PhotoImage } from '../ui/photos/PhotoImage';
import type { NoteView } from './tableNotes';

/**
 * For the incoming group after a rotation: what the earlier rounds at this table found (summaries, starred insights
 * and the flip chart's photo), so the host can brief them quickly and leave the time for their own conversation.
 * In the plenary no group comes: the same card holds every round, for a host asked to share the table's main points.
 */
export function RecapCard({
  table,
  upToRound,
  notes,
  summaries,
  open,
  plenary = false,
}: {
  table: number;
  upToRound: number;
  notes: NoteView[];
  summaries: Record<string, string>;
  open: boolean;
  /** The wrap-up: the card speaks of the plenary, not of a new group. */
  plenary?: boolean;
}) {
  const t = useT();
  const photos = useOptimisticView().state.photos;
  const rounds = Array.from({ length: Math.max(0, upToRound) }, (_, i) => i + 1);
  const content = rounds
    .map((round) => ({
      round,
      summary: summaries[summaryKey(table, round)]?.trim() ?? '',
      stars: notes.filter((n) => n.round === round && n.starred && !n.deleted),
      photos: photosOf(photos, table, round),
    }))
    .filter((r) => r.summary || r.stars.length > 0 || r.photos.length > 0);
  return (
    <details className="recap" open={open} data-testid="recap-card">
      <summary>{t(plenary ? 'host.recap.plenaryTitle' : 'host.recap.title')}</summary>
      <p className="help">{t(plenary ? 'host.recap.plenaryLead' : 'host.recap.lead')}</p>
      {content.length === 0 ? (
        <p>{t(plenary ? 'host.recap.emptyPlenary' : 'host.recap.empty')}</p>
      ) : (
        content.map((r) => (
          <section key={r.round} className="recap-round">
            <h3>{t('host.recap.round', { n: r.round })}</h3>
            {r.summary && <p className="summary-text">{r.summary}</p>}
            {r.stars.length > 0 && (
              <>
                <h4>{t('host.recap.stars')}</h4>
                <ul>
                  {r.stars.map((n) => (
                    <li key={n.id}>★ {n.text}</li>
                  ))}
                </ul>
              </>
            )}
            {r.photos.length > 0 && (
              <div className="recap-photos" data-testid="recap-photos">
                {r.photos.map((p) => (
                  <PhotoImage
                    key={p.id}
                    photoId={p.id}
                    alt={t('photos.alt', { table, round: r.round })}
                    width={p.width}
                    height={p.height}
                    className="photo-thumb"
                  />
                ))}
              </div>
            )}
          </section>
        ))
      )}
    </details>
  );
}
