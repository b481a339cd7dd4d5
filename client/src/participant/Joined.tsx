import { useEffect, useMemo } from 'react';
import { normaliseJoinCode } from '@kafe/shared/joinCode';
import { participantKey } from '../sync/identity';
import { useWorkshop } from '../sync/workshopStore';
import { errorText } from '../ui/errorText';
import { useT, type Translate } from '../ui/i18n';
import { useConnection } from '../ui/useConnection';
import { JoinForm } from './JoinForm';
import { PhoneView } from './PhoneView';
import { tableFromSearch } from '@kafe/shared/participation/seating';

/** Connects with the code and this phone's key (and a table card's table), then shows the workshop or why not. */
export function Joined({ code: raw }: { code: string }) {
  const t = useT();
  const code = normaliseJoinCode(raw);
  const key = useMemo(participantKey, []);
  const table = useMemo(() => tableFromSearch(location.search), []);
  useConnection({ kind: 'participant', joinCode: code, participantKey: key, ...(table !== undefined ? { table } : {}) });
  const fatal = useWorkshop((s) => s.fatal);
  const ready = useWorkshop((s) => s.state.definition !== null);
  const connection = useWorkshop((s) => s.connection);
  useForgetTableCard(ready);
  if (fatal) return <JoinForm initialError={joinError(t, fatal, code)} />;
  if (!ready) {
    return (
      <p className="notice" role="status">
        {connection === 'offline' ? t('participant.connecting') : t('common.loading')}
      </p>
    );
  }
  return <PhoneView />;
}

function joinError(t: Translate, fatal: { code: string; message: string }, code: string): string {
  switch (fatal.code) {
    case 'not_found':
      return t('part.join.notFound', { code });
    case 'forbidden':
      return t('part.join.closed');
    case 'rate_limited':
      return t('participant.join.slowDown', { code });
    case 'unsupported_protocol':
      return t('error.unsupported');
    default:
      return errorText(t, fatal);
  }
}

/**
 * Once seated by a table card, drop ?table=N from the address: a reload must not move someone back to the card's
 * table after they changed it by hand. Scanning the card again still seats them there.
 */
function useForgetTableCard(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const url = new URL(location.href);
    if (!url.searchParams.has('table')) return;
    url.searchParams.delete('table');
    history.replaceState(history.state, '', url);
  }, [ready]);
}
