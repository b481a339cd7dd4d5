import type { ReactNode } from 'react';
import { SyncContext, useSyncClient } from './hooks';
import type { Credentials } from './identity';
import { WorkshopLanguage } from '../ui/WorkshopLanguage';

/**
 * Keeps a page connected to its workshop while mounted: one SyncClient for the page, given to everything inside.
 * `outboxScope`: where the page's durable commands are kept (a host's notes, a phone's ideas); null for pages that
 * only send one-off commands.
 */
export function SyncPage({
  credentials,
  outboxScope = null,
  children,
}: {
  credentials: Credentials | null;
  outboxScope?: string | null;
  children: ReactNode;
}) {
  const client = useSyncClient(credentials, outboxScope);
  return (
    <SyncContext value={client}>
      <WorkshopLanguage />
      {children}
    </SyncContext>
  );
}
