import { z } from 'zod';
import type { LANGUAGES } from '../constants.js';
import { key, text } from '../text.js';

/** How many groups a workshop may have and how long a name may be: a phone shows them all as one list of choices. */
export const GROUP_LIMITS = { groups: 12, label: 60 } as const;

const label = text().trim().min(1).max(GROUP_LIMITS.label);

/**
 * A participant group the organiser names (employees, managers, union representatives…), in each language. A phone
 * may say which one it belongs to; the report counts them, never showing anyone's group next to them.
 */
export const participantGroupSchema = z.object({
  key: key()
    .min(1)
    .max(40)
    .regex(/^[a-z0-9_-]+$/, 'group keys use a-z, digits, - and _'),
  labels: z.object({ nb: label, nn: label, en: label }),
});
export type ParticipantGroup = z.infer<typeof participantGroupSchema>;

/**
 * The groups as a stored definition holds them, and as POST /api/workshops takes them. An empty list means "do not
 * ask": phones are not asked, hosts count no groups, the report shows none. Two groups with one name are refused where
 * groups come in (definitionFromInput, decideUpdate), not here: the name that counts is the one in the workshop's
 * language, which this list does not know, and a workshop stored before that rule must still load with its definition.
 */
export const storedParticipantGroupsSchema = z
  .array(participantGroupSchema)
  .max(GROUP_LIMITS.groups)
  .refine((groups) => new Set(groups.map((g) => g.key)).size === groups.length, { error: 'group keys must differ' })
  .refine((groups) => groups.every((g) => g.key !== OTHERS_KEY), {
    error: 'the key "andre" is reserved for merged groups',
  });

export const duplicateMessage = (name: string): string => `two groups are called "${name}": give them different names`;

/**
 * The first name two groups share in the workshop's language (ignoring case and spaces around it), or null. Two
 * groups a phone cannot tell apart split one group's count in two. Only the names the organiser sees and types count:
 * a bokmål workshop's own group 'Leiar' is not the default 'Leder' although that one is 'Leiar' in nynorsk, and the
 * organiser could neither see nor change that translation.
 */
export function duplicateLabel(
  groups: readonly Pick<ParticipantGroup, 'labels'>[],
  language: (typeof LANGUAGES)[number],
): string | null {
  const seen = new Set<string>();
  for (const g of groups) {
    const name = g.labels[language].trim();
    const folded = name.toLowerCase();
    if (folded === '') continue;
    if (seen.has(folded)) return name;
    seen.add(folded);
  }
  return null;
}

/** Where groups smaller than the report's threshold are counted together. */
export const OTHERS_KEY = 'andre';

/** The groups a workshop has when the organiser named none: those the ministry's letter asks about. */
export const DEFAULT_PARTICIPANT_GROUPS: readonly ParticipantGroup[] = [
  { key: 'ansatt', labels: { nb: 'Ansatt', nn: 'Tilsett', en: 'Employee' } },
  { key: 'leder', labels: { nb: 'Leder', nn: 'Leiar', en: 'Manager' } },
  { key: 'tillitsvalgt', labels: { nb: 'Tillitsvalgt', nn: 'Tillitsvald', en: 'Union representative' } },
  {
    key: 'bruker',
    labels: {
      nb: 'Bruker/brukerrepresentant',
      nn: 'Brukar/brukarrepresentant',
      en: 'Service user or user representative',
    },
  },
  { key: 'annet', labels: { nb: 'Annet', nn: 'Anna', en: 'Other' } },
];

/** A workshop's groups: its own, or the default ones. */
export function groupsOf(def: { participantGroups?: readonly ParticipantGroup[] } | null): readonly ParticipantGroup[] {
  return def?.participantGroups ?? DEFAULT_PARTICIPANT_GROUPS;
}
