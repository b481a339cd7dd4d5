// The organiser's participant groups: what the schema accepts, how the editor's draft changes, and when the
// facilitator may still change them (before the clock starts; a removed group's choices then count as not said).
import { describe, expect, it } from 'vitest';
import { decide, parseCommand } from '@kafe/shared/decide/index';
import type { Command } from '@kafe/shared/commands';
import type { WorkshopDefinition } from '@kafe/shared/agenda';
import { workshopEventSchema, type WorkshopEvent } from '@kafe/shared/events';
import {
  DEFAULT_PARTICIPANT_GROUPS,
  storedParticipantGroupsSchema,
  type ParticipantGroup,
} from '@kafe/shared/participation/groups';
import {
  addGroup,
  draftOf,
  groupProblems,
  groupsOfDraft,
  moveGroup,
  removeGroup,
  renameGroup,
} from '@kafe/shared/participation/groupsEdit';
import { groupsReport } from '@kafe/shared/participation/report';
import { applyAll, emptyState } from '@kafe/shared/reducer';
import { definitionFromInput, workshopInputSchema } from '@kafe/shared/workshopInput';
import { DAY, oslo, stored, templateOn, uuidOf } from '../../fixtures/workshop.js';

const named = (key: string, name: string): ParticipantGroup => ({ key, labels: { nb: name, nn: name, en: name } });
const names = (groups: readonly ParticipantGroup[]) => groups.map((g) => g.labels.nb);

describe('the participant groups schema', () => {
  it('accepts the defaults, a list of its own, and an empty list (do not ask)', () => {
    expect(storedParticipantGroupsSchema.safeParse(DEFAULT_PARTICIPANT_GROUPS).success).toBe(true);
    expect(
      storedParticipantGroupsSchema.safeParse([named('fag', 'Fagperson'), named('pol', 'Politiker')]).success,
    ).toBe(true);
    expect(storedParticipantGroupsSchema.safeParse([]).success).toBe(true);
  });

  it('refuses two groups with the same name, saying which name', () => {
    const made = definitionFromInput(
      { title: 'Dialog', participantGroups: [named('a', 'Leder'), named('b', ' leder ')] },
      DAY,
    );
    expect(made.ok ? [] : made.problems).toEqual([
      'participantGroups: two groups are called "leder": give them different names',
    ]);
  });

  it("judges a duplicate by the names in the workshop's language: a bokmål 'Leiar' beside the default 'Leder' is no duplicate", () => {
    // The nynorsk name of the default 'Leder' is 'Leiar'; the organiser of a bokmål workshop never sees it.
    const withLeiar = [...DEFAULT_PARTICIPANT_GROUPS, named('gruppe-6', 'Leiar')];
    expect(definitionFromInput({ title: 'Dialog', language: 'nb', participantGroups: withLeiar }, DAY).ok).toBe(true);
    const nynorsk = definitionFromInput({ title: 'Dialog', language: 'nn', participantGroups: withLeiar }, DAY);
    expect(nynorsk.ok ? [] : nynorsk.problems).toEqual([
      'participantGroups: two groups are called "Leiar": give them different names',
    ]);
  });

  it('refuses more than 12 groups, names over 60 characters, empty names and NUL characters', () => {
    const thirteen = Array.from({ length: 13 }, (_, i) => named(`g${i}`, `Gruppe ${i}`));
    expect(storedParticipantGroupsSchema.safeParse(thirteen).success).toBe(false);
    expect(storedParticipantGroupsSchema.safeParse([named('a', 'x'.repeat(61))]).success).toBe(false);
    expect(storedParticipantGroupsSchema.safeParse([named('a', '   ')]).success).toBe(false);
    expect(storedParticipantGroupsSchema.safeParse([named('a', 'Le\u0000der')]).success).toBe(false);
  });

  it('POST /api/workshops may carry the groups (the organiser page sends them)', () => {
    const input = { title: 'Dialog', participantGroups: [named('fag', 'Fagperson')] };
    expect(workshopInputSchema.safeParse(input).success).toBe(true);
  });
});

