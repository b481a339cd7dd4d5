import { LANGUAGES } from '@kafe/shared/constants';
import { parseLanguage, setLanguage, useLanguage, useT } from './i18n';

export function LanguagePicker() {
  const lang = useLanguage((s) => s.lang);
  const t = useT();
  return (
    <label className="lang-picker">
      <span className="visually-hidden">{t('lang.label')}</span>
      <select
        value={lang}
        onChange={(e) => {
          const lang = parseLanguage(e.target.value);
          if (lang) setLanguage(lang);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {t(`lang.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
