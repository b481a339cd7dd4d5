import { useRef } from 'react';
import { useT } from '../ui/i18n';

/** The seed's host guidance, one tap away, in a native dialog (focus trapped, Escape closes). */
export function HostGuide() {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" className="btn btn-quiet" onClick={() => dialog.current?.showModal()}>
        {t('host.guide.open')}
      </button>
      <dialog ref={dialog} className="guide" aria-labelledby="guide-h">
        <h2 id="guide-h">{t('host.guide')}</h2>
        <ul>
          <li>{t('host.guide.1')}</li>
          <li>{t('host.guide.2')}</li>
          <li>{t('host.guide.3')}</li>
        </ul>
        <form method="dialog">
          <button type="submit" className="btn btn-primary">
            {t('common.close')}
          </button>
        </form>
      </dialog>
    </>
  );
}
