import type { Language } from '../agenda.js';
import type { Area } from './area.js';
import { en } from './en.js';
import { harvestTexts } from './harvest.js';
import { hostTexts } from './host.js';
import { nb, type Catalog as CoreCatalog } from './nb.js';
import { nn } from './nn.js';
import { participantTexts } from './participant.js';
import { plenaryTexts } from './plenary.js';

const AREAS = [hostTexts, participantTexts, plenaryTexts, harvestTexts] as const;
type KeysOf<A> = A extends Area<infer K> ? K : never;
type AreaKey = KeysOf<typeof hostTexts> | KeysOf<typeof participantTexts> | KeysOf<typeof plenaryTexts> | KeysOf<typeof harvestTexts>;

export type MessageKey = keyof CoreCatalog | AreaKey;
export type Catalog = Record<MessageKey, string>;

function merge(core: CoreCatalog, lang: Language): Catalog {
  return Object.assign({}, core, ...AREAS.map((a) => a[lang]));
}

export const CATALOGS: Record<Language, Catalog> = { nb: merge(nb, 'nb'), nn: merge(nn, 'nn'), en: merge(en, 'en') };

/** Looks up `key` in `lang` and fills {placeholders} from `vars`. */
export function translate(lang: Language, key: MessageKey, vars?: Record<string, string | number>): string {
  const template = CATALOGS[lang][key] ?? CATALOGS.nb[key] ?? key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : match));
}
