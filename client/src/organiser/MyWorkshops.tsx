import { useLanguage, useT } from '../ui/i18n';
import { longDate } from '@kafe/shared/longDate';
import type { StoredWorkshop } from './storedWorkshops';

/** The workshops made on this device (title, date, id; never their links), so the organiser can find one again. */
export function MyWorkshops({ workshops }: { workshops: StoredWorkshop[] }) {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  return (
    <section className="panel" aria-labelledby="mine-h">
      <h2 id="mine-h">{t('org.mine')}</h2>
      <p className="help">{t('org.mine.help')}</p>
      <ul data-testid="my-workshops">
        {workshops.map((w) => (
          <li key={w.id}>
            {w.title || '–'} · {w.date ? longDate(w.date, lang) : '–'} · <code>{w.id}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
