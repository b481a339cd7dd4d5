import { useEffect, useState } from 'react';
import { useOutbox } from '../../sync/hooks';
import { SENDING_AFTER_MS } from './connectionPill';

/**
 * How long the oldest change on this device has waited for the server (ms), or null when nothing waits. The time is
 * read when the oldest entry changes and once more when it crosses SENDING_AFTER_MS, so the pill turns without a
 * ticking interval.
 */
export function useOldestWaiting(): number | null {
  const oldest = useOutbox((s) => (s.entries.length ? Math.min(...s.entries.map((e) => e.createdAt)) : null));
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (oldest === null) return;
    const left = Math.max(0, oldest + SENDING_AFTER_MS - Date.now());
    const timer = window.setTimeout(() => setNow(Date.now()), left);
    return () => window.clearTimeout(timer);
  }, [oldest]);
  return oldest === null ? null : Math.max(0, now - oldest);
}
