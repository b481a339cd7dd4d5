import type { Viewer } from '@kafe/shared/projection';

/** One socket.io room per kind of viewer in a workshop: everyone in a room sees the same projection. */
export const rooms = {
  facilitator: (w: string) => `${w}:facilitator`,
  screen: (w: string) => `${w}:screen`,
  host: (w: string, table: number) => `${w}:host:${table}`,
  participants: (w: string) => `${w}:participants`,
};

export function roomsOf(workshopId: string, viewer: Viewer): string[] {
  const own = (() => {
    switch (viewer.role) {
      case 'facilitator':
        return rooms.facilitator(workshopId);
      case 'screen':
        return rooms.screen(workshopId);
      case 'host':
        return rooms.host(workshopId, viewer.table);
      case 'participant':
        return rooms.participants(workshopId);
      default:
        return viewer satisfies never;
    }
  })();
  return [own];
}
