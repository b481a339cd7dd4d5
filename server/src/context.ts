import type { WorkshopDefinition } from '@kafe/shared/agenda';
import type { FilingFrame } from '@kafe/shared/filing';
import type { PresenceBoard } from './cluster/presenceBoard.js';
import type { AppLimits } from './limits/appLimits.js';
import type { AllowedOrigins } from './origin.js';
import type { RevokedLink } from './workshops/regenerate.js';
import type { WorkerPool } from './workers/pool.js';
import type { EventStore } from './store/eventStore.js';
import type { WorkshopLinks } from './workshops/links.js';
import type { WorkshopRegistry } from './workshops/registry.js';
import type { WorkshopRepository } from './workshops/repository.js';
import type { PhotoRows } from './store/photoRows.js';
import type { TokenRows } from './store/tokenRows.js';
import type { WorkshopRows } from './store/workshopRows.js';

export interface CreatedWorkshop {
  id: string;
  joinCode: string;
  facilitatorToken: string;
  links: WorkshopLinks;
}

/** Who is connected, across the processes that share the database (cluster/). */
export interface SharedPresence {
  board: PresenceBoard;
  /** This process's counts of a workshop changed (and were reported): the others read the totals again. */
  changedHere(workshopId: string): void;
  /** Counts changed in another process (a workshop), or the heartbeat ticked (null: every workshop). */
  onChangedElsewhere(listener: (workshopId: string | null) => void): void;
}

/** What HTTP routes and socket handlers share. Built once in createApp and passed down: no module singletons. */
export interface AppContext {
  publicUrl: string;
  organiserKeyHash: string;
  now: () => number;
  /** Every workshop's event log. */
  store: EventStore;
  /** Workshops' rows: join codes, whether joining is open, whether one exists. */
  workshops: WorkshopRows;
  /** Role tokens by hash, and replacing a link (workshops/regenerate.ts). */
  tokens: TokenRows;
  /** Flip-chart photos' bytes (their events are in the log). */
  photos: PhotoRows;
  /** Workshops and their secrets: creating one, reading a token, opening the sealed links. */
  repo: WorkshopRepository;
  registry: WorkshopRegistry;
  presence: SharedPresence;
  /** Theme recomputes and exports run here, off the event loop. */
  workers: WorkerPool;
  /** Every rate limit and cap: per person, per address, per credential. */
  limits: AppLimits;
  /** Waits before a wrong key or token is answered over HTTP (see http/failurePause.ts). */
  pause: (ms: number) => Promise<void>;
  /** Which browser origins may call the API and open sockets (origin.ts). */
  origins: AllowedOrigins;
  /** A new workshop; `filing`, when given, is its report's filing frame from the start (the starter workshop's purpose). */
  createWorkshop(def: WorkshopDefinition, filing?: FilingFrame): Promise<CreatedWorkshop>;
  /** A link (a role's, or the facilitator's own) was replaced: its open pages must go (realtime/ listens). */
  linkRevoked(workshopId: string, target: RevokedLink): void;
  /**
   * Deletes a workshop with everything in it (its log, tokens and row), lets it go from memory and drops its open
   * pages. Answers whether there was one.
   */
  deleteWorkshop(workshopId: string): Promise<boolean>;
  /** A workshop was deleted: its open pages must go (realtime/ listens). */
  onWorkshopDeleted(listener: (workshopId: string) => void): void;
  /** Days after its date (or its arrival here, whichever is later) that a workshop is deleted by itself. */
  retentionDays: number;
  onLinkRevoked(listener: (workshopId: string, target: RevokedLink) => void): void;
}
