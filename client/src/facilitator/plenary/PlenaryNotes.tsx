import { useMemo } from 'react';
import type { Note } from '@kafe/shared/note';
import { useWorkshop } from '../../sync/hooks';
import { useT } from '../../ui/i18n';
import { useFacilitatorCommand } from '../useCommand';
import { RefusalMessage } from '../RefusalMessage';

/** Every note of a question, newest first, with what the projector does with it: hide, pin, spotlight. */
export function PlenaryNotes({ questionId }: { questionId: string }) {
  const t = useT();
  const state = useWorkshop((s) => s.state);
  const { run, busy, error } = useFacilitatorCommand();
  const notes = useMemo(
    () =>
      state.noteOrder
        .map((id) => state.notes[id])
        .filter((n): n is Note => !!n && n.questionId === questionId && !n.deleted)
        .reverse(),
    [state.noteOrder, state.notes, questionId],
  );
  const spotlight = state.spotlightNoteId;
  return (
    <section aria-labelledby="plenary-notes-h">
      <h3 id="plenary-notes-h">{t('plenary.notes')}</h3>
      {spotlight && (
        <p className="btn-row">
          <button
            type="button"
            className="btn btn-small"
            disabled={busy}
            onClick={() => void run('screen:spotlight', { noteId: null })}
          >
            {t('plenary.notes.spotlightOff')}
          </button>
        </p>
      )}
      {notes.length === 0 ? (
        <p className="help">{t('plenary.notes.empty')}</p>
      ) : (
        <ul className="plenary-notes">
          {notes.map((n) => {
            const textId = `pn-${n.id}`;
            return (
              <li key={n.id} className={`plenary-note ${n.hidden ? 'is-hidden' : ''}`} data-testid="plenary-note">
                <div>
                  <p className="plenary-note-meta">
                    <span>{t('table.n', { n: n.table })}</span>
                    {n.starred && <span>★ {t('plenary.wall.insight')}</span>}
                    {n.source === 'participant' && <span>{t('plenary.wall.idea')}</span>}
                    {n.status === 'pending' && (
                      <span className="badge badge-pending">{t('plenary.notes.pending')}</span>
                    )}
                    {n.status === 'rejected' && (
                      <span className="badge badge-muted">{t('plenary.notes.rejected')}</span>
                    )}
                    {n.hidden && <span className="badge badge-muted">{t('plenary.hidden')}</span>}
                    {n.pinned && <span className="badge badge-pending">{t('plenary.pinned')}</span>}
                    {spotlight === n.id && <span className="badge badge-ok">{t('plenary.spotlight')}</span>}
                  </p>
                  <span className="plenary-note-text" id={textId}>
                    {n.text}
                  </span>
                </div>
                <div className="note-actions" role="group" aria-labelledby={textId}>
                  <button
                    type="button"
                    className="btn btn-small"
                    disabled={busy}
                    onClick={() => void run('note:hide', { noteId: n.id, hidden: !n.hidden })}
                  >
                    {n.hidden ? t('plenary.notes.show') : t('plenary.notes.hide')}
                  </button>
                  <button
                    type="button"
                    className="btn btn-small"
                    disabled={busy}
                    onClick={() => void run('note:pin', { noteId: n.id, pinned: !n.pinned })}
                  >
                    {n.pinned ? t('plenary.notes.unpin') : t('plenary.notes.pin')}
                  </button>
                  <button
                    type="button"
                    className="btn btn-small"
                    disabled={busy || (n.hidden && spotlight !== n.id) || n.status !== 'shown'}
                    aria-pressed={spotlight === n.id}
                    onClick={() => void run('screen:spotlight', { noteId: spotlight === n.id ? null : n.id })}
                  >
                    {t('plenary.notes.spotlight')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <RefusalMessage error={error} />
    </section>
  );
}
