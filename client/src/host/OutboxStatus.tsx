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
      {/* With nothing waiting the count stays in the page (the test hook reads 0) but out of sight: a "0" badge before
          "all saved" reads as a problem. */}
      <span data-testid="outbox-count" className="outbox-count" hidden={ready && count === 0}>
        {ready ? count : '…'}
      </span>{' '}
      {!ready ? t('common.loading') : count > 0 ? t('host.outbox') : t('host.outbox.all')}
    </p>
  );
}
