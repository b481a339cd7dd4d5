/**
 * How long a wrong guess over HTTP waits for its answer. The organiser key may be chosen by hand, so a wrong one waits a
 * full second; role tokens carry 128 random bits, so a short pause is enough to make scanning them pointless. Right
 * keys and tokens never wait, and neither does a request without any (nothing was guessed).
 */
export const FAILURE_PAUSE_MS = { organiserKey: 1000, token: 250 } as const;

/** Waits `ms`; createApp takes another one, so tests can hold and release a pause instead of waiting on the clock. */
export type Pause = (ms: number) => Promise<void>;

export const pause: Pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
