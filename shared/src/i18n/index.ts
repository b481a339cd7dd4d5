import type { Language } from '../agenda.js';
import { catalog as en } from './en/index.js';
import { catalog as nb, type Catalog, type MessageKey } from './nb/index.js';
import { catalog as nn } from './nn/index.js';
import { fill } from './fill.js';

export type { Catalog, MessageKey };
export { fill };

/** All three languages: for the server (reports in the workshop's language). Browsers load one (client/src/ui/i18n.ts). */
export const CATALOGS: Record<Language, Catalog> = { nb, nn, en };

/** Looks up `key` in `lang` and fills {placeholders} from `vars`. */
export function translate(lang: Language, key: MessageKey, vars?: Record<string, string | number>): string {
  return fill(CATALOGS[lang][key], vars);
}
