/**
 * Open sockets per IP, capped. A venue's phones all share its one public IP behind NAT, so the cap is high (default
 * 1,000); it is there so one address cannot hold the server's memory hostage with idle connections.
 */
export class ConnectionCounter {
  private readonly open = new Map<string, number>();

  constructor(private readonly maxPerIp: number) {}

  /** Counts a new connection from `ip`, or returns false (counting nothing) when that address is at its cap. */
  tryOpen(ip: string): boolean {
    const n = this.open.get(ip) ?? 0;
    if (n >= this.maxPerIp) return false;
    this.open.set(ip, n + 1);
    return true;
  }

  close(ip: string): void {
    const n = (this.open.get(ip) ?? 0) - 1;
    if (n > 0) this.open.set(ip, n);
    else this.open.delete(ip);
  }

  count(ip: string): number {
    return this.open.get(ip) ?? 0;
  }
}
