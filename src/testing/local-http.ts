/**
 * @module testing/local-http
 * A throwaway HTTP server on 127.0.0.1 for fetcher and ingest tests: routes
 * by path, and a log of every request with its headers and arrival time.
 */
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { repoPath } from '../util/paths.js'

export type Route = (req: IncomingMessage, res: ServerResponse) => void

export interface LoggedRequest {
  readonly path: string
  readonly headers: IncomingMessage['headers']
  readonly at: number
}

export interface LocalServer {
  /** e.g. http://127.0.0.1:41234 */
  readonly base: string
  readonly requests: LoggedRequest[]
  /** Routes may be replaced while the server runs (v1, then v2 of a page). */
  readonly routes: Record<string, Route>
  close(): Promise<void>
}

export async function startLocalServer(routes: Record<string, Route>): Promise<LocalServer> {
  const requests: LoggedRequest[] = []
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!
    requests.push({ path, headers: req.headers, at: Date.now() })
    const route = routes[path]
    if (route) route(req, res)
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    routes,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** A route answering with a fixed body and content type. */
export function serve(body: string | Uint8Array, contentType: string, headers: Record<string, string> = {}): Route {
  return (_req, res) => res.writeHead(200, { 'content-type': contentType, ...headers }).end(body)
}

/** The harbour article fixture with the ferry interval filled in: each interval is a different text. */
export function harbourPage(interval: number): string {
  return readFileSync(repoPath('fixtures', 'ingest', 'harbour-page.html'), 'utf8').replace('{{INTERVAL}}', String(interval))
}
