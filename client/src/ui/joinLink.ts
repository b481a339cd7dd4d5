import type { Language } from '@kafe/shared/agenda';
import { useWorkshop } from '../sync/hooks';

/**
 * The link a QR code or a printed card sends phones to: the join URL (with the code), `?table=N` for a table card, and
 * `?lang=` when the workshop is not in bokmål, so a phone opens in nynorsk or English from its first screen instead
 * of bokmål until the workshop's own language arrives. Bokmål, the default, keeps the link (and its QR code) short.
 */
export function joinLinkOf(joinUrl: string, language: Language | undefined, table?: number): string {
  const url = new URL(joinUrl);
  if (table !== undefined) url.searchParams.set('table', String(table));
  if (language && language !== 'nb') url.searchParams.set('lang', language);
  return url.toString();
}

/** This workshop's join link for QR codes and cards (null until the page knows its workshop). */
export function useJoinLink(table?: number): string | null {
  const joinUrl = useWorkshop((s) => s.joinUrl);
  const language = useWorkshop((s) => s.state.definition?.language);
  return joinUrl ? joinLinkOf(joinUrl, language, table) : null;
}