describe("the editor's draft", () => {
  it('shows the defaults when none are named, and remembers them while the question is off', () => {
    expect(draftOf(undefined)).toEqual({ ask: true, groups: DEFAULT_PARTICIPANT_GROUPS });
    expect(draftOf([])).toEqual({ ask: false, groups: DEFAULT_PARTICIPANT_GROUPS });
    expect(groupsOfDraft({ ask: false, groups: [...DEFAULT_PARTICIPANT_GROUPS] })).toEqual([]);
  });

  it('a rename keeps the key (choices follow it) and is the name in every language; the old name restores the translations', () => {
    const renamed = renameGroup(DEFAULT_PARTICIPANT_GROUPS, 1, 'Mellomleder', 'nb');
    expect(renamed[1]).toEqual(named('leder', 'Mellomleder'));
    expect(renameGroup(renamed, 1, 'Leder', 'nb')[1]).toEqual(DEFAULT_PARTICIPANT_GROUPS[1]);
  });

  it('adds with a fresh key, removes, and moves one place up or down (not past either end)', () => {
    const added = addGroup([named('gruppe-2', 'A')]);
    expect(added.map((g) => g.key)).toEqual(['gruppe-2', 'gruppe-3']);
    const list = [named('a', 'A'), named('b', 'B'), named('c', 'C')];
    expect(names(moveGroup(list, 2, -1))).toEqual(['A', 'C', 'B']);
    expect(names(moveGroup(list, 0, -1))).toEqual(['A', 'B', 'C']);
    expect(names(moveGroup(list, 2, 1))).toEqual(['A', 'B', 'C']);
    expect(names(removeGroup(list, 1))).toEqual(['A', 'C']);
  });

  it('names what is wrong so the editor can say it: empty, duplicate, too long, none left', () => {
    const draft = {
      ask: true,
      groups: [named('a', 'Leder'), named('b', ''), named('c', 'leder'), named('d', 'x'.repeat(61))],
    };
    expect(groupProblems(draft, 'nb')).toEqual([
      { kind: 'empty', n: 2 },
      { kind: 'tooLong', n: 4, max: 60 },
      { kind: 'duplicate', name: 'leder' },
    ]);
    expect(groupProblems({ ask: true, groups: [] }, 'nb')).toEqual([{ kind: 'none' }]);
    // Only names as the editor shows them count: 'Leiar' is the default 'Leder' only in nynorsk.
    const leiar = renameGroup(addGroup(DEFAULT_PARTICIPANT_GROUPS), 5, 'Leiar', 'nb');
    expect(groupProblems({ ask: true, groups: leiar }, 'nb')).toEqual([]);
    expect(groupProblems({ ask: true, groups: leiar }, 'nn')).toEqual([{ kind: 'duplicate', name: 'Leiar' }]);
    expect(groupProblems({ ask: false, groups: [] }, 'nb')).toEqual([]);
  });
});

