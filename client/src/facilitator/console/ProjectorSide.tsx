import type { WorkshopDefinition } from '@kafe/shared/agenda';
import { useWorkshop } from '../../sync/hooks';
import { useT } from '../../ui/i18n';
import { partTitle } from '../../ui/wrapupParts';
import { RefusalMessage } from '../RefusalMessage';
import { useFacilitatorCommand } from '../useCommand';
import { ProjectorPreview } from './ProjectorPreview';

/** Beside every section: what the projector shows now, whether it chimes, and how many pages are connected. */
export function ProjectorSide({
  def,
  token,
  inPlenary,
}: {
  def: WorkshopDefinition;
  token: string;
  /** The wrap-up shows only in the plenary: before and after it, naming its step would say what the screen does not show. */
  inPlenary: boolean;
}) {
  const t = useT();
  const presence = useWorkshop((s) => s.presence);
  const wrapup = useWorkshop((s) => s.state.wrapup);
  const n = def.questions.findIndex((q) => q.id === wrapup?.questionId) + 1;
  return (
    <aside className="console-side" aria-labelledby="preview-h">
      <h2 id="preview-h" className="panel-title">
        {t('fac.preview')}
      </h2>
      <ProjectorPreview token={token} />
      {inPlenary && wrapup && (wrapup.part === 'overview' || n > 0) && (
        <p className="help" data-testid="preview-step">
          {wrapup.part === 'overview'
            ? t('plenary.walker.overview')
            : t('plenary.walker.step', { n, part: partTitle(t, wrapup.part) })}
        </p>
      )}
      <ChimeToggle />
      {presence && (
        <p className="help" data-testid="presence">
          {t('fac.presence', {
            participants: t(
              presence.participants === 1 ? 'fac.presence.participants.one' : 'fac.presence.participants.other',
              { n: presence.participants },
            ),
            screens: t(presence.screens === 1 ? 'fac.presence.screens.one' : 'fac.presence.screens.other', {
              n: presence.screens,
            }),
          })}
        </p>
      )}
    </aside>
  );
}

function ChimeToggle() {
  const t = useT();
  const chime = useWorkshop((s) => s.state.definition?.settings.chime ?? true);
  const { run, busy, error } = useFacilitatorCommand();
  return (
    <>
      <label className="field-inline">
        <input
          type="checkbox"
          checked={chime}
          disabled={busy}
          onChange={(e) => void run('settings:set', { settings: { chime: e.target.checked } })}
        />
        <span>{t('plenary.chime')}</span>
      </label>
      <RefusalMessage error={error} />
    </>
  );
}
