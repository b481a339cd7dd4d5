import { useId, useRef } from 'react';
import { markClippedWithMore } from './markClippedWithMore';
import { useT } from '../ui/i18n';
import { TableCount } from './TableCount';
import { ThemeCount } from './ThemeCount';
import { useFit } from './useFit';
import { useScreenThemes } from '../ui/useScreenThemes';

/** Emerging themes of the current question, beside the wall: curated names and how many notes each holds. */
export function ThemePanel({ questionId }: { questionId: string }) {
  const t = useT();
  const themes = useScreenThemes(questionId);
  const box = useRef<HTMLOListElement>(null);
  const more = useId();
  useFit(box, themes, markClippedWithMore);
  return (
    <section className="theme-panel" aria-labelledby="themes-h">
      <h2 id="themes-h" className="screen-panel-title">
        {t('plenary.themes')} <span id={more} className="theme-more" data-testid="themes-more" hidden />
      </h2>
      {themes.length === 0 ? (
        <p className="screen-panel-empty">{t('plenary.themes.empty')}</p>
      ) : (
        <ol
          className="theme-list"
          ref={box}
          data-more-target={more}
          data-more-template={t('plenary.themes.more', { n: '{n}' })}
        >
          {themes.map((theme) => (
            <li
              key={theme.key}
              className={`theme-item ${theme.pinned ? 'is-pinned' : ''}`}
              data-testid="theme-item"
              data-fit=""
            >
              <span className="theme-label" data-fit-words="">
                {theme.label}
              </span>
              <span className="theme-meta">
                <ThemeCount n={theme.noteIds.length} />
                <TableCount tables={theme.tables} />
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
