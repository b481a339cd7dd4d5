import { LANGUAGES } from '@kafe/shared/constants';
import type { Language } from '@kafe/shared/agenda';
import { setLanguage, useLanguage, useT } from './i18n';

export function LanguagePicker() {
  const lang = useLanguage((s) => s.lang);
  const t = useT();
  return (
    <label className="lang-picker">
      <span className="visually-hidden">{t('lang.label')}</span>
      <select value={lang} onChange={(e) => setLanguage(e.target.value as Language)}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {t(`lang.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
