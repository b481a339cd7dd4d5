import { useT } from '../ui/i18n';

/** How many notes a theme holds, with its unit («11 innspel»): a bare «11» on the projector left people guessing. */
export function ThemeCount({ n }: { n: number }) {
  const t = useT();
  return (
    <span className="theme-count">{n === 1 ? t('plenary.themes.countOne') : t('plenary.themes.count', { n })}</span>
  );
}
