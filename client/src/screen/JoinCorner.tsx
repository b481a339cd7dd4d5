import { useWorkshop } from '../sync/hooks';
import { useT } from '../ui/i18n';
import { useJoinLink } from '../ui/joinLink';
import { QrCode } from '../ui/QrCode';
import { typedJoinAddress } from './joinText';

/**
 * A small QR code with the join code, in a corner during rounds, rotations and voting: latecomers join without
 * the facilitator going back to the welcome screen. `callout` says why to take the phone out now ("Vote now!").
 */
export function JoinCorner({ callout }: { callout?: string }) {
  const t = useT();
  const joinUrl = useWorkshop((s) => s.joinUrl);
  const joinCode = useWorkshop((s) => s.joinCode);
  const link = useJoinLink();
  if (!joinUrl || !joinCode || !link) return null;
  return (
    <aside className={`join-corner ${callout ? 'has-callout' : ''}`} aria-label={t('plenary.join.corner')}>
      {callout && <p className="join-corner-callout">{callout}</p>}
      <div className="join-corner-body">
        <QrCode
          value={link}
          label={`${t('screen.join.title')} ${joinUrl}`}
          size={240}
          testId="join-qr"
          className="join-corner-qr"
        />
        <div className="join-corner-text">
          <span className="join-corner-url">{typedJoinAddress(joinUrl)}</span>
          <span className="join-corner-label">{t('plenary.join.cornerCode')}</span>
          <span className="join-corner-code" data-testid="join-code" aria-label={joinCode.split('').join(' ')}>
            {joinCode}
          </span>
        </div>
      </div>
    </aside>
  );
}
