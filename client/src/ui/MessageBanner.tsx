import { useWorkshop } from '../sync/hooks';
import { useT } from './i18n';

/**
 * The facilitator's messages ("5 minutes left"), on every role's page until dismissed. The live region is always
 * there, so screen readers announce a message when it arrives, not only messages present at load.
 */
export function MessageBanner({ variant = 'page' }: { variant?: 'page' | 'screen' }) {
  const t = useT();
  const messages = useWorkshop((s) => s.state.messages);
  return (
    <div className={`messages messages-${variant}`} role="status" aria-live="polite" aria-label={t('common.message')}>
      {messages.map((m) => (
        <p key={m.id} className="message" data-testid="screen-message">
          <span aria-hidden="true" className="message-icon">
            ✉
          </span>{' '}
          {m.text}
        </p>
      ))}
    </div>
  );
}
