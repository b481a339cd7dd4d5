import { useId, useMemo, useRef, useState } from 'react';
import type { CuratedTheme } from '@kafe/shared/themes/curate';
import { moveNoteInto, type CurationEdit } from '@kafe/shared/themes/curationEdits';
import { notesOutsideThemes } from '@kafe/shared/themes/outsideThemes';
import { useWorkshop } from '../../sync/hooks';
import { useT } from '../../ui/i18n';

/**
 * How many of the question's notes the themes leave out, and those notes, each of which can go into a theme or
 * become one: what is not in a theme is not read out in the plenary.
 */
export function OutsideThemes(props: {
  questionId: string;
  themes: CuratedTheme[];
  edit: (e: CurationEdit) => void;
  busy: boolean;
}) {
  const { questionId, themes, edit, busy } = props;
  const t = useT();
  const notes = useWorkshop((s) => s.state.notes);
  const order = useWorkshop((s) => s.state.noteOrder);
  const outside = useMemo(
    () =>
      notesOutsideThemes(
        order.filter((id) => notes[id]?.questionId === questionId),
        notes,
        themes,
      ),
    [order, notes, questionId, themes],
  );
  // Once a note is added it leaves the list with the button that was pressed: the keyboard goes to the summary.
  const summary = useRef<HTMLElement>(null);
  if (outside.total === 0 || themes.length === 0) return null;
  if (outside.noteIds.length === 0)
    return (
      <p className="help" data-testid="outside-themes">
        {t('plenary.curate.outsideNone', { total: outside.total })}
      </p>
    );
  return (
    <details className="curate-outside" data-testid="outside-themes">
      <summary ref={summary}>
        {t('plenary.curate.outside', { n: outside.noteIds.length, total: outside.total })}
      </summary>
      <p className="help">{t('plenary.curate.outsideHelp')}</p>
      <ul className="curate-notes">
        {outside.noteIds.map((noteId) => (
          <OutsideNote
            key={noteId}
            noteId={noteId}
            themes={themes}
            edit={edit}
            busy={busy}
            onAdded={() => summary.current?.focus()}
          />
        ))}
      </ul>
    </details>
  );
}

function OutsideNote(props: {
  noteId: string;
  themes: CuratedTheme[];
  edit: (e: CurationEdit) => void;
  busy: boolean;
  /** The note is leaving the list: where the keyboard goes next. */
  onAdded: () => void;
}) {
  const { noteId, themes, edit, busy, onAdded } = props;
  const t = useT();
  const id = useId();
  const note = useWorkshop((s) => s.state.notes[noteId]);
  const [into, setInto] = useState('');
  const target = themes.some((theme) => theme.key === into) ? into : '';
  return (
    <li>
      <span id={`${id}-text`}>{note?.text}</span>{' '}
      <label>
        <span className="visually-hidden">{t('plenary.curate.addTo')}</span>
        <select
          value={target}
          onChange={(e) => setInto(e.target.value)}
          disabled={busy}
          aria-describedby={`${id}-text`}
        >
          <option value="">{t('plenary.curate.choose')}</option>
          {themes.map((theme) => (
            <option key={theme.key} value={theme.key}>
              {theme.hidden ? t('plenary.curate.hiddenOption', { label: theme.label }) : theme.label}
            </option>
          ))}
        </select>
      </label>{' '}
      <button
        type="button"
        className="btn btn-small"
        disabled={busy || target === ''}
        aria-describedby={`${id}-text`}
        onClick={() => {
          edit((c) => moveNoteInto(c, noteId, target));
          onAdded();
        }}
      >
        {t('plenary.curate.add')}
      </button>
    </li>
  );
}
