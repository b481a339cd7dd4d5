import { useWorkshop } from '../sync/hooks';
import { useT } from '../ui/i18n';
import { useJoinLink } from '../ui/joinLink';
import { QrCode } from '../ui/QrCode';
import { typedJoinAddress } from './joinText';

/** Before the start: how to join, big enough to scan from the back rows. */
export function JoinInvite({ size = 420 }: { size?: number }) {
  const t = useT();
  const joinUrl = useWorkshop((s) => s.joinUrl);
  const joinCode = useWorkshop((s) => s.joinCode);
  const link = useJoinLink();
  if (!joinUrl || !joinCode || !link) return null;
  return (
    <div className="join-invite">
      <QrCode value={link} label={`${t('screen.join.title')} ${joinUrl}`} size={size} testId="join-qr" />
      <div className="join-invite-text">
        <p className="join-invite-title">{t('screen.join.title')}</p>
        <p>
          {t('screen.join.scan')}
          {/* On a line of its own and never broken: a URL cut mid-word cannot be typed. */}
          <strong className="join-url">{typedJoinAddress(joinUrl)}</strong>
          {t('screen.join.code')}
        </p>
        <p className="join-code" data-testid="join-code" aria-label={joinCode.split('').join(' ')}>
          {joinCode}
        </p>
      </div>
    </div>
  );
}
