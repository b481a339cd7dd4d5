import { useState } from 'react';
import type { EvaluationItem } from '@kafe/shared/agenda';
import { useT } from '../../ui/i18n';
import { useFacilitatorCommand } from '../useCommand';
import { CommandError } from './ParticipantsCommand';

const MAX_ITEMS = 10;

/** A fresh id that fits the schema (letters, digits, - and _) and no other item has. */
function newId(items: readonly EvaluationItem[]): string {
  for (let n = items.length + 1; ; n++) if (!items.some((i) => i.id === `q${n}`)) return `q${n}`;
}

/** Edit the evaluation's questions before opening it. Existing ids are kept, so answers already given stay attached. */
export function ParticipantsEvaluationEditor({ items }: { items: EvaluationItem[] }) {
  const t = useT();
  const [draft, setDraft] = useState<EvaluationItem[] | null>(null);
  const [saved, setSaved] = useState(false);
  const { run, busy, error } = useFacilitatorCommand();
  const list = draft ?? items;
  const edit = (next: EvaluationItem[]): void => {
    setDraft(next);
    setSaved(false);
  };
  const patch = (i: number, change: Partial<EvaluationItem>): void =>
    edit(list.map((item, j) => (j === i ? { ...item, ...change } : item)));
  const save = async (): Promise<void> => {
    const cleaned = list.map((i) => ({ ...i, text: i.text.trim() })).filter((i) => i.text !== '');
    if (await run('settings:set', { settings: { evaluation: cleaned } })) {
      setDraft(null);
      setSaved(true);
    }
  };
  return (
    <details className="fac-eval-editor">
      <summary>{t('participant.fac.eval.edit')}</summary>
      <ol>
        {list.map((item, i) => (
          <li key={item.id} className="fac-eval-item">
            <label className="field">
              <span>{t('participant.fac.eval.item', { n: i + 1 })}</span>
              <textarea
                value={item.text}
                rows={2}
                maxLength={300}
                onChange={(e) => patch(i, { text: e.target.value })}
              />
            </label>
            <div className="btn-row">
              <label className="field-inline">
                <span>{t('participant.fac.eval.kind')}</span>
                <select
                  value={item.kind}
                  onChange={(e) => patch(i, { kind: e.target.value === 'text' ? 'text' : 'scale' })}
                >
                  <option value="scale">{t('participant.fac.eval.scale')}</option>
                  <option value="text">{t('participant.fac.eval.text')}</option>
                </select>
              </label>
              <button
                type="button"
                className="btn btn-quiet"
                onClick={() => edit(list.filter((_, j) => j !== i))}
                aria-label={`${t('participant.fac.eval.remove')}: ${t('participant.fac.eval.item', { n: i + 1 })}`}
              >
                {t('participant.fac.eval.remove')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <div className="btn-row">
        <button
          type="button"
          className="btn"
          disabled={list.length >= MAX_ITEMS}
          onClick={() => edit([...list, { id: newId(list), kind: 'scale', text: '' }])}
        >
          {t('participant.fac.eval.add')}
        </button>
        <button type="button" className="btn btn-primary" disabled={busy || draft === null} onClick={() => void save()}>
          {t('common.save')}
        </button>
        <span role="status" className="form-ok">
          {saved ? t('common.saved') : ''}
        </span>
      </div>
      <CommandError error={error} />
    </details>
  );
}
