import { DEFAULT_MAX_PARTICIPANTS, LIMITS } from '@kafe/shared/constants';
import { ConnectionCounter } from './connectionCounter.js';
import { FailureLimiter } from './failureLimiter.js';
import { JoinGate } from './joinGate.js';
import { KeyedBuckets } from './keyedBuckets.js';
import { KnownPhones } from './knownPhones.js';

/** The limits an operator may set (MAX_PARTICIPANTS, MAX_CONNECTIONS_PER_IP); tests lower them to reach them quickly. */
export interface LimitSettings {
  /** New participants per workshop; at most LIMITS.participants, what the stored events can hold. */
  maxParticipants: number;
  maxConnectionsPerIp: number;
  /** Handshakes per IP: a burst, then a rate. High, since a room of phones reconnecting after a Wi-Fi blip shares one IP. */
  handshakeBurstPerIp: number;
  handshakesPerSecondPerIp: number;
}

export const DEFAULT_LIMIT_SETTINGS: LimitSettings = {
  maxParticipants: DEFAULT_MAX_PARTICIPANTS,
  maxConnectionsPerIp: 1_000,
  handshakeBurstPerIp: 1_000,
  handshakesPerSecondPerIp: 200,
};

/**
 * Every limiter of one app, in one place (built in createApp, reached through AppContext): no module-level state, so
 * each test server starts clean. Keyed by person or address, never by socket, so extra sockets multiply nothing.
 */
export interface AppLimits {
  settings: LimitSettings;
  /** Commands per person (workshop + actor): a burst of 60 (a host's outbox flushing), then 15 a second. */
  commands: KeyedBuckets;
  handshakesPerIp: KeyedBuckets;
  /** Handshakes per credential (a role token or a phone's key): reconnects are fine, a loop of re-seats is not. */
  handshakesPerCredential: KeyedBuckets;
  /** Clock pings per socket: a sync sends 8 at once, about once a minute. */
  timeSyncBurst: number;
  timeSyncPerSecond: number;
  connections: ConnectionCounter;
  /** Handshakes of one IP being checked at the same moment (a join line included): 200, then 'busy' at once. */
  handshaking: ConnectionCounter;
  /** New participants per IP: a room's worth at once (500), then 10 a second, so made-up keys cannot fill the cap. */
  newParticipantsPerIp: KeyedBuckets;
  /** Commands per IP on top of those per person: made-up phone keys do not multiply what one address may send. */
  commandsPerIp: KeyedBuckets;
  /** Wrong organiser keys and role tokens, per IP. */
  guesses: FailureLimiter;
  /** Wrong join codes, per IP, apart from `guesses` so a room's typos never lock out the hosts' links on the same NAT. */
  joinGate: JoinGate;
  knownPhones: KnownPhones;
}

/**
 * Wrong join codes: 30 in 10 minutes, then one checked per 100 ms with at most 32 waiting (see JoinGate): 10 a second
 * is slow for a guesser (31^6 codes) and quick enough for a room whose IP a few typos put in the line.
 */
export const JOIN_GATE_SETTINGS = { maxFailures: 30, windowMs: 10 * 60_000, pauseMs: 100, maxWaiting: 32 } as const;

export function createLimits(overrides: Partial<LimitSettings> = {}, now: () => number = Date.now): AppLimits {
  const settings = { ...DEFAULT_LIMIT_SETTINGS, ...overrides };
  settings.maxParticipants = Math.min(settings.maxParticipants, LIMITS.participants);
  return {
    settings,
    commands: new KeyedBuckets(15, 60, now),
    handshakesPerIp: new KeyedBuckets(settings.handshakesPerSecondPerIp, settings.handshakeBurstPerIp, now),
    handshakesPerCredential: new KeyedBuckets(0.5, 20, now),
    timeSyncBurst: 16,
    timeSyncPerSecond: 1,
    connections: new ConnectionCounter(settings.maxConnectionsPerIp),
    handshaking: new ConnectionCounter(200),
    newParticipantsPerIp: new KeyedBuckets(10, 500, now),
    commandsPerIp: new KeyedBuckets(200, 1_000, now),
    guesses: new FailureLimiter(30, 10 * 60_000, now),
    joinGate: new JoinGate(JOIN_GATE_SETTINGS, now),
    knownPhones: new KnownPhones(),
  };
}
