import { safeGet, safeSet } from '../sync/identity';

const STORAGE = 'kafe.launch';

/**
 * The page an installed app opens (the manifest's start_url is /launch): the table host's or the participant's page
 * this device last opened. The facilitator's link is never kept here: it is the key to the whole workshop.
 */
export function rememberLaunchPage(path: string): void {
  safeSet(STORAGE, path);
}

export function launchTarget(): string {
  const saved = safeGet(STORAGE);
  return saved !== null && /^\/(host#|join\/)/.test(saved) ? saved : '/join';
}
