import { useState } from 'react';
import { LIMITS } from '@kafe/shared/constants';
import { useEnqueue } from '../sync/hooks';
import { useT } from '../ui/i18n';
import type { NoteView } from './tableNotes';
import { CharCount, charsOver } from './CharCount';

/** One note: star it as an insight, edit it in place (Enter saves, Escape cancels), delete it (with undo). */
export function NoteItem({ note, onDeleted }: { note: NoteView; onDeleted: (noteId: string) => void }) {
  const t = useT();
  const enqueue = useEnqueue();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(note.text);
  const save = (): void => {
    const text = draft.trim();
    if (charsOver(text, LIMITS.noteChars) > 0) return; // too long: stay in the field, the count says why
    setEditing(false);
    if (text && text !== note.text) void enqueue('note:edit', { noteId: note.id, text });
  };
  return (
    <li
      className={`note ${note.starred ? 'is-starred' : ''} ${note.pending ? 'is-pending' : ''}`}
      data-testid="note-item"
    >
      <button
        type="button"
        className="note-star"
        aria-pressed={note.starred}
        aria-label={note.starred ? t('host.unstar') : t('host.star')}
        title={note.starred ? t('host.unstar') : t('host.star')}
        onClick={() => void enqueue('note:star', { noteId: note.id, starred: !note.starred })}
      >
        {note.starred ? '★' : '☆'}
      </button>
      <div className="note-body">
        {editing ? (
          <>
            <textarea
              className="note-edit"
              aria-label={t('host.editNote')}
              value={draft}
              aria-describedby={`count-${note.id}`}
              autoFocus
              onChange={(e) => setDraft(e.target.value)}
              onBlur={save}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.shiftKey) {
                  e.preventDefault();
                  save();
                } else if (e.key === 'Escape') {
                  setDraft(note.text);
                  setEditing(false);
                }
              }}
            />
            <CharCount text={draft} max={LIMITS.noteChars} id={`count-${note.id}`} />
          </>
        ) : (
          <p className="note-text">{note.text}</p>
        )}
        <p className="note-meta">
          {note.source === 'participant' && <span className="badge badge-muted">{t('host.fromParticipant')}</span>}
          {note.pending && <span className="badge badge-pending">{t('host.pending')}</span>}
        </p>
      </div>
      <div className="note-actions">
        {!editing && (
          <button
            type="button"
            className="btn btn-small btn-quiet"
            onClick={() => {
              setDraft(note.text);
              setEditing(true);
            }}
          >
            {t('common.edit')}
          </button>
        )}
        <button
          type="button"
          className="btn btn-small btn-quiet"
          aria-label={t('host.deleteNote')}
          onClick={() => {
            void enqueue('note:delete', { noteId: note.id });
            onDeleted(note.id);
          }}
        >
          {t('common.delete')}
        </button>
      </div>
    </li>
  );
}
