import { useSync, useWorkshop } from '../sync/hooks';
import { useT } from './i18n';

/** Always visible: whether this device is live. data-state is online or offline (connecting counts as offline). */
export function ConnectionStatus() {
  const connection = useWorkshop((s) => s.connection);
  const t = useT();
  const sync = useSync();
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
        <button type="button" className="btn-link" onClick={() => sync?.reconnect()}>
          {t('conn.retryNow')}
        </button>
      )}
    </div>
  );
}
