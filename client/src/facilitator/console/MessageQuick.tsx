import { useState } from 'react';
import { LIMITS } from '@kafe/shared/constants';
import { uuid } from '../../sync/uuid';
import { useWorkshop } from '../../sync/hooks';
import { useT } from '../../ui/i18n';
import { RefusalMessage } from '../RefusalMessage';
import { useFacilitatorCommand } from '../useCommand';

/** A short message to every screen and phone until taken away, from the live bar: "5 minutes left". */
export function MessageQuick() {
  const t = useT();
  const messages = useWorkshop((s) => s.state.messages);
  const [text, setText] = useState('');
  const { run, busy, error } = useFacilitatorCommand();
  return (
    <div className="message-quick">
      <form
        className="message-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!text.trim()) return;
          void run('message:show', { messageId: uuid(), text }).then((ok) => ok && setText(''));
        }}
      >
        <label className="field">
          <span>{t('plenary.messages')}</span>
          <input
            data-testid="message-input"
            value={text}
            maxLength={LIMITS.messageChars}
            placeholder={t('plenary.messages.placeholder')}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <button type="submit" className="btn" disabled={busy || !text.trim()}>
          {t('plenary.messages.show')}
        </button>
      </form>
      {messages.length > 0 && (
        <ul className="shown-messages">
          {messages.map((m) => (
            <li key={m.id}>
              <span id={`msg-${m.id}`}>{m.text}</span>
              <button
                type="button"
                className="btn btn-small"
                aria-describedby={`msg-${m.id}`}
                disabled={busy}
                onClick={() => void run('message:dismiss', { messageId: m.id })}
              >
                {t('plenary.messages.dismiss')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <RefusalMessage error={error} />
    </div>
  );
}
