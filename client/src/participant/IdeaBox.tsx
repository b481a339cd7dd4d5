import { useState, type KeyboardEvent } from 'react';
import type { IdeaMode } from '@kafe/shared/agenda';
import { LIMITS } from '@kafe/shared/constants';
import { useT } from '../ui/i18n';
import { useSync } from '../sync/hooks';
import { uuid } from '../sync/uuid';

/** Add a short idea to your table during a round. Enter sends, Shift+Enter breaks the line. */
export function IdeaBox({
  round,
  mode,
  hasTable,
}: {
  round: number;
  mode: Exclude<IdeaMode, 'off'>;
  hasTable: boolean;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const [hint, setHint] = useState<string | null>(null);
  const sync = useSync();
  const submit = (): void => {
    const idea = text.trim();
    if (!idea) return;
    if (!hasTable) {
      setHint(t('participant.ideas.needTable'));
      return;
    }
    if (!sync) return; // not connected to a page's sync yet: keep the text
    // Stored on the phone first: an idea typed offline is sent once back online, even after the tab was closed.
    sync.dismissRejected();
    setText('');
    setHint(null);
    sync.enqueue('idea:add', { noteId: uuid(), text: idea, round }).catch(() => {
      // The phone could not store it (storage full, a browser that dropped its database): give the text back.
      setText(idea);
      setHint(t('conn.error'));
    });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (e.key !== 'Enter' || e.shiftKey || e.nativeEvent.isComposing) return;
    e.preventDefault();
    submit();
  };
  return (
    <form
      className="p-card p-ideas"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label htmlFor="p-idea" className="p-card-title">
        {t('participant.ideas.title')}
      </label>
      <textarea
        id="p-idea"
        data-testid="idea-input"
        className="p-textarea"
        rows={3}
        maxLength={LIMITS.ideaChars}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        enterKeyHint="send"
        aria-describedby="p-idea-help p-idea-hint"
      />
      <p id="p-idea-help" className="help">
        {mode === 'approval' ? t('participant.ideas.approval') : t('participant.ideas.open')}{' '}
        <span className="keys-hint">{t('participant.ideas.keys')}</span>
      </p>
      <p id="p-idea-hint" className="form-error" role="alert">
        {hint}
      </p>
      <button type="submit" className="btn btn-primary btn-block">
        {t('participant.ideas.send')}
      </button>
    </form>
  );
}
