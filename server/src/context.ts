import type { WorkshopDefinition } from '@kafe/shared/agenda';
import type { FailureLimiter } from './limits/failureLimiter.js';
import type { EventStore } from './store/eventStore.js';
import type { WorkshopLinks } from './workshops/links.js';
import type { WorkshopRegistry } from './workshops/registry.js';
import type { WorkshopRepository } from './workshops/repository.js';

export interface CreatedWorkshop {
  id: string;
  joinCode: string;
  facilitatorToken: string;
  links: WorkshopLinks;
}

/** What HTTP routes and socket handlers share. Built once in createApp and passed down: no module singletons. */
export interface AppContext {
  publicUrl: string;
  organiserKeyHash: string;
  now: () => number;
  store: EventStore;
  repo: WorkshopRepository;
  registry: WorkshopRegistry;
  /** Wrong organiser keys, tokens and join codes, per IP. */
  guesses: FailureLimiter;
  createWorkshop(def: WorkshopDefinition): Promise<CreatedWorkshop>;
}
