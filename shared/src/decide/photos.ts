import type { Actor } from '../events.js';
import type { Command } from '../commands.js';
import type { CommandName } from '../protocol.js';
import type { WorkshopState } from '../state.js';
import { PHOTO_LIMITS } from '../photosLimits.js';
import { photosOf } from '../photosState.js';
import { questionOfRound } from '../rounds.js';
import { tableFor } from './notes.js';
import { accept, refuse, unchanged, type Decision } from './result.js';

export type PhotoCommand = Extract<CommandName, 'photo:add' | 'photo:remove' | 'photo:show'>;

/** Flip-chart photos: a host adds and removes its own table's; the facilitator removes any and picks one to project. */
export function decidePhoto(state: WorkshopState, actor: Actor, cmd: Command<PhotoCommand>): Decision {
  switch (cmd.name) {
    case 'photo:add': {
      const table = tableFor(state, actor, cmd.payload.table);
      if (typeof table !== 'number') return table;
      const { photoId, round, mime, width, height, bytes } = cmd.payload;
      if (state.photos.byId[photoId]) return refuse('conflict', 'a photo with this id exists already');
      if (!questionOfRound(state, round)) return refuse('bad_request', `there is no round ${round}`);
      if (photosOf(state.photos, table, round).length >= PHOTO_LIMITS.perTableRound)
        return refuse(
          'conflict',
          `a table keeps at most ${PHOTO_LIMITS.perTableRound} photos a round; delete one first`,
        );
      return accept({ type: 'photo.added', table, round, photoId, mime, width, height, bytes });
    }
    case 'photo:remove': {
      const photo = state.photos.byId[cmd.payload.photoId];
      if (!photo) return refuse('not_found', 'no such photo');
      const mayRemove = actor.role === 'facilitator' || (actor.role === 'host' && actor.table === photo.table);
      if (!mayRemove) return refuse('forbidden', `this photo belongs to table ${photo.table}`);
      return photo.removed ? unchanged() : accept({ type: 'photo.removed', photoId: photo.id });
    }
    case 'photo:show': {
      const { photoId } = cmd.payload;
      if (photoId !== null && (state.photos.byId[photoId]?.removed ?? true))
        return refuse('not_found', 'no such photo');
      return state.photos.shownId === photoId ? unchanged() : accept({ type: 'photo.shown', photoId });
    }
    default:
      return cmd satisfies never;
  }
}
