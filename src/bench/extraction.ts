/**
 * @module bench/extraction
 * Extraction throughput, ours against Readability.js on linkedom (its fastest
 * DOM) on the same pages. Ours includes everything extractHtml does: body,
 * metadata, dates and related links. The two alternate in short rounds and
 * each keeps its best round, so a neighbour's burst of CPU on a shared
 * machine hits both sides alike instead of whichever happened to run then.
 */
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { extractHtml } from '../extract/index.js'
import { measure, type Measurement } from './timing.js'

/** Alternating rounds per tool; the budget is shared among them. */
const ROUNDS = 3

function best(name: string, rounds: readonly Measurement[]): Measurement {
  const top = rounds.reduce((a, b) => (b.rate > a.rate ? b : a))
  return { ...top, name, runs: rounds.reduce((n, m) => n + m.runs, 0) }
}

export function benchExtraction(pages: readonly string[], budget: number, fetchedAt: string): { ours: Measurement; peer: Measurement } {
  const runOurs = (): number => {
    for (const html of pages) {
      try {
        extractHtml(html, 'bench.html', { fetchedAt })
      } catch {
        // A page without a body still costs its parse; it counts as done.
      }
    }
    return pages.length
  }
  const runPeer = (): number => {
    for (const html of pages) {
      try {
        const { document } = parseHTML(html)
        new Readability(document as unknown as Document).parse()
      } catch {
        // Readability on linkedom throws on some real pages (no <body> ancestor); counted as done, like ours.
      }
    }
    return pages.length
  }
  const options = { budget: budget / ROUNDS, warmup: budget / ROUNDS / 2 }
  const ours: Measurement[] = []
  const peer: Measurement[] = []
  for (let i = 0; i < ROUNDS; i++) {
    ours.push(measure('ours', 'pages', runOurs, options))
    peer.push(measure('peer', 'pages', runPeer, options))
  }
  return {
    ours: best('extract: storytrace (htmlparser2 events)', ours),
    peer: best('extract: Readability.js 0.6 (linkedom)', peer),
  }
}
