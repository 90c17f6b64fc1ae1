/**
 * @module eval/gold
 * Scores the engine against examples/gold.json, kind of fact by kind of fact:
 * article metadata, storylines (BCubed), copies, relays, entity linking, time
 * values and intervals, claim chains and modality, claim status and
 * independent-source counts, events and their dates. Runs the real pipeline
 * (read → extract → analyze → story graph) without a store.
 */
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { articleId } from '../doc/identity.js'
import type { Doc, Span } from '../doc/types.js'
import { analyze } from '../engine/analyze.js'
import { extractItem } from '../extract/index.js'
import { isInputFailure, readPaths } from '../ingest/read-paths.js'
import { computeStoryGraph } from '../story/index.js'
import type { StoryGraph, StoryInput } from '../story/types.js'
import { foldDiacritics } from '../util/text.js'
import { bcubed } from './bcubed.js'
import type { Gold, GoldSentenceRef } from './gold-format.js'

export interface Score {
  readonly correct: number
  readonly total: number
  readonly score: number
}

export interface GoldReport {
  readonly scores: Readonly<Record<string, Score>>
  /** One line per miss, for people reading the gap. */
  readonly misses: readonly string[]
}

const score = (correct: number, total: number): Score => ({ correct, total, score: total ? correct / total : 1 })
const norm = (s: string): string => foldDiacritics(s).toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim()
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end

/** The span of the n-th (1-based) occurrence of `needle` in `text`. */
export function locate(text: string, needle: string, occurrence = 1): Span | null {
  let at = -1
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(needle, at + 1)
    if (at < 0) return null
  }
  return { start: at, end: at + needle.length }
}

export interface EngineRun {
  readonly docs: ReadonlyMap<string, { readonly id: string; readonly doc: Doc }>
  readonly graph: StoryGraph
  readonly failures: readonly string[]
}

/** Runs the engine over a corpus folder; docs are keyed by path relative to it. */
export async function runEngine(dir: string): Promise<EngineRun> {
  const docs = new Map<string, { id: string; doc: Doc }>()
  const failures: string[] = []
  for await (const item of readPaths([dir])) {
    if (isInputFailure(item)) {
      failures.push(`${item.source}: ${item.error.message}`)
      continue
    }
    const { articles, failures: bad } = extractItem(item)
    for (const f of bad) failures.push(`${f.source}: ${f.error.message}`)
    for (const a of articles) {
      const doc = analyze(a)
      docs.set(relative(dir, doc.meta.source), { id: articleId(doc), doc })
    }
  }
  const inputs: StoryInput[] = [...docs.values()]
  return { docs, graph: computeStoryGraph(inputs), failures }
}

