import { useEffect, useRef, useState } from 'react';
import { useEnqueue } from '../sync/hooks';
import { useT } from '../ui/i18n';
import { NoteItem } from './NoteItem';
import type { NoteView } from './tableNotes';

/**
 * The round's notes, newest first. A deleted note leaves an undo row in its place, in the list's flow: it covers no
 * other note (a bar floating over the list hid the last one), and the eye and the keyboard stay where they were.
 */
export function NoteList({ notes, emptyText }: { notes: NoteView[]; emptyText: string }) {
  const t = useT();
  const enqueue = useEnqueue();
  const [deleted, setDeleted] = useState<{ id: string; at: number } | null>(null);
  // The deleted note's buttons are gone with it: keyboard focus goes to Undo instead of falling to the page.
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (deleted) undo.current?.focus();
  }, [deleted]);
  const undoRow = deleted && (
    <li key={`undo-${deleted.id}`} className="undo-bar">
      <span role="status">{t('host.deleted')}</span>
      <button
        ref={undo}
        type="button"
        className="btn btn-small"
        onClick={() => {
          void enqueue('note:restore', { noteId: deleted.id });
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
    </li>
  );
  if (notes.length === 0 && !undoRow) return <p className="empty">{emptyText}</p>;
  const at = deleted ? Math.min(deleted.at, notes.length) : -1;
  const items = notes.map((n) => (
    <NoteItem key={n.id} note={n} onDeleted={(id) => setDeleted({ id, at: notes.findIndex((x) => x.id === id) })} />
  ));
  return (
    <ul className="notes" aria-label={t('host.notes')}>
      {items.slice(0, at < 0 ? items.length : at)}
      {undoRow}
      {at >= 0 && items.slice(at)}
    </ul>
  );
}