describe('changing the groups of a workshop', () => {
  const OP = '11111111-1111-4111-8111-111111111111';
  const update = (definition: WorkshopDefinition): Command => {
    const parsed = parseCommand('workshop:update', { opId: OP, definition });
    if (!parsed.ok) throw new Error(parsed.message);
    return parsed.cmd;
  };
  const workshop = (...events: WorkshopEvent[]) =>
    applyAll(emptyState(), [
      stored(1, oslo('12:00'), { type: 'workshop.created', definition: templateOn() }, { role: 'organiser' }),
      ...events.map((e, i) => stored(i + 2, oslo('12:10') + i * 1000, e)),
    ]);
  const own = [named('fag', 'Fagperson'), named('pol', 'Politiker')];

  it('before the start the facilitator may change them', () => {
    const d = decide(workshop(), { role: 'facilitator' }, update({ ...templateOn(), participantGroups: own }), 0);
    expect(d.ok).toBe(true);
  });

  it('once the clock has started they are locked; other edits still go through', () => {
    const state = workshop({ type: 'clock.started', planShiftMs: 0 });
    const d = decide(state, { role: 'facilitator' }, update({ ...templateOn(), participantGroups: own }), 0);
    expect(d.ok ? null : d.error.code).toBe('conflict');
    const retitled = decide(state, { role: 'facilitator' }, update({ ...templateOn(), title: 'Ny tittel' }), 0);
    expect(retitled.ok).toBe(true);
  });

  it('two groups of one name are refused when changed, yet a workshop stored with them still loads and can be edited', () => {
    const twice = [named('a', 'Leder'), named('b', 'leder')];
    const d = decide(workshop(), { role: 'facilitator' }, update({ ...templateOn(), participantGroups: twice }), 0);
    expect(d.ok ? null : d.error.message).toBe('two groups are called "leder": give them different names');
    // Stored before the rule (a raw update or an import): the loader keeps the definition, and a title edit passes.
    const updated: WorkshopEvent = {
      type: 'workshop.updated',
      definition: { ...templateOn(), participantGroups: twice },
    };
    expect(workshopEventSchema.safeParse(updated).success).toBe(true);
    const old = workshop(updated);
    expect(old.definition?.participantGroups).toEqual(twice);
    const retitled = update({ ...templateOn(), title: 'Ny tittel', participantGroups: twice });
    expect(decide(old, { role: 'facilitator' }, retitled, 0).ok).toBe(true);
  });

  it("a bokmål workshop may add 'Leiar' beside the default 'Leder' (a name shared only in another language)", () => {
    const withLeiar = [...DEFAULT_PARTICIPANT_GROUPS, named('gruppe-6', 'Leiar')];
    const d = decide(workshop(), { role: 'facilitator' }, update({ ...templateOn(), participantGroups: withLeiar }), 0);
    expect(d.ok ? null : d.error.message).toBeNull();
  });

  it('after a reset (a rehearsal) they may change again', () => {
    const state = workshop({ type: 'clock.started', planShiftMs: 0 }, { type: 'clock.reset' });
    expect(decide(state, { role: 'facilitator' }, update({ ...templateOn(), participantGroups: [] }), 0).ok).toBe(true);
  });

  it('a phone whose group was removed before the start counts as not having said, and cannot choose it again', () => {
    const joined = (n: number): WorkshopEvent[] => [
      { type: 'participant.joined', participantId: uuidOf(n), name: '', table: null },
      { type: 'participant.grouped', participantId: uuidOf(n), group: n <= 5 ? 'leder' : 'ansatt' },
    ];
    const events = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].flatMap(joined);
    const before = workshop(...events);
    expect(groupsReport(before, 'nb').phones.map((g) => g.label)).toEqual(['Ansatt', 'Leder']);
    const withoutLeaders = DEFAULT_PARTICIPANT_GROUPS.filter((g) => g.key !== 'leder');
    const after = workshop(...events, {
      type: 'workshop.updated',
      definition: { ...templateOn(), participantGroups: withoutLeaders },
    });
    expect(groupsReport(after, 'nb').phones).toEqual([]); // five employees alone: one bucket, shown as nothing
    expect(JSON.stringify(groupsReport(after, 'nb'))).not.toContain('Leder');
    const choose = parseCommand('participant:group', { opId: OP, group: 'leder' });
    if (!choose.ok) throw new Error(choose.message);
    const d = decide(after, { role: 'participant', participantId: uuidOf(1) }, choose.cmd, 0);
    expect(d.ok ? null : d.error.code).toBe('bad_request');
  });

  it('with the question off, a phone cannot say a group', () => {
    const state = workshop(
      { type: 'workshop.updated', definition: { ...templateOn(), participantGroups: [] } },
      { type: 'participant.joined', participantId: uuidOf(1), name: '', table: null },
    );
    const choose = parseCommand('participant:group', { opId: OP, group: 'ansatt' });
    if (!choose.ok) throw new Error(choose.message);
    expect(decide(state, { role: 'participant', participantId: uuidOf(1) }, choose.cmd, 0).ok).toBe(false);
  });
});
