/**
 * Tests of the polite fetcher against a local server on 127.0.0.1 (so with
 * allowPrivate, except where the refusal itself is tested): robots.txt,
 * per-host pacing, conditional requests, redirects, size cap, decoding,
 * timeouts.
 */
import assert from 'node:assert/strict'
import { createServer, type Socket } from 'node:net'
import { after, before, test } from 'node:test'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { StorytraceError } from '../../errors.js'
import { serve, startLocalServer, type LocalServer } from '../../testing/local-http.js'
import { Fetcher, type FetchState, type FetchStateStore } from './fetcher.js'

let server: LocalServer
const PAGE = '<html><body><p>hello</p></body></html>'

before(async () => {
  server = await startLocalServer({
    '/robots.txt': serve('User-agent: *\nDisallow: /private/\n', 'text/plain'),
    '/page': serve(PAGE, 'text/html; charset=utf-8'),
    '/private/page': serve(PAGE, 'text/html'),
    '/tagged': (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') res.writeHead(304).end()
      else res.writeHead(200, { 'content-type': 'text/html', etag: '"v1"', 'last-modified': 'Fri, 20 Feb 2026 07:15:00 GMT' }).end(PAGE)
    },
    '/gzip': serve(gzipSync(PAGE), 'text/html', { 'content-encoding': 'gzip' }),
    '/br': serve(brotliCompressSync(PAGE), 'text/html', { 'content-encoding': 'br' }),
    '/big': serve('x'.repeat(5000), 'text/html'),
    '/bomb': serve(gzipSync(Buffer.alloc(200_000, 0x41)), 'text/html', { 'content-encoding': 'gzip' }),
    '/hang': () => {
      // Never answers: the fetcher's total timeout must end it.
    },
    '/to-private': (_req, res) => res.writeHead(302, { location: '/private/page' }).end(),
    '/loop': (_req, res) => res.writeHead(302, { location: '/loop' }).end(),
    '/hop1': (_req, res) => res.writeHead(301, { location: '/hop2' }).end(),
    '/hop2': (_req, res) => res.writeHead(307, { location: '/page' }).end(),
    '/gone': (_req, res) => res.writeHead(410, { 'content-type': 'text/plain' }).end('gone'),
  })
})
after(() => server.close())

function fetcher(extra: ConstructorParameters<typeof Fetcher>[0] = {}): Fetcher {
  return new Fetcher({ allowPrivate: true, minDelayMs: 0, ...extra })
}

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p
  } catch (err) {
    assert.ok(err instanceof StorytraceError, String(err))
    return err.code
  }
  return 'no error'
}

