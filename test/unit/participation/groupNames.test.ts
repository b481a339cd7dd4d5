// A group's name on a page in another language than the workshop's: names need only differ in the workshop's own
// language, so where two groups share one in the page's language, both are named as the organiser named them.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARTICIPANT_GROUPS, type ParticipantGroup } from '@kafe/shared/participation/groups';
import type { WorkshopEvent } from '@kafe/shared/events';
import { groupNames } from '@kafe/shared/participation/groupNames';
import { groupsReport } from '@kafe/shared/participation/report';
import { applyAll, emptyState } from '@kafe/shared/reducer';
import { oslo, stored, templateOn, uuidOf } from '../../fixtures/workshop.js';

const named = (key: string, name: string): ParticipantGroup => ({ key, labels: { nb: name, nn: name, en: name } });
const withLeiar = [...DEFAULT_PARTICIPANT_GROUPS, named('gruppe-6', 'Leiar')];

describe("a group's name on a page in another language", () => {
  it("is the page's translation when no other group has that name", () => {
    const nn = groupNames(DEFAULT_PARTICIPANT_GROUPS, 'nn', 'nb');
    expect([...nn.values()]).toEqual(DEFAULT_PARTICIPANT_GROUPS.map((g) => g.labels.nn));
  });

  it("is the workshop's name for two groups that share one in the page's language (a bokmål 'Leiar' beside 'Leder')", () => {
    const nn = groupNames(withLeiar, 'nn', 'nb');
    expect(nn.get('leder')).toBe('Leder');
    expect(nn.get('gruppe-6')).toBe('Leiar');
    expect(nn.get('ansatt')).toBe('Tilsett');
    expect(new Set(nn.values()).size).toBe(withLeiar.length);
  });

  it("is the workshop's own name in the workshop's language", () => {
    const nb = groupNames(withLeiar, 'nb', 'nb');
    expect([...nb.values()]).toEqual(withLeiar.map((g) => g.labels.nb));
  });

  it("the report in nynorsk of a bokmål workshop counts 'Leder' and 'Leiar' apart", () => {
    const def = { ...templateOn(), participantGroups: withLeiar };
    const events: WorkshopEvent[] = [{ type: 'workshop.created', definition: def }];
    for (let n = 1; n <= 10; n++)
      events.push(
        { type: 'participant.joined', participantId: uuidOf(n), name: '', table: null },
        { type: 'participant.grouped', participantId: uuidOf(n), group: n <= 5 ? 'leder' : 'gruppe-6' },
      );
    const state = applyAll(
      emptyState(),
      events.map((e, i) => stored(i + 1, oslo('12:00') + i * 1000, e, { role: 'organiser' })),
    );
    expect(
      groupsReport(state, 'nn')
        .phones.map((g) => g.label)
        .sort(),
    ).toEqual(['Leder', 'Leiar']);
  });
});
