import { useState } from 'react';
import { LIMITS } from '@kafe/shared/constants';
import { uuid } from '../../sync/uuid';
import { useWorkshop } from '../../sync/hooks';
import { useT } from '../../ui/i18n';
import { useFacilitatorCommand } from '../useCommand';
import { RefusalMessage } from '../RefusalMessage';

/** A short message to every screen and phone until dismissed, and whether the big screen chimes. */
export function PlenaryMessages() {
  const t = useT();
  const messages = useWorkshop((s) => s.state.messages);
  const chime = useWorkshop((s) => s.state.definition?.settings.chime ?? true);
  const [text, setText] = useState('');
  const { run, busy, error } = useFacilitatorCommand();
  return (
    <section aria-labelledby="messages-h">
      <h3 id="messages-h">{t('plenary.messages')}</h3>
      <form
        className="message-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!text.trim()) return;
          void run('message:show', { messageId: uuid(), text }).then((ok) => ok && setText(''));
        }}
      >
        <label className="field">
          <span>{t('plenary.messages.input')}</span>
          <input
            data-testid="message-input"
            value={text}
            maxLength={LIMITS.messageChars}
            placeholder={t('plenary.messages.placeholder')}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <button type="submit" className="btn btn-primary" disabled={busy || !text.trim()}>
          {t('plenary.messages.show')}
        </button>
      </form>
      {messages.length === 0 ? (
        <p className="help">{t('plenary.messages.none')}</p>
      ) : (
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
      <label className="field-inline">
        <input
          type="checkbox"
          checked={chime}
          disabled={busy}
          onChange={(e) => void run('settings:set', { settings: { chime: e.target.checked } })}
        />
        <span>{t('plenary.chime')}</span>
      </label>
      <RefusalMessage error={error} />
    </section>
  );
}
