import type { WorkshopRegistry } from '../workshops/registry.js';
import type { WorkshopRuntime } from '../workshops/runtime.js';
import { rooms } from '../realtime/rooms.js';
import type { IoServer, IoSocket } from '../realtime/types.js';
import { ThemeService, type ThemeServiceDeps } from './service.js';

export interface LiveThemes {
  /** Sends a just-welcomed facilitator or screen the current themes of every question. */
  welcome(socket: IoSocket, runtime: WorkshopRuntime): void;
  close(): void;
}

/** Live themes over socket.io: published to the facilitator and screen rooms only (hosts and phones never get them). */
export function attachThemes(io: IoServer, registry: WorkshopRegistry, options: Pick<ThemeServiceDeps, 'debounceMs' | 'maxWaitMs' | 'now'> = {}): LiveThemes {
  const service = new ThemeService({
    ...options,
    registry,
    publish: (workshopId, message) => void io.to([rooms.facilitator(workshopId), rooms.screen(workshopId)]).emit('themes', message),
  });
  return {
    welcome(socket, runtime) {
      const role = socket.data.viewer.role;
      if (role !== 'facilitator' && role !== 'screen') return;
      for (const message of service.snapshot(runtime)) socket.emit('themes', message);
    },
    close: () => service.close(),
  };
}
