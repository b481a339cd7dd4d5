import { useState } from 'react';
import { groupsOf } from '@kafe/shared/participation/groups';
import { groupNames } from '@kafe/shared/participation/groupNames';
import { compositionKey } from '@kafe/shared/participation/reduce';
import { useEnqueue, useOptimisticView } from '../sync/hooks';
import { useLanguage, useT } from '../ui/i18n';

/**
 * The host's headcount of the round's group at this table, by participant group, so people without a phone count
 * too. Saved through the outbox like a note; the report shows only groups of five or more.
 */
export function TableComposition({ table, round }: { table: number; round: number }) {
  const t = useT();
  const lang = useLanguage((s) => s.lang);
  const enqueue = useEnqueue();
  const state = useOptimisticView().state;
  const groups = groupsOf(state.definition);
  const names = groupNames(groups, lang, state.definition?.language ?? lang);
  const saved = state.participation.compositions[compositionKey(table, round)] ?? {};
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);
  const valueOf = (key: string): string => draft[key] ?? String(saved[key] ?? 0);
  const save = (): void => {
    const counts = Object.fromEntries(
      groups.map((g) => [g.key, Math.max(0, Math.min(200, Math.trunc(Number(valueOf(g.key)) || 0)))]),
    );
    void enqueue('composition:set', { round, counts }).then(() => {
      setDraft({});
      setDone(true);
    });
  };
  // The organiser turned the group question off: nothing to count by.
  if (groups.length === 0) return null;
  return (
    <details className="composition" data-testid="table-composition">
      <summary>{t('groups.composition.title')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <p className="help">
          {t('groups.composition.help')} {t('round.n', { n: round })}.
        </p>
        {groups.map((g) => (
          <label key={g.key} className="field-inline">
            <span>{names.get(g.key)}</span>
            <input
              type="number"
              inputMode="numeric"
              min={0}
              max={200}
              value={valueOf(g.key)}
              onChange={(e) => {
                setDraft({ ...draft, [g.key]: e.target.value });
                setDone(false);
              }}
            />
          </label>
        ))}
        <div className="btn-row">
          <button type="submit" className="btn btn-small">
            {t('groups.composition.save')}
          </button>
          <span role="status" className="form-ok">
            {done ? t('groups.composition.saved') : ''}
          </span>
        </div>
      </form>
    </details>
  );
}
