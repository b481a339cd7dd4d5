import type { Language } from '../agenda.js';
import { en } from './en.js';
import { nb, type Catalog, type MessageKey } from './nb.js';
import { nn } from './nn.js';

export type { Catalog, MessageKey };

export const CATALOGS: Record<Language, Catalog> = { nb, nn, en };

/** Looks up `key` in `lang` and fills {placeholders} from `vars`. */
export function translate(lang: Language, key: MessageKey, vars?: Record<string, string | number>): string {
  const template = CATALOGS[lang]?.[key] ?? nb[key] ?? key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : match,
  );
}
