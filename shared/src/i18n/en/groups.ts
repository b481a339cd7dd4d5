import type { groupsNb } from '../nb/groups.js';

export const groupsEn: Record<keyof typeof groupsNb, string> = {
  'groups.edit.title': 'Participant groups',
  'groups.edit.why':
    'Participants can say which group they belong to when they join. The report shows participation and evaluation by group, only for groups of at least 5 people.',
  'groups.edit.off': 'Don’t ask for a group',
  'groups.edit.offHelp': 'Participants are not asked, hosts do not count groups, and the report shows no groups.',
  'groups.edit.group': 'Group {n}',
  'groups.edit.up': 'Move up',
  'groups.edit.down': 'Move down',
  'groups.edit.remove': 'Remove',
  'groups.edit.add': 'Add group',
  'groups.edit.defaults': 'Use the default groups',
  'groups.edit.rule':
    'The groups can change until the workshop starts. People who chose a group you remove count as not having answered and can choose again.',
  'groups.edit.locked':
    'The workshop has started, so the groups are locked: participants have chosen, and a change now would make the report’s figures wrong.',
  'groups.edit.later':
    'You can change the groups under Preparation in the facilitator console until the workshop starts.',
  'groups.edit.asked': 'Participants choose from:',
  'groups.edit.notAsked': 'Participants are not asked for a group.',
  'groups.problem.none': 'Add at least one group, or choose “Don’t ask for a group”.',
  'groups.problem.tooMany': 'You can have at most {max} groups.',
  'groups.problem.empty': 'Group {n} has no name.',
  'groups.problem.tooLong': 'The name of group {n} is too long (at most {max} characters).',
  'groups.problem.unstorable': 'The name of group {n} has a character that cannot be stored.',
  'groups.problem.duplicate': 'Two groups are called “{name}”. Give them different names.',
  'groups.problem.fixFirst': 'Fix the participant groups before you create the workshop.',
};
