import { useRef } from 'react';
import { KAFEDIALOG_TEMPLATES } from '@kafe/shared/template';
import { useWorkshop } from '../sync/hooks';
import { useT } from '../ui/i18n';

/**
 * The host guidance, one tap away, in a native dialog (focus trapped, Escape closes): guidance the organiser wrote, as
 * written; the seed's guidance (the template's) in the interface language.
 */
export function HostGuide() {
  const t = useT();
  const own = useWorkshop((s) => s.state.definition?.hostGuidance ?? []);
  // The template's own guidance (in any of its languages) is shown translated; guidance an organiser wrote is shown
  // as written.
  const isTemplate =
    own.length === 0 ||
    Object.values(KAFEDIALOG_TEMPLATES).some((template) => template.hostGuidance.join('\n') === own.join('\n'));
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" className="btn btn-quiet" onClick={() => dialog.current?.showModal()}>
        {t('host.guide.open')}
      </button>
      <dialog ref={dialog} className="guide" aria-labelledby="guide-h">
        <h2 id="guide-h">{t('host.guide')}</h2>
        <ul>
          {(isTemplate ? [t('host.guide.1'), t('host.guide.2'), t('host.guide.3')] : own).map((line) => (
            <li key={line}>{line}</li>
          ))}
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
