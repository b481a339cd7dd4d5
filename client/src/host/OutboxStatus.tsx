import { useOutbox } from '../sync/hooks';
import { useT } from '../ui/i18n';

/** How many changes are on this tablet but not yet acknowledged by the server. */
export function OutboxStatus() {
  const t = useT();
  const count = useOutbox((s) => s.entries.length);
  // Until the outbox is read back from the device, the count is unknown: "0, all saved" would be a lie after a reload.
  const ready = useOutbox((s) => s.ready);
  return (
    // Not a live region: it changes with every note, and the connection status already says when the tablet is offline.
    <p className={`outbox ${count > 0 ? 'outbox-waiting' : ''}`} title={t('host.outbox.help')}>
      <span data-testid="outbox-count" className="outbox-count">
        {ready ? count : '…'}
      </span>{' '}
      {!ready ? t('common.loading') : count > 0 ? t('host.outbox') : t('host.outbox.all')}
    </p>
  );
}
