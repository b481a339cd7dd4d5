import type { Vote } from '@kafe/shared/state';
import { useT } from '../ui/i18n';

/** The revealed result: options by dots, most first, with a bar for the eye and the number for everyone. */
export function VoteResults({ vote, results }: { vote: Vote; results: Record<string, number> }) {
  const t = useT();
  const rows = vote.options
    .map((o) => ({ ...o, n: results[o.key] ?? 0 }))
    .sort((a, b) => b.n - a.n || a.label.localeCompare(b.label));
  const max = Math.max(1, ...rows.map((r) => r.n));
  return (
    <>
      <h3 className="p-subtitle">{t('participant.vote.results')}</h3>
      <ol className="p-list p-results">
        {rows.map((r) => (
          <li key={r.key} className="p-result">
            <span className="p-option-label">{r.label}</span>
            <span className="p-result-n">{t('participant.vote.dots', { n: r.n })}</span>
            <span className="p-bar" aria-hidden="true">
              <span style={{ width: `${(100 * r.n) / max}%` }} />
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
