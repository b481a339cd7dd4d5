import { useEffect, useMemo } from 'react';
import { normaliseJoinCode } from '@kafe/shared/joinCode';
import { rememberLaunchPage } from '../app/launch';
import { participantKey, type Credentials } from '../sync/identity';
import { useWorkshop } from '../sync/hooks';
import { errorText } from '../ui/errorText';
import { useT, type Translate } from '../ui/i18n';
import { JoinForm } from './JoinForm';
import { PhoneView } from './PhoneView';
import { tableFromSearch } from '@kafe/shared/participation/seating';

/** How a phone connects: the join code, this phone's key, and a table card's table. Null on the join form. */
export function useParticipantCredentials(raw: string | null): Credentials | null {
  // The join form needs no key: one is made (and kept) only once the phone joins.
  const key = useMemo(() => (raw === null ? null : participantKey()), [raw]);
  const table = useMemo(() => tableFromSearch(location.search), []);
  if (raw === null || key === null) return null;
  return {
    kind: 'participant',
    joinCode: normaliseJoinCode(raw),
    participantKey: key,
    ...(table !== undefined ? { table } : {}),
  };
}

/** A phone's ideas wait in the outbox of its key in this workshop: typed offline, they survive a closed tab. */
export const ideaOutboxScope = (c: Credentials | null): string | null =>
  c?.kind === 'participant' ? `participant:${c.joinCode}:${c.participantKey}` : null;

/** Once connected with the code (ParticipantPage), shows the workshop or why not. */
export function Joined({ code: raw }: { code: string }) {
  const t = useT();
  const code = normaliseJoinCode(raw);
  const fatal = useWorkshop((s) => s.fatal);
  const ready = useWorkshop((s) => s.state.definition !== null);
  const connection = useWorkshop((s) => s.connection);
  useForgetTableCard(ready);
  useEffect(() => {
    if (ready) rememberLaunchPage(`/join/${code}`);
  }, [ready, code]);
  if (fatal) return <JoinForm initialError={joinError(t, fatal, code)} initialCode={code} />;
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
