import { useT } from '../ui/i18n';

/** How many notes a theme holds, as a number people read from afar and a phrase screen readers say. */
export function ThemeCount({ n }: { n: number }) {
  const t = useT();
  const phrase = n === 1 ? t('plenary.themes.countOne') : t('plenary.themes.count', { n });
  return (
    <span className="theme-count">
      <span aria-hidden="true">{n}</span>
      <span className="visually-hidden">{phrase}</span>
    </span>
  );
}
