import { useEffect } from 'react';
import { useWorkshop } from '../sync/hooks';
import { followWorkshopLanguage } from './i18n';

/**
 * Every workshop page (phone, tablet, console, screen) speaks the workshop's language unless this device chose one:
 * a nynorsk workshop opens in nynorsk on a phone that never picked a language. Renders nothing.
 */
export function WorkshopLanguage() {
  const language = useWorkshop((s) => s.state.definition?.language);
  useEffect(() => {
    if (language) followWorkshopLanguage(language);
  }, [language]);
  return null;
}
