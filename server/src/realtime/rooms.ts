import type { Viewer } from '@kafe/shared/projection';

/** One socket.io room per kind of viewer in a workshop: everyone in a room sees the same projection. */
export const rooms = {
  facilitator: (w: string) => `${w}:facilitator`,
  screen: (w: string) => `${w}:screen`,
  host: (w: string, table: number) => `${w}:host:${table}`,
  participants: (w: string) => `${w}:participants`,
  /** One phone's sockets (a participant may have several tabs): what only that phone may see goes there alone. */
  phone: (w: string, participantId: string) => `${w}:phone:${participantId}`,
};

/** The rooms a viewer's socket joins: its kind's, and for a phone also its own. */
export function roomsOf(workshopId: string, viewer: Viewer): string[] {
  switch (viewer.role) {
    case 'facilitator':
      return [rooms.facilitator(workshopId)];
    case 'screen':
      return [rooms.screen(workshopId)];
    case 'host':
      return [rooms.host(workshopId, viewer.table)];
    case 'participant':
      return [rooms.participants(workshopId), rooms.phone(workshopId, viewer.participantId)];
    default:
      return viewer satisfies never;
  }
}
