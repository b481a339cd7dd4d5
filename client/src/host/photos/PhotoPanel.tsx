import { useRef, useState } from 'react';
import { photosOf } from '@kafe/shared/photosState';
import { useEnqueue, useOptimisticView, useOutbox, useSync } from '../../sync/hooks';
import { uuid } from '../../sync/uuid';
import { PHOTO_LIMITS } from '@kafe/shared/photosLimits';
import { useT } from '../../ui/i18n';
import { compressPhoto, type PhotoRefusal } from './compressPhoto';
import { PhotoItem } from './PhotoItem';

/**
 * The table's flip-chart photos of this round: take one with the tablet's camera (a file input, which on a tablet
 * opens the rear camera), retake or delete it. A photo is made small on the tablet first, then waits in the same
 * durable outbox as the notes, so it survives a reload and is sent once when the network is there.
 */
export function PhotoPanel({ table, round }: { table: number; round: number }) {
  const t = useT();
  const enqueue = useEnqueue();
  const view = useOptimisticView();
  const entries = useOutbox((s) => s.entries);
  const sync = useSync();
  // A photo the server refused for good (not an image after all, too large): the outbox dropped it, so say so here.
  const refused = useOutbox((s) => (s.rejected?.entry.name === 'photo:add' ? s.rejected.error : null));
  const input = useRef<HTMLInputElement>(null);
  const replacing = useRef<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<PhotoRefusal | 'saveFailed' | null>(null);
  const photos = photosOf(view.state.photos, table, round);
  const waiting = new Map<string, Blob>();
  for (const e of entries) {
    if (e.name === 'photo:add' && e.file instanceof Blob) waiting.set(e.payload.photoId, e.file);
  }

  const take = async (file: File): Promise<void> => {
    setBusy(true);
    setProblem(null);
    if (refused) sync?.dismissRejected();
    try {
      const result = await compressPhoto(file);
      if (!result.ok) {
        setProblem(result.reason);
        return;
      }
      const { blob, width, height } = result.photo;
      const old = replacing.current;
      if (old) await enqueue('photo:remove', { photoId: old });
      await enqueue('photo:add', { photoId: uuid(), round, mime: 'image/jpeg', width, height, bytes: blob.size }, blob);
    } catch {
      setProblem('saveFailed');
    } finally {
      replacing.current = null;
      setBusy(false);
    }
  };

  const pick = (photoId: string | null): void => {
    replacing.current = photoId;
    input.current?.click();
  };

  return (
    <section className="photos" aria-labelledby="photos-title">
      <h2 id="photos-title">{t('photos.title')}</h2>
      <p className="help">{t('photos.help')}</p>
      {/* A new photo replaces nothing, even after a retake whose camera was cancelled (no change event cleared it). */}
      <label
        className="btn photo-take"
        onClick={(e) => {
          // Only a tap on the label itself: a retake's own input.click() reaches here too, from the input.
          if (e.target === e.currentTarget) replacing.current = null;
        }}
      >
        {t('photos.take')}
        <input
          ref={input}
          type="file"
          accept="image/*"
          capture="environment"
          data-testid="photo-input"
          className="visually-hidden"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void take(file);
          }}
        />
      </label>
      {busy && <p role="status">{t('photos.preparing')}</p>}
      {problem && (
        <p className="form-error" role="alert" data-testid="photo-refused">
          {t(problem === 'saveFailed' ? 'photos.saveFailed' : `photos.refused.${problem}`)}
        </p>
      )}
      {!problem && refused && (
        <p className="form-error" role="alert" data-testid="photo-refused">
          {/* The server's own words are English and for developers: the tablet says it in the page's language. */}
          {refused.code === 'conflict'
            ? t('photos.serverRefusedFull', { n: PHOTO_LIMITS.perTableRound })
            : t('photos.serverRefused')}
        </p>
      )}
      {photos.length === 0 ? (
        <p className="help">{t('photos.none')}</p>
      ) : (
        <ul className="photo-list">
          {photos.map((p) => (
            <PhotoItem
              key={p.id}
              photo={p}
              local={waiting.get(p.id)}
              onRetake={() => pick(p.id)}
              onDelete={() => void enqueue('photo:remove', { photoId: p.id }).catch(() => setProblem('saveFailed'))}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