export async function evaluateGold(dir: string, goldPath: string): Promise<GoldReport> {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold
  const run = await runEngine(dir)
  const misses: string[] = [...run.failures.map((f) => `input failed: ${f}`)]
  const scores: Record<string, Score> = {}
  const fileOfId = new Map([...run.docs].map(([file, d]) => [d.id, file]))
  const docOf = (file: string): Doc | undefined => run.docs.get(file)?.doc
  const sentenceSpan = (ref: GoldSentenceRef): Span | null => {
    const d = docOf(ref.file)
    return d ? locate(d.text, ref.sentence) : null
  }

  // Articles: every field the gold gives.
  const fields = { title: 0, outlet: 0, published: 0, language: 0 }
  for (const g of gold.articles) {
    const d = docOf(g.file)
    if (!d) {
      misses.push(`article missing: ${g.file}`)
      continue
    }
    const m = d.meta
    const check = (field: keyof typeof fields, ok: boolean, got: unknown): void => {
      if (ok) fields[field]++
      else misses.push(`${field} of ${g.file}: want ${JSON.stringify(g[field])}, got ${JSON.stringify(got)}`)
    }
    check('title', (m.title ?? '').trim() === g.title.trim(), m.title)
    check('outlet', norm(m.outlet?.name ?? '') === norm(g.outlet), m.outlet?.name)
    check('published', (m.published ?? '').slice(0, 10) === g.published, m.published)
    check('language', m.language === g.language, m.language)
  }
  for (const [f, n] of Object.entries(fields)) scores[`article.${f}`] = score(n, gold.articles.length)

  // Storylines: BCubed over articles.
  const storylineOf = new Map<string, string>()
  const refOf = new Map<string, { copyOf: string | null; relays: readonly string[] }>()
  for (const s of run.graph.storylines)
    for (const a of s.articles) {
      const file = fileOfId.get(a.id)
      if (file) {
        storylineOf.set(file, s.id)
        refOf.set(file, a)
      }
    }
  const b = bcubed(new Map(gold.articles.map((a) => [a.file, a.storyline])), storylineOf)
  scores['storylines.bcubed-f1'] = { correct: Math.round(b.f1 * gold.articles.length), total: gold.articles.length, score: b.f1 }

  // Copies and relays, per article.
  let copyOk = 0
  let relayOk = 0
  for (const g of gold.articles) {
    const ref = refOf.get(g.file)
    const gotCopy = ref?.copyOf ? (fileOfId.get(ref.copyOf) ?? ref.copyOf) : null
    if (gotCopy === g.copyOf) copyOk++
    else misses.push(`copyOf of ${g.file}: want ${g.copyOf}, got ${gotCopy}`)
    const want = new Set(g.relays.map(norm))
    const got = new Set((ref?.relays ?? []).map((id) => norm(id.replace(/^outlet:/, '').replace(/-/g, ' '))))
    if (want.size === got.size && [...want].every((w) => got.has(w))) relayOk++
    else misses.push(`relays of ${g.file}: want [${[...want]}], got [${[...got]}]`)
  }
  scores['articles.copies'] = score(copyOk, gold.articles.length)
  scores['articles.relays'] = score(relayOk, gold.articles.length)

  // Entity linking: the mention is found with the exact span and the right id.
  let found = 0
  let linked = 0
  let mentions = 0
  for (const e of gold.entities)
    for (const m of e.mentions) {
      mentions++
      const d = docOf(m.file)
      const span = d && locate(d.text, m.text, m.occurrence)
      if (!d || !span) {
        misses.push(`gold mention not in body: ${m.file} "${m.text}"#${m.occurrence}`)
        continue
      }
      const hit = (d.layers.entities ?? []).flatMap((x) => x.mentions.map((mm) => ({ id: x.id, mm }))).find(({ mm }) => overlaps(mm, span))
      if (hit && hit.mm.start === span.start && hit.mm.end === span.end) found++
      if (hit?.id === e.id) linked++
      else misses.push(`entity ${m.file} "${m.text}": want ${e.id}, got ${hit?.id ?? 'nothing'}`)
    }
  scores['entities.span-exact'] = score(found, mentions)
  scores['entities.linked'] = score(linked, mentions)

  // Time expressions: value and interval of the expression overlapping the gold span.
  let tValue = 0
  let tInterval = 0
  for (const t of gold.times) {
    const d = docOf(t.file)
    const span = d && locate(d.text, t.text, t.occurrence)
    const hit = span ? (d.layers.times ?? []).find((x) => overlaps(x, span)) : undefined
    if (hit?.value === t.value) tValue++
    if (hit && hit.from === t.from && hit.to === t.to) tInterval++
    if (!hit || hit.value !== t.value || hit.from !== t.from || hit.to !== t.to)
      misses.push(`time ${t.file} "${t.text}": want ${t.value} ${t.from}..${t.to}, got ${hit ? `${hit.value} ${hit.from}..${hit.to}` : 'nothing'}`)
  }
  scores['times.value'] = score(tValue, gold.times.length)
  scores['times.interval'] = score(tInterval, gold.times.length)

  // Claims in each article: chain and modality of the claim on the gold sentence.
  let chainOk = 0
  let modalityOk = 0
  let sources = 0
  for (const c of gold.claims)
    for (const s of c.sources) {
      sources++
      const span = sentenceSpan(s)
      const claim = span ? (docOf(s.file)?.layers.claims ?? []).find((x) => overlaps(x, span)) : undefined
      const got = claim?.chain.map((h) => h.name) ?? []
      const chainMatches = got.length === s.chain.length && got.every((n, i) => norm(n) === norm(s.chain[i]!))
      if (chainMatches) chainOk++
      else misses.push(`chain ${s.file} "${s.sentence.slice(0, 50)}…": want [${s.chain.join(' → ')}], got [${got.join(' → ')}]`)
      if (claim?.modality === s.modality) modalityOk++
      else misses.push(`modality ${s.file} "${s.sentence.slice(0, 50)}…": want ${s.modality}, got ${claim?.modality ?? 'no claim'}`)
    }
  scores['claims.chain'] = score(chainOk, sources)
  scores['claims.modality'] = score(modalityOk, sources)

  // Tracked claims: the storyline claim carrying the gold sources, its status and count.
  // A gold claim is grouped when one tracked claim carries all its source
  // sentences: status and count are read off the claim carrying the most,
  // which alone would pass a claim split in three if the right piece won.
  // A gold claim is pure when no tracked claim holding one of its source
  // sentences also holds a source sentence of another gold claim: grouping
  // must not reach 16/16 by merging different propositions.
  const allTracked = run.graph.storylines.flatMap((s) => s.claims)
  const holds = (tc: (typeof allTracked)[number], s: GoldSentenceRef): boolean => {
    const span = sentenceSpan(s)
    const id = run.docs.get(s.file)?.id
    return span !== null && tc.sources.some((x) => x.article === id && overlaps(x.evidence, span))
  }
  let groupedOk = 0
  let pureOk = 0
  let statusOk = 0
  let countOk = 0
  for (const c of gold.claims) {
    const carriers = allTracked.map((tc) => ({ tc, hits: c.sources.filter((s) => holds(tc, s)).length })).filter((x) => x.hits > 0)
    const mixed = carriers.flatMap(({ tc }) => gold.claims.filter((o) => o !== c && o.sources.some((s) => holds(tc, s))))
    if (mixed.length === 0) pureOk++
    else misses.push(`pure "${c.text}": a tracked claim carrying it also carries "${mixed[0]!.text}"`)
    const top = carriers.sort((a, b) => b.hits - a.hits)[0]
    const tracked = top?.tc
    if (top?.hits === c.sources.length) groupedOk++
    else misses.push(`grouped "${c.text}": want its ${c.sources.length} source sentences in one claim, the best holds ${top?.hits ?? 0}`)
    if (tracked?.status === c.status) statusOk++
    else misses.push(`status "${c.text}": want ${c.status}, got ${tracked?.status ?? 'no claim'}`)
    if (tracked?.independentSources === c.independentSources) countOk++
    else misses.push(`independent sources "${c.text}": want ${c.independentSources}, got ${tracked?.independentSources ?? 'no claim'}`)
  }
  scores['claims.grouped'] = score(groupedOk, gold.claims.length)
  scores['claims.pure'] = score(pureOk, gold.claims.length)
  scores['claims.status'] = score(statusOk, gold.claims.length)
  scores['claims.independent-sources'] = score(countOk, gold.claims.length)

  // Events: a report of the right type on the gold sentence, and its interval.
  let evFound = 0
  let evDated = 0
  for (const e of gold.events) {
    const hits = e.reports.flatMap((r) => {
      const span = sentenceSpan(r)
      return span ? (docOf(r.file)?.layers.events ?? []).filter((x) => x.type === e.type && overlaps(x, span)) : []
    })
    if (hits.length) evFound++
    else misses.push(`event ${e.type} (${e.reports[0]?.file}): not found`)
    if (hits.some((h) => h.from === e.from && h.to === e.to)) evDated++
    else if (hits.length) misses.push(`event ${e.type} date: want ${e.from}..${e.to}, got ${hits.map((h) => `${h.from}..${h.to}`).join(', ')}`)
  }
  scores['events.found'] = score(evFound, gold.events.length)
  scores['events.dated'] = score(evDated, gold.events.length)

  // Timeline: each gold event (statements are never timeline entries) is listed among the core entries.
  const entries = run.graph.storylines.flatMap((s) => s.timeline)
  const onTimeline = gold.events.filter((e) => e.type !== 'statement')
  let evCore = 0
  for (const e of onTimeline) {
    const entry = entries.find(
      (t) =>
        t.type === e.type &&
        e.reports.some((r) => {
          const span = sentenceSpan(r)
          const id = run.docs.get(r.file)?.id
          return span !== null && t.evidence.some((ev) => ev.article === id && overlaps(ev, span))
        }),
    )
    if (entry?.core) evCore++
    else misses.push(`event ${e.type} (${e.reports[0]?.file}): ${entry ? 'on the timeline but not core' : 'not on the timeline'}`)
  }
  scores['events.core'] = score(evCore, onTimeline.length)

  return { scores, misses }
}

/** The report as an aligned table, for people. */
export function formatReport(report: GoldReport, floors: Readonly<Record<string, number>> = {}): string {
  const rows = Object.entries(report.scores).map(([kind, s]) => {
    const floor = floors[kind]
    return `${kind.padEnd(28)} ${`${s.correct}/${s.total}`.padStart(8)}  ${s.score.toFixed(3)}${floor !== undefined ? `  (floor ${floor.toFixed(2)})` : ''}`
  })
  return ['kind                         correct  score', ...rows].join('\n')
}
