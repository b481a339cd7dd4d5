import { useRef, useState } from 'react';
import { LIMITS } from '@kafe/shared/constants';
import { useEnqueue } from '../sync/hooks';
import { uuid } from '../sync/uuid';
import { useT } from '../ui/i18n';
import { CharCount, charsOver } from './CharCount';

/** The note field: Enter adds the note, Shift+Enter makes a new line. Faster than the flip chart. */
export function NoteComposer({ round }: { round: number }) {
  const t = useT();
  const enqueue = useEnqueue();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLTextAreaElement>(null);
  const tooLong = charsOver(text.trim(), LIMITS.noteChars) > 0;

  const add = (): void => {
    const body = text.trim();
    if (!body || charsOver(body, LIMITS.noteChars) > 0) return;
    setText('');
    setError(null);
    enqueue('note:add', { noteId: uuid(), text: body, round }).catch(() => {
      setText(body);
      setError(t('conn.error'));
    });
    ref.current?.focus();
  };

  return (
    <form
      className="note-composer"
      onSubmit={(e) => {
        e.preventDefault();
        add();
      }}
    >
      <label htmlFor="note-input" className="visually-hidden">
        {t('host.noteInput')}
      </label>
      <textarea
        id="note-input"
        ref={ref}
        data-testid="note-input"
        className="note-input"
        rows={2}
        value={text}
        placeholder={t('host.noteInput')}
        aria-describedby="note-help note-count"
        aria-invalid={tooLong || undefined}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault();
            add();
          }
        }}
      />
      <button type="submit" className="btn btn-primary" disabled={!text.trim() || tooLong}>
        {t('host.add')}
      </button>
      <CharCount text={text} max={LIMITS.noteChars} id="note-count" />
      <p id="note-help" className="help keys-hint">
        {t('host.noteHelp')}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
