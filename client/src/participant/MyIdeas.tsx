import type { Note } from '@kafe/shared/note';
import { useWorkshop } from '../sync/workshopStore';
import { useT, type Translate } from '../ui/i18n';
import { useIdeaQueue } from './ideaQueue';

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
  const notes = useWorkshop((s) => s.state.notes);
  const order = useWorkshop((s) => s.state.noteOrder);
  const me = useWorkshop((s) => s.participantId);
  const queued = useIdeaQueue((s) => s.queued);
  const refused = useIdeaQueue((s) => s.refused);
  const mine = order
    .map((id) => notes[id])
    .filter((n): n is Note => n !== undefined && n.participantId === me && !n.deleted)
    .reverse();
  // An acknowledged idea arrives as an event just before its ack: show it once, as the server has it.
  const sending = queued.filter((q) => notes[q.noteId] === undefined).reverse();
  if (mine.length === 0 && sending.length === 0 && !refused) return null;
  return (
    <section className="p-card" aria-labelledby="p-mine-h">
      <h2 id="p-mine-h" className="p-card-title">
        {t('participant.ideas.mine')}
      </h2>
      {refused && (
        <p className="form-error" role="alert">
          {refused.error.code === 'forbidden' ? t('participant.ideas.refusedOff') : t('participant.ideas.refused', { text: refused.text })}
        </p>
      )}
      <ul className="p-list" aria-live="polite">
        {sending.map((q) => (
          <li key={q.noteId} className="p-idea">
            <span className="p-idea-text">{q.text}</span>
            <span className="p-badge p-badge-sending">{t('participant.ideas.sending')}</span>
          </li>
        ))}
        {mine.map((n) => (
          <li key={n.id} className="p-idea">
            <span className="p-idea-text">{n.text}</span>
            <span className={`p-badge p-badge-${n.status}`}>{statusText(t, n.status)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
