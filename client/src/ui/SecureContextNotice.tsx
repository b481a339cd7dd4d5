import { useT } from './i18n';
import './secureNotice.css';

/**
 * Says plainly what a page outside a secure context (plain http on the venue LAN) loses: the offline reload and
 * installing the app, which browsers allow only over HTTPS or on localhost; and that links travel unencrypted.
 * Nothing else changes: the outbox and live sync work the same. Renders nothing in a secure context.
 */
export function SecureContextNotice({ secure = window.isSecureContext }: { secure?: boolean }) {
  const t = useT();
  if (secure) return null;
  return (
    <section className="notice secure-notice" aria-labelledby="secure-notice-h" data-testid="insecure-notice">
      <h2 id="secure-notice-h" className="secure-notice-title">
        {t('fac.insecure.title')}
      </h2>
      <p>{t('fac.insecure.body')}</p>
    </section>
  );
}
