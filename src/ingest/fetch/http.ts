/**
 * @module ingest/fetch/http
 * One HTTP(S) GET, without following redirects: the fetcher decides about
 * each hop. Node's own http/https.request is used rather than fetch() because
 * its `lookup` hook lets us check the address the socket really connects to
 * (a host name resolving to 127.0.0.1 on the second lookup cannot bypass the
 * check). The body is decoded (gzip, deflate, br) as it streams and the
 * stream is aborted as soon as the decoded size passes the cap.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http'
import https from 'node:https'
import { isIP } from 'node:net'
import type { Readable, Transform } from 'node:stream'
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib'
import { StorytraceError } from '../../errors.js'
import { isBlockedAddress } from './address.js'

export interface HttpRequestOptions {
  readonly headers: Readonly<Record<string, string>>
  readonly allowPrivate: boolean
  /** Until the connection is ready for the request: TCP connect, and the TLS handshake for https. */
  readonly connectTimeoutMs: number
  /** For the whole exchange, body included. */
  readonly totalTimeoutMs: number
  /** Decoded body bytes beyond which the download is aborted. */
  readonly maxBytes: number
}

export interface HttpResponse {
  readonly url: string
  readonly status: number
  readonly headers: IncomingHttpHeaders
  /** Empty for redirects and 304. */
  readonly bytes: Uint8Array
}

function refused(url: URL, address: string): StorytraceError {
  return new StorytraceError(
    'E_FETCH_REFUSED',
    `${url.href} resolves to ${address}, a private, loopback, link-local or unspecified address (pass --allow-private to fetch it)`,
    { url: url.href, address },
  )
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void

/** dns.lookup that fails for blocked addresses, so the socket never connects to one. */
function guardedLookup(url: URL): (host: string, options: { all?: boolean }, cb: LookupCallback) => void {
  return (host, options, cb) => {
    dnsLookup(host, { ...options, all: true }, (err, addresses) => {
      if (err) return cb(err, '')
      const bad = addresses.find((a) => isBlockedAddress(a.address))
      if (bad) return cb(refused(url, bad.address) as unknown as NodeJS.ErrnoException, '')
      if (options.all) return cb(null, addresses)
      const first = addresses[0]!
      cb(null, first.address, first.family)
    })
  }
}

function decoderFor(encoding: string | undefined): Transform | null {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip()
    case 'deflate':
      return createInflate()
    case 'br':
      return createBrotliDecompress()
    default:
      return null
  }
}

function tooLarge(url: URL, maxBytes: number, declared?: number): StorytraceError {
  const what = declared === undefined ? 'more than' : `${declared} bytes, over`
  return new StorytraceError('E_INPUT_TOO_LARGE', `${url.href} is ${what} the cap of ${maxBytes} bytes`, { url: url.href, maxBytes })
}

async function readBody(url: URL, res: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers['content-length'])
  if (Number.isFinite(declared) && declared > maxBytes && !res.headers['content-encoding']) {
    res.destroy()
    throw tooLarge(url, maxBytes, declared)
  }
  const decoder = decoderFor(res.headers['content-encoding'])
  const stream: Readable = decoder ? res.pipe(decoder) : res
  if (decoder) res.on('error', (err) => decoder.destroy(err))
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    size += (chunk as Buffer).length
    if (size > maxBytes) {
      res.destroy()
      decoder?.destroy()
      throw tooLarge(url, maxBytes)
    }
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

/** GETs one http(s) URL (the fetcher has checked the scheme); rejects with a StorytraceError (E_FETCH, E_FETCH_REFUSED, E_INPUT_TOO_LARGE). */
export function httpGet(url: URL, options: HttpRequestOptions): Promise<HttpResponse> {
  // A literal IP never goes through the lookup hook, so it is checked here.
  const literal = url.hostname.replace(/^\[|\]$/g, '')
  if (!options.allowPrivate && isIP(literal) && isBlockedAddress(literal)) return Promise.reject(refused(url, literal))

  return new Promise<HttpResponse>((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http
    let settled = false
    const fail = (err: unknown): void => {
      if (settled) return
      settled = true
      clearTimeout(total)
      req.destroy()
      reject(
        err instanceof StorytraceError
          ? err
          : new StorytraceError('E_FETCH', `fetching ${url.href} failed: ${(err as Error).message}`, { url: url.href }, { cause: err }),
      )
    }
    const total = setTimeout(
      () => fail(new StorytraceError('E_TIMEOUT', `fetching ${url.href} took longer than ${options.totalTimeoutMs} ms`, { url: url.href })),
      options.totalTimeoutMs,
    )
    const req = client.request(
      url,
      {
        method: 'GET',
        headers: { 'accept-encoding': 'gzip, deflate, br', ...options.headers },
        ...(options.allowPrivate ? {} : { lookup: guardedLookup(url) as never }),
      },
      (res) => {
        const status = res.statusCode ?? 0
        const done = (bytes: Uint8Array): void => {
          if (settled) return
          settled = true
          clearTimeout(total)
          resolve({ url: url.href, status, headers: res.headers, bytes })
        }
        if ((status >= 300 && status < 400) || status === 204) {
          res.resume()
          done(new Uint8Array())
          return
        }
        readBody(url, res, options.maxBytes).then(done, fail)
      },
    )
    req.on('socket', (socket) => {
      if (!socket.connecting) return
      const connect = setTimeout(
        () => fail(new StorytraceError('E_TIMEOUT', `connecting to ${url.host} took longer than ${options.connectTimeoutMs} ms`, { url: url.href })),
        options.connectTimeoutMs,
      )
      // For https the TLS handshake counts too: a peer that accepts TCP and
      // then stays silent would otherwise hold the request until the total timeout.
      socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => clearTimeout(connect))
      socket.once('close', () => clearTimeout(connect))
    })
    req.on('error', fail)
    req.end()
  })
}
