/**
 * @module ingest/fetch/host-pacer
 * One request at a time to a host, with a gap after each: the next request
 * to the host starts no sooner than the interval after the previous one
 * finished. Requests to different hosts do not wait for each other.
 */

export class HostPacer {
  /** When the next request to each host may start (ms since epoch), chained so waiters queue in order. */
  private readonly next = new Map<string, Promise<number>>()

  /** Runs `request` in the host's turn; the host rests `intervalMs` after it ends. */
  async turn<T>(host: string, intervalMs: number, request: () => Promise<T>): Promise<T> {
    const previous = this.next.get(host) ?? Promise.resolve(0)
    let release!: (at: number) => void
    this.next.set(host, new Promise<number>((r) => (release = r)))
    const notBefore = await previous
    const wait = notBefore - Date.now()
    if (wait > 0) await new Promise((r) => setTimeout(r, wait))
    try {
      return await request()
    } finally {
      release(Date.now() + intervalMs)
    }
  }
}
