import { useEffect, useRef, useState } from 'react';
import { LIMITS } from '@kafe/shared/constants';
import { useEnqueue } from '../sync/hooks';
import { useT } from '../ui/i18n';

/** The round's summary: saved (through the outbox) when the host pauses typing or leaves the field. */
export function RoundSummary({ round, saved }: { round: number; saved: string }) {
  const t = useT();
  const enqueue = useEnqueue();
  const [text, setText] = useState(saved);
  const dirty = useRef(false);
  const timer = useRef(0);
  useEffect(() => {
    if (!dirty.current) setText(saved);
  }, [saved]);
  const flush = (value: string): void => {
    window.clearTimeout(timer.current);
    if (!dirty.current) return;
    dirty.current = false;
    if (value.trim() !== saved.trim()) void enqueue('summary:set', { round, text: value });
  };
  // Leaving the round (the component is keyed by it) or closing the tab saves what was typed: nothing is lost.
  // The listener is registered once per mount and calls the last rendered flush, with that render's text and saved text.
  const flushLatest = useRef((): void => undefined);
  useEffect(() => {
    flushLatest.current = () => flush(text);
  });
  useEffect(() => {
    const save = (): void => flushLatest.current();
    window.addEventListener('pagehide', save);
    return () => {
      window.removeEventListener('pagehide', save);
      save();
    };
  }, []);
  const id = `summary-${round}`;
  return (
    <div className="round-summary">
      <label htmlFor={id} className="field-label">
        {t('host.summary')} – {t('round.n', { n: round })}
      </label>
      <textarea
        id={id}
        data-testid="round-summary"
        rows={3}
        value={text}
        maxLength={LIMITS.summaryChars}
        aria-describedby={`${id}-help`}
        onChange={(e) => {
          const value = e.target.value;
          setText(value);
          dirty.current = true;
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => flush(value), 1500);
        }}
        onBlur={(e) => flush(e.target.value)}
      />
      <p id={`${id}-help`} className="help">
        {t('host.summary.help')}
      </p>
    </div>
  );
}
