import { useSync, useWorkshop } from '../sync/hooks';
import { useT } from './i18n';

/**
 * Whether this device is live. data-state is online or offline (connecting counts as offline). Out of sight where there
 * is nothing to connect to (the empty join form) or the page itself says why it cannot (a wrong code, a revoked link):
 * a red "cannot connect" there would blame the network for a typo.
 */
export function ConnectionStatus() {
  const connection = useWorkshop((s) => s.connection);
  const refused = useWorkshop((s) => s.fatal !== null);
  const t = useT();
  const sync = useSync();
  if (!sync || refused) return <div data-testid="connection-status" data-state="offline" hidden />;
  const online = connection === 'online';
  const label = online
    ? t('conn.online')
    : connection === 'connecting'
      ? t('conn.connecting')
      : connection === 'error'
        ? t('conn.error')
        : t('conn.offline');
  return (
    <div
      className={`conn conn-${online ? 'online' : 'offline'}`}
      data-testid="connection-status"
      data-state={online ? 'online' : 'offline'}
      role="status"
    >
      <span className="conn-dot" aria-hidden="true" />
      <span>{label}</span>
      {connection === 'offline' && (
        <button type="button" className="btn-link" onClick={() => sync.reconnect()}>
          {t('conn.retryNow')}
        </button>
      )}
    </div>
  );
}
