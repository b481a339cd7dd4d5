// No zod here (nor below): the phone and tablet bundles run decide for their optimistic view.
import type { Actor, Role } from '../events.js';
import type { Command } from '../commands.js';
import type { CommandName } from '../protocol.js';
import type { WorkshopState } from '../state.js';
import { decideClock } from './clock.js';
import { decideNote } from './notes.js';
import { decideParticipant } from './participants.js';
import { decideParticipation } from './participation.js';
import { decidePhoto } from './photos.js';
import { decidePlenary } from './plenary.js';
import { decideVoting } from './voting.js';
import { decideReport } from './report.js';
import { refuse, type Decision } from './result.js';
import { decideUpdate } from './workshop.js';

/** Who may send which command. Anything not listed for a role is refused before it is parsed. */
export const COMMAND_ROLES: Record<CommandName, readonly Role[]> = {
  'clock:start': ['facilitator'],
  'clock:pause': ['facilitator'],
  'clock:resume': ['facilitator'],
  'clock:next': ['facilitator'],
  'clock:prev': ['facilitator'],
  'clock:jump': ['facilitator'],
  'clock:adjust': ['facilitator'],
  'clock:catchUp': ['facilitator'],
  'clock:mode': ['facilitator'],
  'clock:reset': ['facilitator'],
  'workshop:update': ['facilitator'],
  'note:add': ['host', 'facilitator'],
  'note:edit': ['host', 'facilitator'],
  'note:delete': ['host', 'facilitator'],
  'note:restore': ['host', 'facilitator'],
  'note:star': ['host', 'facilitator'],
  'summary:set': ['host', 'facilitator'],
  'host:name': ['host', 'facilitator'],
  'settings:set': ['facilitator'],
  'tables:assign': ['facilitator'],
  'participant:name': ['participant'],
  'participant:table': ['participant'],
  'idea:add': ['participant'],
  'idea:moderate': ['host', 'facilitator'],
  'vote:open': ['facilitator'],
  'vote:cast': ['participant'],
  'vote:close': ['facilitator'],
  'vote:reveal': ['facilitator'],
  'evaluation:open': ['facilitator'],
  'evaluation:close': ['facilitator'],
  'evaluation:answer': ['participant'],
  'note:hide': ['facilitator'],
  'note:pin': ['facilitator'],
  'screen:spotlight': ['facilitator'],
  'theme:curate': ['facilitator'],
  'wrapup:show': ['facilitator'],
  'message:show': ['facilitator'],
  'message:dismiss': ['facilitator'],
  'report:frame': ['facilitator'],
  'photo:add': ['host'],
  'photo:remove': ['host', 'facilitator'],
  'photo:show': ['facilitator'],
  'participant:group': ['participant'],
  'composition:set': ['host', 'facilitator'],
};

/** Every command, decided against the current state: one event, or a refusal that says why. */
export function decide(state: WorkshopState, actor: Actor, cmd: Command, now: number): Decision {
  if (!COMMAND_ROLES[cmd.name].includes(actor.role)) return refuse('forbidden', `a ${actor.role} cannot ${cmd.name}`);
  switch (cmd.name) {
    case 'clock:start':
    case 'clock:pause':
    case 'clock:resume':
    case 'clock:next':
    case 'clock:prev':
    case 'clock:jump':
    case 'clock:adjust':
    case 'clock:catchUp':
    case 'clock:mode':
    case 'clock:reset':
      return decideClock(state, cmd, now);
    case 'workshop:update':
      return decideUpdate(state, cmd.payload.definition);
    case 'note:add':
    case 'note:edit':
    case 'note:delete':
    case 'note:restore':
    case 'note:star':
    case 'summary:set':
    case 'host:name':
      return decideNote(state, actor, cmd, now);
    case 'settings:set':
    case 'tables:assign':
    case 'participant:name':
    case 'participant:table':
    case 'idea:add':
    case 'idea:moderate':
      return decideParticipant(state, actor, cmd, now);
    case 'vote:open':
    case 'vote:cast':
    case 'vote:close':
    case 'vote:reveal':
    case 'evaluation:open':
    case 'evaluation:close':
    case 'evaluation:answer':
      return decideVoting(state, actor, cmd);
    case 'note:hide':
    case 'note:pin':
    case 'screen:spotlight':
    case 'theme:curate':
    case 'wrapup:show':
    case 'message:show':
    case 'message:dismiss':
      return decidePlenary(state, cmd);
    case 'report:frame':
      return decideReport(state, cmd.payload.frame);
    case 'photo:add':
    case 'photo:remove':
    case 'photo:show':
      return decidePhoto(state, actor, cmd);
    case 'participant:group':
    case 'composition:set':
      return decideParticipation(state, actor, cmd);
    default:
      return cmd satisfies never;
  }
}
