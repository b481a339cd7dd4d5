// The report's groups section: figures by group only where the group has five people or more.
import { describe, expect, it } from 'vitest';
import type { StoredEvent, WorkshopEvent } from '@kafe/shared/events';
import { groupsReport } from '@kafe/shared/participation/report';
import { applyAll, emptyState } from '@kafe/shared/reducer';
import { stored, templateOn, uuidOf } from '../../fixtures/workshop.js';

/** A workshop where phones of these groups joined and answered the first scale question with `score`. */
function workshop(people: { group: string; score: number }[]): StoredEvent[] {
  const def = templateOn();
  const scale = def.settings.evaluation.find((i) => i.kind === 'scale');
  if (!scale) throw new Error('the template has no scale question');
  const events: WorkshopEvent[] = [{ type: 'workshop.created', definition: def }];
  people.forEach((p, i) => {
    const participantId = uuidOf(i + 1);
    events.push({ type: 'participant.joined', participantId, name: '', table: null });
    events.push({ type: 'participant.grouped', participantId, group: p.group });
    events.push({ type: 'evaluation.answered', participantId, answers: { [scale.id]: p.score } });
  });
  return events.map((e, i) => stored(i + 1, 1000 + i, e));
}

const many = (group: string, n: number, score: number) => Array.from({ length: n }, () => ({ group, score }));

describe('participation and evaluation by group in the report', () => {
  it('shows groups of five or more by name, merges the rest into "Andre", and averages each', () => {
    const state = applyAll(
      emptyState(),
      workshop([
        ...many('ansatt', 8, 4),
        ...many('leder', 5, 2),
        ...many('tillitsvalgt', 3, 5),
        ...many('bruker', 2, 1),
      ]),
    );
    const r = groupsReport(state, 'nb');
    expect(r.phones).toEqual([
      { label: 'Ansatt', count: 8 },
      { label: 'Leder', count: 5 },
      { label: null, count: 5 },
    ]);
    expect(r.evaluation[0]?.groups).toEqual([
      { label: 'Ansatt', count: 8, average: 4 },
      { label: 'Leder', count: 5, average: 2 },
      { label: null, count: 5, average: (3 * 5 + 2 * 1) / 5 },
    ]);
  });

  it('three union representatives among twenty employees are never shown apart, not even by subtraction', () => {
    const state = applyAll(emptyState(), workshop([...many('ansatt', 20, 4), ...many('tillitsvalgt', 3, 1)]));
    const r = groupsReport(state, 'nb');
    // One bucket of everyone would say nothing by group: the section shows nothing rather than the three alone.
    expect(r.phones).toEqual([]);
    expect(r.evaluation).toEqual([]);
    expect(JSON.stringify(r)).not.toContain('Tillitsvalgt');
  });
});