test('fetches a page with its content type and a clear User-Agent', async () => {
  const out = await fetcher().fetch(`${server.base}/page`)
  assert.equal(out.status, 'fetched')
  if (out.status !== 'fetched') return
  assert.equal(Buffer.from(out.item.bytes).toString(), PAGE)
  assert.equal(out.item.format, 'html')
  assert.equal(out.item.contentType, 'text/html; charset=utf-8')
  const ua = server.requests.find((r) => r.path === '/page')?.headers['user-agent']
  assert.match(String(ua), /^storytrace\//)
})

test('the same local URL is refused without allowPrivate, by literal address and by host name', async () => {
  const strict = new Fetcher({ minDelayMs: 0 })
  assert.equal(await code(strict.fetch(`${server.base}/page`)), 'E_FETCH_REFUSED')
  // "localhost" resolves through the lookup hook, where the connected address is checked.
  const byName = server.base.replace('127.0.0.1', 'localhost')
  assert.equal(await code(strict.fetch(`${byName}/page`)), 'E_FETCH_REFUSED')
  assert.equal(await code(strict.fetch('http://[::1]:9/page')), 'E_FETCH_REFUSED')
})

test('robots.txt disallows a path, also when a redirect leads there', async () => {
  const f = fetcher()
  assert.equal(await code(f.fetch(`${server.base}/private/page`)), 'E_ROBOTS')
  assert.equal(await code(f.fetch(`${server.base}/to-private`)), 'E_ROBOTS')
})

test('redirects are followed up to five hops, and a loop fails', async () => {
  const f = fetcher()
  const out = await f.fetch(`${server.base}/hop1`)
  assert.equal(out.status, 'fetched')
  assert.equal(await code(f.fetch(`${server.base}/loop`)), 'E_FETCH')
  assert.equal(await code(f.fetch(`${server.base}/gone`)), 'E_FETCH')
})

test('validators are sent back and a 304 is "unchanged"', async () => {
  const saved = new Map<string, FetchState>()
  const state: FetchStateStore = {
    getFetchState: async (url) => saved.get(url) ?? null,
    putFetchState: async (s) => void saved.set(s.url, s),
  }
  const f = fetcher({ state })
  const first = await f.fetch(`${server.base}/tagged`)
  assert.equal(first.status, 'fetched')
  if (first.status !== 'fetched') return
  assert.equal(first.state.etag, '"v1"')
  await state.putFetchState(first.state)
  const second = await f.fetch(`${server.base}/tagged`)
  assert.equal(second.status, 'unchanged')
  const last = server.requests.filter((r) => r.path === '/tagged').at(-1)!
  assert.equal(last.headers['if-none-match'], '"v1"')
  assert.equal(last.headers['if-modified-since'], 'Fri, 20 Feb 2026 07:15:00 GMT')
})

test('gzip and brotli bodies are decoded', async () => {
  for (const path of ['/gzip', '/br']) {
    const out = await fetcher().fetch(`${server.base}${path}`)
    assert.equal(out.status === 'fetched' && Buffer.from(out.item.bytes).toString(), PAGE, path)
  }
})

test('bodies over the size cap are aborted, compressed ones by their decoded size', async () => {
  const f = fetcher({ maxBytes: 1000 })
  assert.equal(await code(f.fetch(`${server.base}/big`)), 'E_INPUT_TOO_LARGE')
  assert.equal(await code(f.fetch(`${server.base}/bomb`)), 'E_INPUT_TOO_LARGE')
})

test('a server that never answers times out', async () => {
  assert.equal(await code(fetcher({ timeoutMs: 300 }).fetch(`${server.base}/hang`)), 'E_TIMEOUT')
})

/** Error of a promise that must reject with a StorytraceError. */
async function failure(p: Promise<unknown>): Promise<StorytraceError> {
  try {
    await p
  } catch (err) {
    assert.ok(err instanceof StorytraceError, String(err))
    return err
  }
  assert.fail('expected a failure')
}

test('the connect timeout ends a handshake that never completes; a connected but silent server runs into the total timeout', async () => {
  // A loopback TCP listener that accepts and never writes: the TLS handshake of an https request never completes.
  const sockets: Socket[] = []
  const silent = createServer((s) => sockets.push(s))
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
  const { port } = silent.address() as { port: number }
  try {
    const f = fetcher({ connectTimeoutMs: 200, timeoutMs: 20_000 })
    const handshake = await failure(f.fetch(`https://127.0.0.1:${port}/page`))
    assert.equal(handshake.code, 'E_TIMEOUT')
    assert.match(handshake.message, /connecting to 127\.0\.0\.1:\d+ took longer than 200 ms/)
    // Over plain http the same listener completes the connection, so only the total timeout can end the wait.
    const total = await failure(fetcher({ connectTimeoutMs: 200, timeoutMs: 600 }).fetch(`http://127.0.0.1:${port}/page`))
    assert.equal(total.code, 'E_TIMEOUT')
    assert.match(total.message, /took longer than 600 ms/)
  } finally {
    for (const s of sockets) s.destroy()
    await new Promise((resolve) => silent.close(resolve))
  }
})

test('robots.txt is read once per host while it is fresh, and again once it has expired', async () => {
  const robotsReads = (from: number): number => server.requests.slice(from).filter((r) => r.path === '/robots.txt').length
  let start = server.requests.length
  const f = fetcher()
  await f.fetch(`${server.base}/page`)
  await f.fetch(`${server.base}/gzip`)
  assert.equal(robotsReads(start), 1)
  start = server.requests.length
  const shortLived = fetcher({ robotsMaxAgeMs: 100 })
  await shortLived.fetch(`${server.base}/page`)
  await new Promise((r) => setTimeout(r, 150))
  await shortLived.fetch(`${server.base}/gzip`)
  assert.equal(robotsReads(start), 2)
})

test('requests to one host are spaced by the minimum delay', async () => {
  const f = fetcher({ minDelayMs: 300 })
  const start = server.requests.length
  await f.fetch(`${server.base}/page`)
  await f.fetch(`${server.base}/gzip`)
  const [robots, a, b] = server.requests.slice(start)
  assert.equal(robots?.path, '/robots.txt')
  assert.ok(a!.at - robots!.at >= 290, `robots → page gap ${a!.at - robots!.at} ms`)
  assert.ok(b!.at - a!.at >= 290, `page → page gap ${b!.at - a!.at} ms`)
})

test('robots.txt Crawl-delay raises the gap between requests', async () => {
  const slow = await startLocalServer({
    '/robots.txt': serve('User-agent: *\nCrawl-delay: 1\n', 'text/plain'),
    '/a': serve(PAGE, 'text/html'),
    '/b': serve(PAGE, 'text/html'),
  })
  try {
    const f = fetcher({ minDelayMs: 0 })
    await f.fetch(`${slow.base}/a`)
    await f.fetch(`${slow.base}/b`)
    const [a, b] = slow.requests.filter((r) => r.path !== '/robots.txt')
    assert.ok(b!.at - a!.at >= 990, `gap ${b!.at - a!.at} ms`)
  } finally {
    await slow.close()
  }
})

test('a robots.txt server error stops the whole site; a missing robots.txt allows everything', async () => {
  const down = await startLocalServer({
    '/robots.txt': (_req, res) => res.writeHead(503).end(),
    '/page': serve(PAGE, 'text/html'),
  })
  const open = await startLocalServer({ '/page': serve(PAGE, 'text/html') })
  try {
    assert.equal(await code(fetcher().fetch(`${down.base}/page`)), 'E_ROBOTS')
    assert.ok(!down.requests.some((r) => r.path === '/page'))
    assert.equal((await fetcher().fetch(`${open.base}/page`)).status, 'fetched')
  } finally {
    await Promise.all([down.close(), open.close()])
  }
})
