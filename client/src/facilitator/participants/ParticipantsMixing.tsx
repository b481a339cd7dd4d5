import { repeatEncounters } from '@kafe/shared/mixing';
import { roundCount } from '@kafe/shared/rounds';
import { seatsPerRound } from '@kafe/shared/participation/summaries';
import { useWorkshop } from '../../sync/hooks';
import { useT } from '../../ui/i18n';
import { useFacilitatorCommand } from '../useCommand';
import { CommandError, useSetting } from './ParticipantsCommand';

/** Mixing rotations: switch on, assign tables for every round, and see the result per round and table. */
export function ParticipantsMixing() {
  const t = useT();
  const state = useWorkshop((s) => s.state);
  const { run, busy, error } = useFacilitatorCommand();
  const mixing = useSetting('mixing', state.definition?.settings.mixing);
  const def = state.definition;
  if (!def) return null;
  const rounds = roundCount(state);
  const assigned = Object.values(state.participants).filter((p) => p.assigned.length > 0);
  const seats = seatsPerRound(state, def.tables, rounds);
  return (
    <fieldset>
      <legend>{t('participant.fac.mixing')}</legend>
      <label className="fac-radio">
        <input type="checkbox" checked={mixing.value ?? false} onChange={(e) => mixing.set(e.target.checked)} />
        <span>{t('participant.fac.mixing.on')}</span>
      </label>
      <p className="help">{t('participant.fac.mixing.help')}</p>
      {mixing.value && (
        <>
          <button type="button" className="btn" disabled={busy} onClick={() => void run('tables:assign')}>
            {assigned.length ? t('participant.fac.reassign') : t('participant.fac.assign')}
          </button>
          {assigned.length === 0 ? (
            <p className="help">{t('participant.fac.assign.none')}</p>
          ) : (
            <>
              <p className="help">
                {t('participant.fac.assign.repeats', {
                  n: repeatEncounters(assigned.map((p) => p.assigned)),
                  people: assigned.length,
                })}
              </p>
              <div className="fac-scroll">
                <table className="schedule">
                  <caption className="visually-hidden">{t('participant.fac.assign.summary')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('participant.fac.assign.round')}</th>
                      {Array.from({ length: def.tables }, (_, i) => (
                        <th key={i} scope="col">
                          {i + 1}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {seats.map((row, r) => (
                      <tr key={r}>
                        <th scope="row">{t('round.n', { n: r + 1 })}</th>
                        {row.map((n, i) => (
                          <td key={i}>{n}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </>
      )}
      <CommandError error={error ?? mixing.error} />
    </fieldset>
  );
}
