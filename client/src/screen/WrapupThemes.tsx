import { useRef } from 'react';
import { useWorkshop } from '../sync/hooks';
import { useT } from '../ui/i18n';
import { TableCount } from './TableCount';
import { ThemeCount } from './ThemeCount';
import { WrapupMainPoints } from './WrapupMainPoints';
import { fitThemeCards } from './fitThemeCards';
import { useFit } from './useFit';
import { useScreenThemes } from '../ui/useScreenThemes';
import { useTimeline } from '../ui/useTimeline';
import { questionRoundsOver } from '@kafe/shared/plenary/questionDone';

/** Notes under each theme: two at most, in type large enough for the back of the room; fewer where more themes fit. */
const NOTES_PER_THEME = 2;
const fitCards = (list: HTMLElement): void => fitThemeCards(list, NOTES_PER_THEME);

/** A question's main points, then its themes, curated, each with its counts (notes, tables) and its most representative notes. */
export function WrapupThemes({ questionId }: { questionId: string }) {
  const t = useT();
  const themes = useScreenThemes(questionId);
  const notes = useWorkshop((s) => s.state.notes);
  const def = useWorkshop((s) => s.state.definition);
  const timeline = useTimeline();
  const box = useRef<HTMLOListElement>(null);
  useFit(box, themes, fitCards);
  if (themes.length === 0) {
    // "Yet" only while the question's rounds may still bring themes.
    const over = def ? questionRoundsOver(def, timeline, questionId) : false;
    return <p className="screen-panel-empty">{t(over ? 'plenary.wrapup.noThemesOver' : 'plenary.wrapup.noThemes')}</p>;
  }
  return (
    <>
      <WrapupMainPoints questionId={questionId} themes={themes} />
      <ol className="wrapup-themes" ref={box}>
        {themes.map((theme) => (
          <li
            key={theme.key}
            className={`wrapup-theme ${theme.pinned ? 'is-pinned' : ''}`}
            data-testid="theme-item"
            data-fit=""
          >
            <h3 className="wrapup-theme-label" data-fit-words="">
              {theme.label}
            </h3>
            <p className="theme-meta">
              <ThemeCount n={theme.noteIds.length} />
              <TableCount tables={theme.tables} />
            </p>
            <ul className="wrapup-theme-notes">
              {theme.representativeNoteIds.slice(0, NOTES_PER_THEME).map((id) => {
                const note = notes[id];
                return note ? <li key={id}>{note.text}</li> : null;
              })}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}
