import { useId, useState } from 'react';
import { MIN_THEME_NOTES, type CuratedTheme } from '@kafe/shared/themes/curate';
import {
  mergeTheme,
  renameTheme,
  returnNote,
  setThemeHidden,
  setThemePinned,
  splitOffNote,
  unmergeTheme,
  type CurationEdit,
} from '@kafe/shared/themes/curationEdits';
import { notePhrase } from '@kafe/shared/themes/phrase';
import type { ThemeLanguage } from '@kafe/shared/themes/types';
import { useWorkshop } from '../../sync/hooks';
import { useT } from '../../ui/i18n';

const noteAsName = (text: string, language: ThemeLanguage): string => notePhrase(text, language) ?? text.trim();

/** One theme on the console: its name and count, and every curation control for it, each labelled. */
export function PlenaryThemeItem(props: {
  theme: CuratedTheme;
  others: CuratedTheme[];
  moved: (noteId: string) => boolean;
  /** The name is still the computed one: nobody has named it yet. */
  automatic: boolean;
  edit: (e: CurationEdit) => void;
  /** Where focus goes once this command is done (a theme this one is merged into). */
  focusTheme: (key: string) => void;
  busy: boolean;
}) {
  const { theme, others, moved, automatic, edit, focusTheme, busy } = props;
  const t = useT();
  const id = useId();
  const notes = useWorkshop((s) => s.state.notes);
  const language = useWorkshop((s) => s.state.definition?.language ?? 'nb');
  const [name, setName] = useState(theme.label);
  const [into, setInto] = useState('');
  // A name changed elsewhere (or put back) replaces what the field shows, during render (as HostName does).
  const [shown, setShown] = useState(theme.label);
  if (shown !== theme.label) {
    setShown(theme.label);
    setName(theme.label);
  }
  // The most representative note's words: the likeliest better name, one click away while the name is automatic.
  const top = theme.representativeNoteIds[0] ?? theme.noteIds[0];
  const topText = top ? notes[top]?.text : undefined;
  const topPhrase = topText ? noteAsName(topText, language) : null;
  const classes = ['curate-theme', theme.hidden ? 'is-hidden' : '', theme.pinned ? 'is-pinned' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <li className={classes} aria-labelledby={`${id}-label`} data-theme-key={theme.key}>
      {/* The name and its badges flow as one paragraph: a badge follows the name's last line, not a line of its own. */}
      <p className="curate-head">
        <span className="curate-label" id={`${id}-label`}>
          {theme.label}
        </span>{' '}
        <span className="badge badge-muted">
          {theme.noteIds.length === 1
            ? t('plenary.themes.countOne')
            : t('plenary.themes.count', { n: theme.noteIds.length })}
        </span>
        {theme.pinned && <span className="badge badge-pending">{t('plenary.pinned')}</span>}
        {theme.hidden && <span className="badge badge-muted">{t('plenary.hidden')}</span>}
        {theme.own && <span className="badge badge-muted">{t('plenary.curate.own')}</span>}
        {!theme.hidden && theme.noteIds.length < MIN_THEME_NOTES && (
          <span className="badge badge-pending" data-testid="theme-too-small">
            {t('plenary.curate.tooSmall')}
          </span>
        )}
        {automatic && (
          <span id={`${id}-automatic`} className="badge badge-pending" data-testid="theme-automatic">
            {t('plenary.curate.automatic')}
          </span>
        )}
      </p>
      {!automatic && theme.label !== theme.computedLabel && (
        <p className="help curate-computed">{t('plenary.curate.computed', { label: theme.computedLabel })}</p>
      )}
      {/* The label above the field, so the name gets the card's width beside its button; on the label's line, the
          likeliest better name one click away while the name is automatic. */}
      <form
        className="curate-rename"
        onSubmit={(e) => {
          e.preventDefault();
          edit((c) => renameTheme(c, theme.key, name));
        }}
      >
        <div className="curate-name-top">
          <label htmlFor={`${id}-name`}>{t('plenary.curate.name')}</label>
          {automatic && topPhrase && topPhrase !== theme.label && (
            <SuggestedName phrase={topPhrase} busy={busy} use={(p) => edit((c) => renameTheme(c, theme.key, p))} />
          )}
        </div>
        <div className="curate-row">
          <input
            id={`${id}-name`}
            value={name}
            maxLength={120}
            aria-describedby={automatic ? `${id}-automatic` : undefined}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="btn btn-small" disabled={busy}>
            {t('plenary.curate.rename')}
          </button>
        </div>
      </form>
      {/* Pin, hide and merge in one row (it wraps where the card is narrow): less to scroll past per theme. */}
      <div className="curate-row">
        <button
          type="button"
          className="btn btn-small"
          disabled={busy}
          aria-describedby={`${id}-label`}
          onClick={() => edit((c) => setThemePinned(c, theme.key, !theme.pinned))}
        >
          {theme.pinned ? t('plenary.curate.unpin') : t('plenary.curate.pin')}
        </button>
        <button
          type="button"
          className="btn btn-small"
          disabled={busy}
          aria-describedby={`${id}-label`}
          onClick={() => edit((c) => setThemeHidden(c, theme.key, !theme.hidden))}
        >
          {theme.hidden ? t('plenary.curate.show') : t('plenary.curate.hide')}
        </button>
        {others.length > 0 && (
          <form
            className="curate-merge"
            onSubmit={(e) => {
              e.preventDefault();
              if (!into) return;
              focusTheme(into);
              edit((c) => mergeTheme(c, theme.key, into));
            }}
          >
            <label className="curate-merge-field">
              <span>{t('plenary.curate.mergeInto')}</span>
              <select value={into} onChange={(e) => setInto(e.target.value)}>
                <option value="">{t('plenary.curate.choose')}</option>
                {others.map((o) => (
                  <option key={o.key} value={o.key}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="btn btn-small" disabled={busy || !into}>
              {t('plenary.curate.merge')}
            </button>
          </form>
        )}
      </div>
      {theme.merged.map((m) => (
        <p key={m.key} className="btn-row">
          <span>{t('plenary.curate.includes', { label: m.label })}</span>
          <button
            type="button"
            className="btn btn-small btn-quiet"
            disabled={busy}
            onClick={() => edit((c) => unmergeTheme(c, m.key))}
          >
            {t('plenary.curate.unmerge')}
          </button>
        </p>
      ))}
      <details>
        <summary>
          {t('plenary.curate.notes')} ({theme.noteIds.length})
        </summary>
        <ul className="curate-notes">
          {theme.noteIds.map((noteId) => (
            <li key={noteId}>
              <span id={`${id}-${noteId}`}>{notes[noteId]?.text}</span>{' '}
              <button
                type="button"
                className="btn btn-small btn-quiet"
                disabled={busy}
                aria-describedby={`${id}-${noteId}`}
                title={t('plenary.curate.useNoteLabel')}
                // The note's own words, cut to a readable phrase the way computed names are; the whole note if it has none.
                onClick={() => edit((c) => renameTheme(c, theme.key, noteAsName(notes[noteId]?.text ?? '', language)))}
              >
                {t('plenary.curate.useNote')}
              </button>{' '}
              {moved(noteId) ? (
                <button
                  type="button"
                  className="btn btn-small btn-quiet"
                  disabled={busy}
                  aria-describedby={`${id}-${noteId}`}
                  onClick={() => edit((c) => returnNote(c, noteId))}
                >
                  {t('plenary.curate.return')}
                </button>
              ) : (
                <button
                  type="button"
                  className="btn btn-small btn-quiet"
                  disabled={busy}
                  aria-describedby={`${id}-${noteId}`}
                  onClick={() => edit((c) => splitOffNote(c, noteId))}
                >
                  {t('plenary.curate.split')}
                </button>
              )}
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}

/**
 * «Automatisk navn – sjekk før plenum» (the badge by the name): a computed name can be odd («barn tid»), and the
 * projector shows it in front of everyone. Here, the most representative note as a name in one click.
 */
function SuggestedName(props: { phrase: string; busy: boolean; use: (phrase: string) => void }) {
  const { phrase, busy, use } = props;
  const t = useT();
  return (
    <button type="button" className="btn btn-small btn-quiet" disabled={busy} onClick={() => use(phrase)}>
      {t('plenary.curate.useTop', { phrase })}
    </button>
  );
}
