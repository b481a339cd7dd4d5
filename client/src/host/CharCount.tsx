import { useT } from '../ui/i18n';

/** Counting starts to show at this share of the limit: before that it is only noise. */
const SHOW_FROM = 0.8;

/** How many characters `text` has beyond `max` (0 when it fits). */
export const charsOver = (text: string, max: number): number => Math.max(0, text.length - max);

/**
 * A character count near the limit, and a plain warning past it. The fields have no maxLength on purpose: a pasted
 * text that is too long stays whole, and the host decides what to cut.
 */
export function CharCount({ text, max, id }: { text: string; max: number; id: string }) {
  const t = useT();
  const over = charsOver(text, max);
  if (over > 0) {
    return (
      <p id={id} className="char-count char-count-over" role="alert">
        {t('host.chars', { n: text.length, max })} · {t('host.chars.over', { over })}
      </p>
    );
  }
  return (
    <p id={id} className="char-count">
      {text.length >= max * SHOW_FROM ? t('host.chars', { n: text.length, max }) : ''}
    </p>
  );
}
