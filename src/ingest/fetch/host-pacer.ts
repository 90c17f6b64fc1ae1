/**
 * @module ingest/fetch/host-pacer
 * At most one request to a host per interval. Requests to one host queue
 * behind each other; requests to different hosts do not wait for each other.
 */

export class HostPacer {
  /** When the next request to each host may start (ms since epoch), chained so waiters queue in order. */
  private readonly next = new Map<string, Promise<number>>()

  /** Waits for the host's turn; `intervalMs` is the gap this request leaves before the following one. */
  async turn(host: string, intervalMs: number): Promise<void> {
    const previous = this.next.get(host) ?? Promise.resolve(0)
    let release!: (at: number) => void
    this.next.set(host, new Promise<number>((r) => (release = r)))
    const notBefore = await previous
    const wait = notBefore - Date.now()
    if (wait > 0) await new Promise((r) => setTimeout(r, wait))
    release(Date.now() + intervalMs)
  }
}
