import type { Note } from '@kafe/shared/note';
import { useT } from '../ui/i18n';

/** One note on the wall: starred insights stand out, participants' ideas say so, pinned ones name their table. */
export function WallNote({ note, showTable = false }: { note: Note; showTable?: boolean }) {
  const t = useT();
  const classes = ['wall-note', note.starred ? 'is-starred' : '', note.pinned ? 'is-pinned' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <li className={classes} data-testid="wall-note" data-fit="" data-note-id={note.id}>
      {(note.starred || showTable || note.source === 'participant') && (
        <span className="wall-note-meta">
          {note.starred && <span className="wall-note-star">★ {t('plenary.wall.insight')}</span>}
          {showTable && <span>{t('table.n', { n: note.table })}</span>}
          {note.source === 'participant' && <span>{t('plenary.wall.idea')}</span>}
        </span>
      )}
      <span className="wall-note-text">{note.text}</span>
    </li>
  );
}
