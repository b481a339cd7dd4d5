import { useRef } from 'react';
import type { ThemeCuration } from '@kafe/shared/events';
import type { CuratedTheme } from '@kafe/shared/themes/curate';
import { applyEdit, type CurationEdit } from '@kafe/shared/themes/curationEdits';
import { useSync, useWorkshop } from '../../sync/hooks';
import { useCuratedThemes } from '../../ui/useScreenThemes';
import { useT } from '../../ui/i18n';
import { useFacilitatorCommand } from '../useCommand';
import { RefusalMessage } from '../RefusalMessage';
import { OutsideThemes } from './OutsideThemes';
import { PlenaryThemeItem } from './PlenaryThemeItem';

const NO_CURATION: ThemeCuration = { labels: {}, merged: {}, moved: {}, hidden: [], pinned: [] };

/** A theme's name field on the console (PlenaryThemeItem marks its item with the theme's key). */
function themeNameField(key: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-theme-key="${CSS.escape(key)}"] .curate-rename input`);
}

/**
 * A question's themes as the projector will show them, with rename, merge, split off, hide and pin. Each edit sends
 * the whole next curation; quick edits build on the last one sent, not on a state the server has not echoed yet.
 */
export function PlenaryThemes({ questionId }: { questionId: string }) {
  const t = useT();
  const themes = useCuratedThemes(questionId);
  const moved = useWorkshop((s) => s.state.curation[questionId]?.moved);
  const { run, busy, error, focusAfter } = useFacilitatorCommand();
  const sync = useSync();
  const sent = useRef<{ questionId: string; curation: ThemeCuration } | null>(null);

  const edit = (change: CurationEdit): void => {
    if (!sync) return;
    const s = sync.workshop.getState();
    const stored = s.state.curation[questionId] ?? NO_CURATION;
    const base = sent.current?.questionId === questionId ? sent.current.curation : stored;
    const next = applyEdit(base, change, s.themes[questionId] ?? [], s.state.notes);
    const mine = { questionId, curation: next };
    sent.current = mine;
    void run('theme:curate', { questionId, curation: next }).then(() => {
      // Once acknowledged, the state carries it (the event arrives before the ack).
      if (sent.current === mine) sent.current = null;
    });
  };

  return (
    <section aria-labelledby="curate-h">
      <h3 id="curate-h">{t('plenary.part.themes')}</h3>
      <p className="help">{t('plenary.curate.help')}</p>
      <OutsideThemes questionId={questionId} themes={themes} edit={edit} busy={busy} />
      {themes.length === 0 ? (
        <p className="help">{t('plenary.curate.none')}</p>
      ) : (
        <ol className="curate-list">
          {themes.map((theme: CuratedTheme) => (
            <PlenaryThemeItem
              key={theme.key}
              theme={theme}
              others={themes.filter((o) => o.key !== theme.key)}
              moved={(noteId) => moved?.[noteId] !== undefined}
              automatic={!theme.renamed}
              edit={edit}
              // A merged theme leaves the list with the focused button: the keyboard goes on to the theme it joined.
              focusTheme={(key) => focusAfter(() => themeNameField(key))}
              busy={busy}
            />
          ))}
        </ol>
      )}
      <RefusalMessage error={error} />
    </section>
  );
}
