import type { SettingsRows } from '../store/settingsRows.js';
import { hashToken, newToken } from './secrets.js';

/**
 * The organiser key guards workshop creation. From ORGANISER_KEY when set; otherwise generated on first start,
 * stored hashed, and handed back once so main.ts can print it.
 */
export async function ensureOrganiserKey(
  settings: SettingsRows,
  fromEnv: string | undefined,
  regenerate = false,
): Promise<{ hash: string; printable: string | null }> {
  if (fromEnv) return { hash: hashToken(fromEnv), printable: fromEnv };
  const stored = await settings.organiserKeyHash();
  if (stored && !regenerate) return { hash: stored, printable: null };
  const key = newToken();
  await settings.setOrganiserKeyHash(hashToken(key));
  return { hash: hashToken(key), printable: key };
}
