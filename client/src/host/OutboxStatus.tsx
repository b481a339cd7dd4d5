import { useOutbox } from '../sync/outboxClient';
import { useT } from '../ui/i18n';

/** How many changes are on this tablet but not yet acknowledged by the server. */
export function OutboxStatus() {
  const t = useT();
  const count = useOutbox((s) => s.entries.length);
  return (
    <p className={`outbox ${count > 0 ? 'outbox-waiting' : ''}`} role="status" title={t('host.outbox.help')}>
      <span data-testid="outbox-count" className="outbox-count">
        {count}
      </span>{' '}
      {count > 0 ? t('host.outbox') : t('host.outbox.all')}
    </p>
  );
}
