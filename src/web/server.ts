/**
 * @module web/server — one Hono app with the API (/api), the web UI and the
 * stylesheet, and `serve` to run it on Node's HTTP server.
 */
import type { AddressInfo } from 'node:net'
import { serve as serveNode } from '@hono/node-server'
import { Hono } from 'hono'
import { createApi } from '../api/app.js'
import { errorBody } from '../api/errors.js'
import { StorytraceError } from '../errors.js'
import type { Store } from '../store/types.js'
import { createWeb, notFoundPage } from './app.js'
import { STYLESHEET_PATH } from './layout.js'
import { STYLESHEET } from './style.js'

export const DEFAULT_HOST = '127.0.0.1'

export function createServer(store: Store): Hono {
  const app = new Hono()
  app.get(STYLESHEET_PATH, (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8')
    c.header('Cache-Control', 'public, max-age=300')
    return c.body(STYLESHEET)
  })
  app.route('/', createApi(store))
  app.route('/', createWeb(store))
  // Sub-app notFound handlers do not apply once mounted, so the combined app decides:
  // JSON under /api, an HTML page elsewhere.
  app.notFound((c) =>
    c.req.path === '/api' || c.req.path.startsWith('/api/')
      ? c.json(errorBody(new StorytraceError('E_NOT_FOUND', `no route ${c.req.method} ${c.req.path}`)), 404)
      : c.html(notFoundPage(c.req.path), 404),
  )
  return app
}

export interface RunningServer {
  readonly url: string
  close(): Promise<void>
}

/** Serves the app; port 0 (the default) picks a free port. Resolves once listening. */
export function serve(store: Store, options: { port?: number; host?: string } = {}): Promise<RunningServer> {
  const app = createServer(store)
  const host = options.host ?? DEFAULT_HOST
  return new Promise((resolve, reject) => {
    const server = serveNode({ fetch: app.fetch, port: options.port ?? 0, hostname: host }, (info: AddressInfo) => {
      const shownHost = info.family === 'IPv6' ? `[${info.address}]` : info.address
      resolve({
        url: `http://${shownHost}:${info.port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            if ('closeAllConnections' in server) server.closeAllConnections()
            server.close((err) => (err ? fail(err) : done()))
          }),
      })
    })
    server.once('error', (err) =>
      reject(new StorytraceError('E_CONFIG', `cannot listen on ${host}:${options.port ?? 0}: ${err.message}`, { host, port: options.port }, { cause: err })),
    )
  })
}
