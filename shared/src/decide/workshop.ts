import type { WorkshopDefinition } from '../agenda.js';
import { agendaProblems } from '../agendaRules.js';
import { duplicateLabel, duplicateMessage } from '../participation/groups.js';
import { groupsLocked } from '../participation/groupsLock.js';
import { sameGroups } from '../participation/groupsEdit.js';
import type { WorkshopState } from '../state.js';
import { accept, refuse, type Decision } from './result.js';

/**
 * The facilitator edits the agenda, questions, settings and participant groups. Tables are fixed: each has its host
 * link already. The groups are fixed once the clock has started (participation/groupsLock.ts says why).
 */
export function decideUpdate(state: WorkshopState, definition: WorkshopDefinition): Decision {
  const current = state.definition;
  if (!current) return refuse('not_found', 'the workshop does not exist');
  if (definition.tables !== current.tables)
    return refuse('bad_request', 'the number of tables is fixed when the workshop is created');
  if (!sameGroups(current.participantGroups, definition.participantGroups) && groupsLocked(state.clock))
    return refuse(
      'conflict',
      'the participant groups cannot change once the workshop has started: phones have already chosen by them',
    );
  // Only a change is checked: a workshop stored with two groups of one name (before the rule) may still be edited.
  // A new language is a change too: names are judged in the workshop's language.
  const same =
    sameGroups(current.participantGroups, definition.participantGroups) && current.language === definition.language
      ? null
      : duplicateLabel(definition.participantGroups ?? [], definition.language);
  if (same !== null) return refuse('bad_request', duplicateMessage(same));
  const problems = agendaProblems(definition);
  if (problems.length) return refuse('bad_request', `the agenda is not valid: ${problems.join('; ')}`);
  return accept({ type: 'workshop.updated', definition });
}
