import { useEffect, useRef, useState } from 'react';
import { LIMITS } from '@kafe/shared/constants';
import { summaryKey } from '@kafe/shared/reducer';
import { wallClockOf } from '@kafe/shared/time';
import { useEnqueue, useOutbox, useWorkshop } from '../sync/hooks';
import { useT, type Translate } from '../ui/i18n';
import { useAutoGrow } from '../ui/useAutoGrow';
import { CharCount, charsOver } from './CharCount';

type SaveState = 'typing' | 'saving' | 'waiting' | 'saved' | 'none';

/**
 * The round's summary: saved (through the outbox) when the host pauses typing or leaves the field, and says so:
 * "Lagret kl. 14:32" once the server has it, "Lagres …" on the way. A text over the limit is kept, not cut, and
 * not sent until shortened.
 */
export function RoundSummary({ table, round, saved }: { table: number; round: number; saved: string }) {
  const t = useT();
  const enqueue = useEnqueue();
  const [text, setText] = useState(saved);
  const [typing, setTyping] = useState(false);
  const dirty = useRef(false);
  const timer = useRef(0);
  useEffect(() => {
    if (!dirty.current) setText(saved);
  }, [saved]);
  const flush = (value: string): void => {
    window.clearTimeout(timer.current);
    if (!dirty.current || charsOver(value, LIMITS.summaryChars) > 0) return;
    dirty.current = false;
    setTyping(false);
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
  const state = useSaveState(table, round, typing);
  const field = useRef<HTMLTextAreaElement>(null);
  useAutoGrow(field, text);
  const id = `summary-${round}`;
  return (
    <div className="round-summary">
      <label htmlFor={id} className="field-label">
        {t('host.summary')} – {t('round.n', { n: round })}
      </label>
      <textarea
        id={id}
        ref={field}
        data-testid="round-summary"
        rows={3}
        value={text}
        aria-describedby={`${id}-help ${id}-count ${id}-state`}
        aria-invalid={charsOver(text, LIMITS.summaryChars) > 0 || undefined}
        onChange={(e) => {
          const value = e.target.value;
          setText(value);
          setTyping(true);
          dirty.current = true;
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => flush(value), 1500);
        }}
        onBlur={(e) => flush(e.target.value)}
      />
      <CharCount text={text} max={LIMITS.summaryChars} id={`${id}-count`} />
      <p id={`${id}-state`} className={`summary-state summary-state-${state.kind}`} data-state={state.kind}>
        {saveText(t, state)}
      </p>
      <p id={`${id}-help`} className="help">
        {t('host.summary.help')}
      </p>
    </div>
  );
}

/** Where this round's summary is: being typed, in the outbox (online or not), or confirmed by the server and when. */
function useSaveState(table: number, round: number, typing: boolean): { kind: SaveState; time?: string } {
  const pending = useOutbox((s) => s.entries.some((e) => e.name === 'summary:set' && e.payload.round === round));
  const online = useWorkshop((s) => s.connection === 'online');
  const confirmed = useWorkshop((s) => s.state.summaries[summaryKey(table, round)]);
  const timeZone = useWorkshop((s) => s.state.definition?.timeZone);
  if (typing) return { kind: 'typing' };
  if (pending) return { kind: online ? 'saving' : 'waiting' };
  if (confirmed && timeZone) return { kind: 'saved', time: wallClockOf(confirmed.at, timeZone) };
  return { kind: 'none' };
}

function saveText(t: Translate, state: { kind: SaveState; time?: string }): string {
  switch (state.kind) {
    case 'typing':
      return t('host.summary.typing');
    case 'saving':
      return t('host.summary.saving');
    case 'waiting':
      return t('host.summary.waiting');
    case 'saved':
      return t('host.summary.savedAt', { time: state.time ?? '' });
    case 'none':
      return '';
    default:
      return state.kind satisfies never;
  }
}
