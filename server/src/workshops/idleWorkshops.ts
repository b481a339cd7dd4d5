/**
 * Which workshops nobody uses: no socket connected, and no request since the last one left. Counted per workshop, not
 * per runtime, so a socket that connects while its workshop is still loading keeps it from being let go.
 */
export class IdleWorkshops {
  /** Workshop → its connected sockets (only workshops with at least one). */
  private readonly sockets = new Map<string, number>();
  /** Workshop → when its last socket left or its last request came (only workshops without sockets). */
  private readonly since = new Map<string, number>();

  constructor(private readonly now: () => number) {}

  connected(workshopId: string): void {
    this.sockets.set(workshopId, (this.sockets.get(workshopId) ?? 0) + 1);
    this.since.delete(workshopId);
  }

  disconnected(workshopId: string): void {
    const left = (this.sockets.get(workshopId) ?? 1) - 1;
    if (left > 0) return void this.sockets.set(workshopId, left);
    this.sockets.delete(workshopId);
    this.since.set(workshopId, this.now());
  }

  /** Used without a socket (an HTTP request, a load): its idle time starts again. */
  touched(workshopId: string): void {
    if (!this.sockets.has(workshopId)) this.since.set(workshopId, this.now());
  }

  /** Workshops with no socket for at least `ms`. */
  idleFor(ms: number): string[] {
    const cutoff = this.now() - ms;
    return [...this.since].filter(([, at]) => at <= cutoff).map(([id]) => id);
  }

  /** Whether any page is connected to this workshop now. */
  inUse(workshopId: string): boolean {
    return this.sockets.has(workshopId);
  }

  /** Let go of, or never loaded: nothing to track until it is used again. */
  forget(workshopId: string): void {
    this.since.delete(workshopId);
  }
}
