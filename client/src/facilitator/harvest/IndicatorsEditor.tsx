import type { EvaluationItem } from '@kafe/shared/agenda';
import { useT } from '../../ui/i18n';

/** "3,9" or "3.9" → 3.9; empty → undefined; anything else → NaN, which the form refuses to save. */
export function parseScore(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const n = Number(trimmed.replace(',', '.'));
  return Number.isFinite(n) && n >= 1 && n <= 5 ? n : Number.NaN;
}

/** A score as the facilitator typed it, or as the workshop's language writes it (decimal comma in nb/nn). */
export const scoreText = (n: number | undefined, comma: boolean): string =>
  n === undefined ? '' : comma ? String(n).replace('.', ',') : String(n);

export interface IndicatorDraft {
  id: string;
  text: string;
  name: string;
  baseline: string;
  target: string;
}

/** The evaluation's scale questions, each with an optional indicator name, baseline and target. */
export function IndicatorsEditor({
  items,
  onChange,
}: {
  items: IndicatorDraft[];
  onChange: (items: IndicatorDraft[]) => void;
}) {
  const t = useT();
  const patch = (i: number, change: Partial<IndicatorDraft>): void =>
    onChange(items.map((item, j) => (j === i ? { ...item, ...change } : item)));
  if (items.length === 0) return null;
  return (
    <fieldset>
      <legend>{t('harvest.frame.indicators')}</legend>
      <p className="help">{t('harvest.frame.indicators.help')}</p>
      {items.map((item, i) => (
        <div key={item.id} className="filing-indicator">
          <p>{item.text}</p>
          <div className="field-grid">
            <label className="field">
              <span>{t('harvest.frame.indicator.name')}</span>
              <input value={item.name} maxLength={60} onChange={(e) => patch(i, { name: e.target.value })} />
            </label>
            <ScoreField
              label={t('harvest.frame.indicator.baseline')}
              value={item.baseline}
              onChange={(baseline) => patch(i, { baseline })}
            />
            <ScoreField
              label={t('harvest.frame.indicator.target')}
              value={item.target}
              onChange={(target) => patch(i, { target })}
            />
          </div>
        </div>
      ))}
    </fieldset>
  );
}

/** The drafts of a workshop's scale items. */
export function indicatorDrafts(items: readonly EvaluationItem[], comma: boolean): IndicatorDraft[] {
  return items
    .filter((i) => i.kind === 'scale')
    .map((i) => ({
      id: i.id,
      text: i.text,
      name: i.indicator ?? '',
      baseline: scoreText(i.baseline, comma),
      target: scoreText(i.target, comma),
    }));
}

/** The evaluation items with the drafts' indicators written in; null when a number does not read. */
export function withIndicators(
  items: readonly EvaluationItem[],
  drafts: readonly IndicatorDraft[],
): EvaluationItem[] | null {
  const out: EvaluationItem[] = [];
  for (const item of items) {
    const d = drafts.find((x) => x.id === item.id);
    if (!d) {
      out.push(item);
      continue;
    }
    const baseline = parseScore(d.baseline);
    const target = parseScore(d.target);
    if (Number.isNaN(baseline) || Number.isNaN(target)) return null;
    const { indicator: _i, baseline: _b, target: _t, ...rest } = item;
    out.push({
      ...rest,
      ...(d.name.trim() ? { indicator: d.name.trim() } : {}),
      ...(baseline !== undefined ? { baseline } : {}),
      ...(target !== undefined ? { target } : {}),
    });
  }
  return out;
}

/** A 1–5 score typed with a comma or a point; marked invalid while it is not one. */
function ScoreField({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  return (
    <label className="field">
      <span>{label}</span>
      <input
        inputMode="decimal"
        value={value}
        aria-invalid={Number.isNaN(parseScore(value))}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}
