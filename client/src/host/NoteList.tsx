import { useEffect, useRef, useState } from 'react';
import { useEnqueue } from '../sync/hooks';
import { useT } from '../ui/i18n';
import { NoteItem } from './NoteItem';
import type { NoteView } from './tableNotes';

/** The round's notes, newest first, with an undo bar for the last deletion. */
export function NoteList({ notes, emptyText }: { notes: NoteView[]; emptyText: string }) {
  const t = useT();
  const enqueue = useEnqueue();
  const [deleted, setDeleted] = useState<string | null>(null);
  // The deleted note's buttons are gone with it: keyboard focus goes to Undo instead of falling to the page.
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (deleted) undo.current?.focus();
  }, [deleted]);
  return (
    <>
      {notes.length === 0 ? (
        <p className="empty">{emptyText}</p>
      ) : (
        <ul className="notes" aria-label={t('host.notes')}>
          {notes.map((n) => (
            <NoteItem key={n.id} note={n} onDeleted={setDeleted} />
          ))}
        </ul>
      )}
      {deleted && (
        <div className="undo-bar" role="status">
          <span>{t('host.deleted')}</span>
          <button
            ref={undo}
            type="button"
            className="btn btn-small"
            onClick={() => {
              void enqueue('note:restore', { noteId: deleted });
              setDeleted(null);
            }}
          >
            {t('common.undo')}
          </button>
          <button
            type="button"
            className="btn btn-small btn-quiet"
            onClick={() => setDeleted(null)}
            aria-label={t('common.close')}
          >
            ×
          </button>
        </div>
      )}
    </>
  );
}
