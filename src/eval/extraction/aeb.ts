/**
 * @module eval/extraction/aeb
 * Body scoring for the article extraction benchmark (AEB): per page, the
 * extracted body and the gold body are compared as multisets of word shingles;
 * the page's matched / extra / missing counts are scaled to sum to one so a
 * long article weighs no more than a short one; precision and recall are then
 * averaged over pages and F1 is taken from those two averages.
 *
 * Two shingle sizes are reported because the sources disagree: the data
 * folder's README describes single words (a word multiset), the issue and the
 * benchmark's own scorer use word 4-grams. Same counting, different n.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { StorytraceError } from '../../errors.js'
import { countItems, shingles, wordTokens } from './tokens.js'

export interface BodyMeasure {
  readonly key: string
  readonly label: string
  readonly n: number
}

export const BODY_MEASURES: readonly BodyMeasure[] = [
  { key: 'shingle4', label: 'word 4-gram shingles (issue; benchmark scorer)', n: 4 },
  { key: 'words', label: 'word multiset (data README)', n: 1 },
]

/** One page's matched, extra and missing shingles, scaled to sum to 1 (all 0 when both texts are empty). */
export interface PageCounts {
  readonly tp: number
  readonly fp: number
  readonly fn: number
}

export interface BodyScore {
  readonly precision: number
  readonly recall: number
  readonly f1: number
  /** Pages that entered the precision mean (something was extracted). */
  readonly precisionPages: number
  /** Pages that entered the recall mean (the gold has text or something matched). */
  readonly recallPages: number
}

export function pageCounts(gold: string, extracted: string, n: number): PageCounts {
  const want = countItems(shingles(wordTokens(gold), n))
  const got = countItems(shingles(wordTokens(extracted), n))
  let tp = 0
  let fp = 0
  let fn = 0
  for (const [item, g] of got) {
    const w = want.get(item) ?? 0
    tp += Math.min(g, w)
    fp += Math.max(0, g - w)
  }
  for (const [item, w] of want) fn += Math.max(0, w - (got.get(item) ?? 0))
  const sum = tp + fp + fn
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 }
}

function pagePrecision({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1
  return tp + fp === 0 ? 0 : tp / (tp + fp)
}

function pageRecall({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1
  return tp + fn === 0 ? 0 : tp / (tp + fn)
}

const mean = (xs: readonly number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length)

/**
 * Precision is averaged over pages where something was extracted, recall over
 * pages where the gold has text (as the benchmark does): an empty extraction
 * costs recall, not precision.
 */
export function aggregateCounts(pages: readonly PageCounts[]): BodyScore {
  const forPrecision = pages.filter((p) => p.tp + p.fp > 0)
  const forRecall = pages.filter((p) => p.tp + p.fn > 0)
  const precision = mean(forPrecision.map(pagePrecision))
  const recall = mean(forRecall.map(pageRecall))
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1, precisionPages: forPrecision.length, recallPages: forRecall.length }
}

/** Scores many (gold, extracted) pairs under one measure. */
export function scoreBodies(pairs: readonly { gold: string; extracted: string }[], n: number): BodyScore {
  return aggregateCounts(pairs.map((p) => pageCounts(p.gold, p.extracted, n)))
}

export interface AebPage {
  readonly id: string
  readonly url: string
  readonly goldBody: string
  readonly htmlPath: string
}

/** The benchmark's pages in id order: ground-truth.json entries that have an html/<id>.html.gz. */
export function loadAebPages(dir: string): AebPage[] {
  const truthPath = join(dir, 'ground-truth.json')
  if (!existsSync(truthPath)) throw new StorytraceError('E_INPUT_READ', `no ground-truth.json in ${dir}`, { dir })
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, { articleBody?: string; url?: string }>
  const present = new Set(readdirSync(join(dir, 'html')))
  return Object.keys(truth)
    .sort()
    .filter((id) => present.has(`${id}.html.gz`))
    .map((id) => ({
      id,
      url: truth[id]?.url ?? '',
      goldBody: truth[id]?.articleBody ?? '',
      htmlPath: join(dir, 'html', `${id}.html.gz`),
    }))
}

/** A saved page's bytes, unzipped when the file is gzip. */
export function readPageBytes(path: string): Uint8Array {
  const raw = readFileSync(path)
  return raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw
}
