import { create } from 'zustand';
import { LANGUAGES } from '@kafe/shared/constants';
import type { Language } from '@kafe/shared/agenda';
import { fill } from '@kafe/shared/i18n/fill';
import { nb as nbCore } from '@kafe/shared/i18n/nb/core';
import type { MessageKey } from '@kafe/shared/i18n/nb/index';
import { safeGet, safeSet } from '../sync/identity';

const STORAGE = 'kafe.lang';
const isLanguage = (v: string | null): v is Language => v !== null && (LANGUAGES as readonly string[]).includes(v);

/** A feature's texts, loaded by the pages that use them: a phone never downloads the facilitator's or the report's texts. */
export type TextArea = 'core' | 'host' | 'participant' | 'plenary' | 'harvest' | 'photos' | 'groups';
type Texts = Partial<Record<MessageKey, string>>;

/**
 * One loader per language and area. Bokmål's core texts ship in the main bundle (the default and the fallback while
 * anything else loads); every other combination is a small chunk of its own.
 */
const LOADERS: Record<Language, Record<TextArea, () => Promise<Texts>>> = {
  nb: {
    core: () => Promise.resolve(nbCore),
    host: () => import('@kafe/shared/i18n/nb/host').then((m) => m.hostNb),
    participant: () => import('@kafe/shared/i18n/nb/participant').then((m) => m.participantNb),
    plenary: () => import('@kafe/shared/i18n/nb/plenary').then((m) => m.plenaryNb),
    harvest: () => import('@kafe/shared/i18n/nb/harvest').then((m) => m.harvestNb),
    photos: () => import('@kafe/shared/i18n/nb/photos').then((m) => m.photosNb),
    groups: () => import('@kafe/shared/i18n/nb/groups').then((m) => m.groupsNb),
  },
  nn: {
    core: () => import('@kafe/shared/i18n/nn/core').then((m) => m.nn),
    host: () => import('@kafe/shared/i18n/nn/host').then((m) => m.hostNn),
    participant: () => import('@kafe/shared/i18n/nn/participant').then((m) => m.participantNn),
    plenary: () => import('@kafe/shared/i18n/nn/plenary').then((m) => m.plenaryNn),
    harvest: () => import('@kafe/shared/i18n/nn/harvest').then((m) => m.harvestNn),
    photos: () => import('@kafe/shared/i18n/nn/photos').then((m) => m.photosNn),
    groups: () => import('@kafe/shared/i18n/nn/groups').then((m) => m.groupsNn),
  },
  en: {
    core: () => import('@kafe/shared/i18n/en/core').then((m) => m.en),
    host: () => import('@kafe/shared/i18n/en/host').then((m) => m.hostEn),
    participant: () => import('@kafe/shared/i18n/en/participant').then((m) => m.participantEn),
    plenary: () => import('@kafe/shared/i18n/en/plenary').then((m) => m.plenaryEn),
    harvest: () => import('@kafe/shared/i18n/en/harvest').then((m) => m.harvestEn),
    photos: () => import('@kafe/shared/i18n/en/photos').then((m) => m.photosEn),
    groups: () => import('@kafe/shared/i18n/en/groups').then((m) => m.groupsEn),
  },
};

/** ?lang= wins and is remembered; then what this device chose before. Null: no choice, the workshop's language rules. */
function chosenLanguage(): Language | null {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (isLanguage(fromUrl)) {
    safeSet(STORAGE, fromUrl);
    return fromUrl;
  }
  const stored = safeGet(STORAGE);
  return isLanguage(stored) ? stored : null;
}

let choice = chosenLanguage();
/** The language being loaded or shown: a load that finishes after a newer choice is dropped, so the newest one wins. */
let target: Language = choice ?? 'nb';

export const useLanguage = create<{ lang: Language; texts: Texts }>(() => ({ lang: 'nb', texts: nbCore }));
const areas = new Set<TextArea>(['core']);

async function load(lang: Language, wanted: readonly TextArea[]): Promise<void> {
  const parts = await Promise.all(wanted.map((a) => LOADERS[lang][a]().catch((): Texts => ({}))));
  if (lang !== target) return;
  // Merge into what is there when the language is unchanged; start afresh when it changed.
  const base = useLanguage.getState().lang === lang ? useLanguage.getState().texts : {};
  useLanguage.setState({ lang, texts: parts.reduce<Texts>((all, part) => ({ ...all, ...part }), base) });
}

/** Loads the language this page starts in; main.tsx waits for it, so the first render is already in that language. */
export const languageReady: Promise<void> = load(target, ['core']);

/** A page's texts: role pages await this at module load, so they render with their texts in place. */
export async function needTexts(...wanted: TextArea[]): Promise<void> {
  await languageReady;
  const missing = wanted.filter((a) => !areas.has(a));
  missing.forEach((a) => areas.add(a));
  if (missing.length) await load(target, missing);
}

function show(lang: Language): void {
  if (lang === target) return;
  target = lang;
  void load(lang, [...areas]);
}

/** This device's choice: remembered, and it wins over the workshop's language from now on. */
export function setLanguage(lang: Language): void {
  safeSet(STORAGE, lang);
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  history.replaceState(history.state, '', url);
  choice = lang;
  show(lang);
}

/** A workshop's page speaks the workshop's language unless this device chose one (?lang, or a remembered choice). */
export function followWorkshopLanguage(lang: Language): void {
  if (choice === null) show(lang);
}

export function parseLanguage(v: string): Language | null {
  return isLanguage(v) ? v : null;
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function useT(): Translate {
  const texts = useLanguage((s) => s.texts);
  return (key, vars) => fill(texts[key] ?? key, vars);
}

// The document's language follows the choice, for screen readers and hyphenation.
const syncHtmlLang = (lang: Language): void => void (document.documentElement.lang = lang);
useLanguage.subscribe((s) => syncHtmlLang(s.lang));

/** A decimal number as the language writes it: "4,0" in Norwegian, "4.0" in English. */
export function useDecimal(): (n: number, digits: number) => string {
  const lang = useLanguage((s) => s.lang);
  return (n, digits) => n.toFixed(digits).replace('.', lang === 'en' ? '.' : ',');
}
