import { create } from 'zustand';
import { LANGUAGES } from '@kafe/shared/constants';
import type { Language } from '@kafe/shared/agenda';
import { translate, type MessageKey } from '@kafe/shared/i18n/index';
import { safeGet, safeSet } from '../sync/identity';

const STORAGE = 'kafe.lang';
const isLanguage = (v: string | null): v is Language => v !== null && (LANGUAGES as readonly string[]).includes(v);

/** ?lang= wins and is remembered; then what this device chose before; then bokmål. */
function initialLanguage(): Language {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (isLanguage(fromUrl)) {
    safeSet(STORAGE, fromUrl);
    return fromUrl;
  }
  const stored = safeGet(STORAGE);
  return isLanguage(stored) ? stored : 'nb';
}

export const useLanguage = create<{ lang: Language }>(() => ({ lang: initialLanguage() }));

export function setLanguage(lang: Language): void {
  safeSet(STORAGE, lang);
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  history.replaceState(history.state, '', url);
  useLanguage.setState({ lang });
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function useT(): Translate {
  const lang = useLanguage((s) => s.lang);
  return (key, vars) => translate(lang, key, vars);
}

// The document's language follows the choice, for screen readers and hyphenation.
const syncHtmlLang = (lang: Language): void => void (document.documentElement.lang = lang);
syncHtmlLang(useLanguage.getState().lang);
useLanguage.subscribe((s) => syncHtmlLang(s.lang));
