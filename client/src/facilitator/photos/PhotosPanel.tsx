import { keptPhotos } from '@kafe/shared/photosState';
import { useWorkshop } from '../../sync/hooks';
import { useT } from '../../ui/i18n';
import { Panel } from '../../ui/Panel';
import { PhotoImage } from '../../ui/photos/PhotoImage';
import { useFacilitatorCommand } from '../useCommand';

/**
 * The tables' flip-chart photos, round by round and table by table: the facilitator sees what the paper says, can
 * put one on the projector for the wrap-up, and can delete one (a photo of a face, a wrong picture).
 */
export function PhotosPanel() {
  const t = useT();
  const photos = useWorkshop((s) => s.state.photos);
  const { run, busy, error } = useFacilitatorCommand();
  const kept = keptPhotos(photos).sort((a, b) => a.round - b.round || a.table - b.table || a.at - b.at);
  const rounds = [...new Set(kept.map((p) => p.round))];
  return (
    <Panel headingId="photos-h" title={t('photos.console.title')} wide testId="facilitator-photos">
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {kept.length === 0 && <p className="help">{t('photos.console.none')}</p>}
      {rounds.map((round) => (
        <section key={round} aria-labelledby={`photos-round-${round}`}>
          <h3 id={`photos-round-${round}`}>{t('round.n', { n: round })}</h3>
          <ul className="photo-list">
            {kept
              .filter((p) => p.round === round)
              .map((p) => {
                const caption = t('photos.alt', { table: p.table, round: p.round });
                const shown = photos.shownId === p.id;
                return (
                  <li key={p.id} className="photo-item" data-testid="facilitator-photo" data-table={p.table}>
                    <PhotoImage
                      photoId={p.id}
                      alt={caption}
                      width={p.width}
                      height={p.height}
                      className="photo-thumb"
                    />
                    <p className="photo-caption">
                      {t('table.n', { n: p.table })}
                      {shown && ` · ${t('photos.console.shown')}`}
                    </p>
                    <div className="photo-actions">
                      <button
                        type="button"
                        className="btn btn-small"
                        disabled={busy}
                        aria-pressed={shown}
                        onClick={() => void run('photo:show', { photoId: shown ? null : p.id })}
                      >
                        {shown ? t('photos.console.hide') : t('photos.console.show')}
                      </button>
                      <button
                        type="button"
                        className="btn btn-small btn-danger"
                        disabled={busy}
                        aria-label={`${t('photos.delete')}: ${caption}`}
                        onClick={() => void run('photo:remove', { photoId: p.id })}
                      >
                        {t('photos.delete')}
                      </button>
                    </div>
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </Panel>
  );
}
