import type { Note } from '@kafe/shared/note';
import { useOptimisticView, useOutbox, useWorkshop } from '../sync/hooks';
import { useT, type Translate } from '../ui/i18n';

function statusText(t: Translate, status: Note['status']): string {
  switch (status) {
    case 'pending':
      return t('participant.ideas.pending');
    case 'shown':
      return t('participant.ideas.shown');
    case 'rejected':
      return t('participant.ideas.rejected');
    default:
      return status satisfies never;
  }
}

/** Your own ideas, newest first, each with where it stands. The server sends a phone only its own ideas. */
export function MyIdeas() {
  const t = useT();
  // Ideas still on the phone are in the view already (decided and applied as the server will); until the server has
  // one, it shows as sending. Its event arrives just before its ack, so it is never shown twice.
  const { state, pendingNoteIds } = useOptimisticView();
  const confirmed = useWorkshop((s) => s.state.notes);
  const me = useWorkshop((s) => s.participantId);
  const rejected = useOutbox((s) => s.rejected);
  const refused =
    rejected?.entry.name === 'idea:add' ? { text: rejected.entry.payload.text, error: rejected.error } : null;
  const mine = state.noteOrder
    .map((id) => state.notes[id])
    .filter((n): n is Note => n !== undefined && n.participantId === me && !n.deleted)
    .reverse();
  const sending = (n: Note): boolean => pendingNoteIds.has(n.id) && confirmed[n.id] === undefined;
  if (mine.length === 0 && !refused) return null;
  return (
    <section className="p-card" aria-labelledby="p-mine-h">
      <h2 id="p-mine-h" className="p-card-title">
        {t('participant.ideas.mine')}
      </h2>
      {refused && (
        <p className="form-error" role="alert">
          {refused.error.code === 'forbidden'
            ? t('participant.ideas.refusedOff')
            : t('participant.ideas.refused', { text: refused.text })}
        </p>
      )}
      <ul className="p-list" aria-live="polite">
        {mine.map((n) => (
          <li key={n.id} className="p-idea">
            <span className="p-idea-text">{n.text}</span>
            {sending(n) ? (
              <span className="p-badge p-badge-sending">{t('participant.ideas.sending')}</span>
            ) : (
              <span className={`p-badge p-badge-${n.status}`}>{statusText(t, n.status)}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
