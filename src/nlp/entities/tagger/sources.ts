/**
 * @module nlp/entities/tagger/sources — which data sets train the tagger and
 * which are held out to measure it. A source is "<path>[#first-last]" under
 * the data root (../shared/data): a file or folder, optionally a 1-based
 * range of its sentences. Training and evaluation both check that the two
 * lists never overlap, and the evaluation checks the model's own record of
 * what it was trained on.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { StorytraceError } from '../../../errors.js'
import { filesUnder, readIob, readMeantime, type GoldDoc, type TokenSpan } from './corpora.js'

export const TRAINING_SOURCES: readonly string[] = [
  'ner/wikigold/wikigold.conll.txt',
  'ner/re3d/conll',
  'ner/UNER_English-EWT/en_ewt-ud-dev.iob2',
  'ner/UNER_English-EWT/en_ewt-ud-test.iob2',
  'ner/UNER_English-PUD/en_pud-ud-test.iob2#501-1000',
  'meantime/corpus_airbus',
]

/** The news half of UNER English-PUD and MEANTIME's Apple storyline: never trained on. */
export const HELD_OUT_SOURCES: readonly string[] = ['ner/UNER_English-PUD/en_pud-ud-test.iob2#1-500', 'meantime/corpus_apple']

interface Source {
  readonly path: string
  readonly from: number
  readonly to: number
}

function parse(source: string): Source {
  const [path, range] = source.split('#') as [string, string?]
  const m = range ? /^(\d+)-(\d+)$/.exec(range) : null
  if (range && !m) throw new StorytraceError('E_CONFIG', `bad sentence range in data source "${source}"`)
  return { path: path.replace(/\/+$/, ''), from: m ? Number(m[1]) : 1, to: m ? Number(m[2]) : Infinity }
}

/** Two sources share text: one path contains the other and their sentence ranges meet. */
export function overlaps(a: string, b: string): boolean {
  const x = parse(a)
  const y = parse(b)
  const nested = x.path === y.path || x.path.startsWith(y.path + '/') || y.path.startsWith(x.path + '/')
  return nested && x.from <= y.to && y.from <= x.to
}

/** Throws when any of `used` overlaps a held-out source. */
export function assertHeldOut(used: readonly string[], heldOut: readonly string[] = HELD_OUT_SOURCES): void {
  for (const u of used) {
    for (const h of heldOut) {
      if (overlaps(u, h)) throw new StorytraceError('E_CONFIG', `data source "${u}" overlaps the held-out set "${h}"`, { source: u, heldOut: h })
    }
  }
}

/** re3d marks descriptions as persons ("the Foreign Secretary", "a spokesman"); only capitalised names count here. */
function properName(tokens: readonly string[], s: TokenSpan): boolean {
  for (let i = s.first; i < s.end; i++) {
    const t = tokens[i]!
    if (/^\p{Ll}/u.test(t) && !/^(of|and|for|the|al|bin|de|la|le|du|von|van|der)$/.test(t)) return false
  }
  return !/^(the|a|an)$/i.test(tokens[s.first]!)
}

/** The documents of one source, read from `root`; a missing path is a clear E_INPUT_READ. */
export function loadSource(root: string, source: string): GoldDoc[] {
  const { path, from, to } = parse(source)
  const full = join(root, path)
  if (!existsSync(full)) throw new StorytraceError('E_INPUT_READ', `data set not found: ${full}`, { path: full })
  let docs: GoldDoc[]
  if (path.startsWith('meantime/')) docs = filesUnder(full, '.xml').map((f) => readMeantime(f, f.slice(root.length + 1)))
  else if (path.includes('/re3d')) {
    docs = filesUnder(full, '.conll').flatMap((f) => readIob(f, f.slice(root.length + 1)))
    docs = docs.map((d) => ({ ...d, sentences: d.sentences.map((s) => ({ ...s, names: s.names.filter((n) => properName(s.tokens, n)) })) }))
  } else docs = readIob(full, path)
  if (from === 1 && to === Infinity) return docs
  // Keep sentences from..to (1-based, counted over the whole source), documents cut to them.
  let n = 0
  const out: GoldDoc[] = []
  for (const d of docs) {
    const kept = d.sentences.filter(() => {
      n++
      return n >= from && n <= to
    })
    if (kept.length) out.push({ id: d.id, sentences: kept })
  }
  return out
}
