import type { ReactNode } from 'react';
import { useWorkshop } from '../sync/hooks';
import { ConnectionStatus } from './ConnectionStatus';
import { errorText } from './errorText';
import { useT } from './i18n';
import { LanguagePicker } from './LanguagePicker';
import { MessageBanner } from './MessageBanner';

/** The frame of every role's page: a header with the role, connection status and language, then the page's main. */
export function PageShell({
  role,
  subtitle,
  children,
  className,
  titleInHeader = false,
}: {
  role: string;
  subtitle?: string;
  children: ReactNode;
  className?: string;
  /** The workshop's title in the header bar instead of above the page: for the console, where height is scarce. */
  titleInHeader?: boolean;
}) {
  const t = useT();
  const title = useWorkshop((s) => s.state.definition?.title);
  return (
    <div className={`shell ${className ?? ''}`}>
      <header className="shell-header">
        <div className="shell-brand">
          <span className="shell-app">{t('app.name')}</span>
          <span className="shell-role">{role}</span>
          {subtitle && <span className="shell-role">{subtitle}</span>}
          {titleInHeader && title && <h1 className="shell-title shell-title-inline">{title}</h1>}
        </div>
        <div className="shell-tools">
          <ConnectionStatus />
          <LanguagePicker />
        </div>
      </header>
      <main className="shell-main" id="main">
        <MessageBanner />
        {!titleInHeader && title && <h1 className="shell-title">{title}</h1>}
        {children}
      </main>
    </div>
  );
}

/** What a page shows until the first welcome, or instead of itself when the link is refused. */
export function Gate({ children }: { children: ReactNode }) {
  const t = useT();
  const fatal = useWorkshop((s) => s.fatal);
  const ready = useWorkshop((s) => s.state.definition !== null);
  if (fatal) {
    return (
      <div className="notice notice-error" role="alert">
        <h2>{t('error.title')}</h2>
        <p>{errorText(t, fatal)}</p>
      </div>
    );
  }
  if (!ready)
    return (
      <p className="notice" role="status">
        {t('common.loading')}
      </p>
    );
  return <>{children}</>;
}
