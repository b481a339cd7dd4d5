import { isOnScreen } from '@kafe/shared/themes/curate';
import { useWorkshop } from '../sync/hooks';
import { useT } from '../ui/i18n';

/** One note the facilitator puts in the spotlight, in large type over whatever the screen shows. */
export function Spotlight() {
  const t = useT();
  const note = useWorkshop((s) => (s.state.spotlightNoteId ? s.state.notes[s.state.spotlightNoteId] : undefined));
  // A note hidden or deleted while in the spotlight leaves it at once.
  if (!isOnScreen(note)) return null;
  return (
    <section className="spotlight" aria-label={t('plenary.spotlight')} data-testid="spotlight">
      <p className="spotlight-eyebrow">
        {t('plenary.spotlight')} · {t('table.n', { n: note.table })}
        {note.starred ? ` · ★ ${t('plenary.wall.insight')}` : ''}
      </p>
      <blockquote className="spotlight-text">{note.text}</blockquote>
    </section>
  );
}
