import type { WorkshopRegistry } from '../workshops/registry.js';
import type { WorkshopRuntime } from '../workshops/runtime.js';
import { rooms } from '../realtime/rooms.js';
import type { IoServer, IoSocket } from '../realtime/types.js';
import type { WorkerPool } from '../workers/pool.js';
import { ThemeService, type ThemeServiceDeps } from './service.js';

export interface LiveThemes {
  /** Sends a just-welcomed facilitator or screen the current themes of every question (missing ones a moment later). */
  welcome(socket: IoSocket, runtime: WorkshopRuntime): void;
  close(): void;
}

/** Live themes over socket.io: published to the facilitator and screen rooms only (hosts and phones never get them). */
export function attachThemes(
  io: IoServer,
  registry: WorkshopRegistry,
  workers: Pick<WorkerPool, 'themes'>,
  options: Pick<ThemeServiceDeps, 'debounceMs' | 'maxWaitMs' | 'now'> = {},
): LiveThemes {
  const service = new ThemeService({
    ...options,
    registry,
    compute: (notes, language) => workers.themes(notes, language),
    publish: (workshopId, message) =>
      void io.to([rooms.facilitator(workshopId), rooms.screen(workshopId)]).emit('themes', message),
  });
  return {
    welcome(socket, runtime) {
      const role = socket.data.viewer.role;
      if (role !== 'facilitator' && role !== 'screen') return;
      // Failed computes are logged and sent as no themes; a socket gone meanwhile just drops what follows.
      service
        .snapshot(runtime, (message) => socket.emit('themes', message))
        .catch((err: unknown) => console.error('themes welcome failed:', err));
    },
    close: () => service.close(),
  };
}
