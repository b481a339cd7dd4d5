import { useSync, useWorkshop } from '../sync/hooks';
import { pillState, type PillState } from './connection/connectionPill';
import { useNetworkUp } from './connection/useNetworkUp';
import { useOldestWaiting } from './connection/useOldestWaiting';
import type { MessageKey } from '@kafe/shared/i18n/nb/index';
import { useT } from './i18n';

const LABEL: Record<PillState, MessageKey> = {
  online: 'conn.online',
  sending: 'conn.sending',
  connecting: 'conn.connecting',
  offline: 'conn.offline',
  error: 'conn.error',
};

/**
 * Whether this device is live. data-state is online or offline (connecting counts as offline; "sending" is online, in
 * amber). Out of sight where there is nothing to connect to (the empty join form) or the page itself says why it cannot
 * (a wrong code, a revoked link): a red "cannot connect" there would blame the network for a typo.
 */
export function ConnectionStatus() {
  const connection = useWorkshop((s) => s.connection);
  const refused = useWorkshop((s) => s.fatal !== null);
  const networkUp = useNetworkUp();
  const oldestWaitingMs = useOldestWaiting();
  const t = useT();
  const sync = useSync();
  if (!sync || refused) return <div data-testid="connection-status" data-state="offline" hidden />;
  const pill = pillState({ connection, networkUp, oldestWaitingMs });
  const online = pill === 'online' || pill === 'sending';
  return (
    <div
      className={`conn conn-${pill === 'sending' ? 'sending' : online ? 'online' : 'offline'}`}
      data-testid="connection-status"
      data-state={online ? 'online' : 'offline'}
      data-pill={pill}
      role="status"
    >
      <span className="conn-dot" aria-hidden="true" />
      <span>{t(LABEL[pill])}</span>
      {pill === 'offline' && (
        <button type="button" className="btn-link" onClick={() => sync.reconnect()}>
          {t('conn.retryNow')}
        </button>
      )}
    </div>
  );
}
