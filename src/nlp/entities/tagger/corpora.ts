/**
 * @module nlp/entities/tagger/corpora — readers for the NER data sets in
 * ../shared/data (never copied into the repository): CoNLL-style IOB files
 * (wikigold, re3d, UNER) and MEANTIME's XML. All become GoldDocs: token lists
 * per sentence with typed name spans over token indices. Types other than
 * person, organisation and location (MISC, products, weapons...) count as
 * no name.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { NerType } from './tags.js'

export interface TokenSpan {
  readonly first: number
  readonly end: number
  readonly type: NerType
}
export interface GoldSentence {
  readonly tokens: readonly string[]
  readonly names: readonly TokenSpan[]
}
export interface GoldDoc {
  readonly id: string
  readonly sentences: readonly GoldSentence[]
}

const LABELS: Readonly<Record<string, NerType>> = {
  PER: 'PER', ORG: 'ORG', LOC: 'LOC',
  Person: 'PER', Organisation: 'ORG', Location: 'LOC',
  PERSON: 'PER', ORGANIZATION: 'ORG', LOCATION: 'LOC',
}

/** Spans of one sentence's IOB1 or IOB2 labels: a name starts at B- or where the type changes. */
function iobSpans(labels: readonly string[]): TokenSpan[] {
  const out: TokenSpan[] = []
  let start = -1
  let type: NerType | undefined
  let raw = ''
  const close = (end: number): void => {
    if (type && start >= 0) out.push({ first: start, end, type })
    start = -1
    type = undefined
  }
  labels.forEach((label, i) => {
    const [prefix, name = ''] = label.split('-', 2) as [string, string?]
    if (prefix === 'O' || !name) {
      close(i)
      raw = ''
      return
    }
    if (prefix === 'B' || name !== raw) {
      close(i)
      start = i
      type = LABELS[name]
    }
    raw = name
  })
  close(labels.length)
  return out
}

/**
 * Reads an IOB file: one token per line with its label in the last column
 * (whitespace- or tab-separated), blank lines between sentences, "#" comments
 * ("# newdoc" starts a document) and "-DOCSTART-" lines.
 */
export function readIob(path: string, id: string): GoldDoc[] {
  const docs: { id: string; sentences: GoldSentence[] }[] = [{ id, sentences: [] }]
  let tokens: string[] = []
  let labels: string[] = []
  const flush = (): void => {
    if (tokens.length) docs.at(-1)!.sentences.push({ tokens, names: iobSpans(labels) })
    tokens = []
    labels = []
  }
  const newDoc = (name: string): void => {
    flush()
    if (docs.at(-1)!.sentences.length) docs.push({ id: `${id}#${name}`, sentences: [] })
  }
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    if (line.startsWith('# newdoc')) newDoc(line.slice(line.indexOf('=') + 1).trim())
    else if (line.startsWith('-DOCSTART-')) newDoc(String(docs.length))
    else if (line.startsWith('#')) continue
    else if (!line.trim()) flush()
    else {
      const cols = line.includes('\t') ? line.split('\t') : line.split(' ')
      // UNER: id, token, label, ...; two columns: token, label.
      const [token, label] = cols.length > 2 ? [cols[1]!, cols[2]!] : [cols[0]!, cols[1] ?? 'O']
      tokens.push(token)
      labels.push(label)
    }
  }
  flush()
  return docs.filter((d) => d.sentences.length)
}

/** Files under `dir` (sorted, recursive) with the given extension. */
export function filesUnder(dir: string, ext: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) out.push(...filesUnder(p, ext))
    else if (name.endsWith(ext)) out.push(p)
  }
  return out
}

function attrs(s: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const m of s.matchAll(/([\w:]+)="([^"]*)"/g)) out[m[1]!] = m[2]!
  return out
}

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!)
}

/**
 * Keeps the innermost of nested names: MEANTIME marks "Moscone Center in San
 * Francisco, California" and its parts; the other sets and the engine mark
 * the parts. Of two names that cross, the earlier stays.
 */
function innermost(spans: TokenSpan[]): TokenSpan[] {
  const kept: TokenSpan[] = []
  for (const s of [...spans].sort((a, b) => a.end - a.first - (b.end - b.first) || a.first - b.first)) {
    if (!kept.some((k) => s.first < k.end && k.first < s.end)) kept.push(s)
  }
  return kept.sort((a, b) => a.first - b.first)
}

/**
 * A MEANTIME article: its proper-name mentions (syntactic_type NAM, or
 * PRE.NAM for a name modifying a noun) typed through the entity instance they
 * refer to. Only the opening sentences of each article are fully annotated
 * (mentions with a syntactic type); later ones mark just a few entities'
 * mentions for cross-document links, so the document is cut after the last
 * fully annotated sentence. MEANTIME extents include a leading article ("the
 * US"); it is cut, as the other sets and the engine leave it out.
 */
export function readMeantime(path: string, id: string): GoldDoc {
  const xml = readFileSync(path, 'utf8')
  const tokens = new Map<string, { sentence: number; index: number }>()
  const sentences: string[][] = []
  for (const m of xml.matchAll(/<token ([^>]*)>([^<]*)<\/token>/g)) {
    const a = attrs(m[1]!)
    const s = Number(a.sentence)
    const list = (sentences[s] ??= [])
    tokens.set(a.t_id!, { sentence: s, index: list.length })
    list.push(unescapeXml(m[2]!.trim()))
  }
  const instanceType = new Map<string, NerType>()
  for (const m of xml.matchAll(/<ENTITY ([^>]*)\/>/g)) {
    const a = attrs(m[1]!)
    const type = { PER: 'PER', ORG: 'ORG', LOC: 'LOC' }[a.ent_type ?? ''] as NerType | undefined
    if (type) instanceType.set(a.m_id!, type)
  }
  const mentionType = new Map<string, NerType>()
  for (const m of xml.matchAll(/<REFERS_TO[^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
    const target = /<target m_id="([^"]+)"/.exec(m[1]!)?.[1]
    const type = target ? instanceType.get(target) : undefined
    if (type) for (const s of m[1]!.matchAll(/<source m_id="([^"]+)"/g)) mentionType.set(s[1]!, type)
  }
  const names: TokenSpan[][] = sentences.map(() => [])
  let annotated = -1
  for (const m of xml.matchAll(/<ENTITY_MENTION([^>]*)>([\s\S]*?)<\/ENTITY_MENTION>/g)) {
    const a = attrs(m[1]!)
    const at = [...m[2]!.matchAll(/t_id="([^"]+)"/g)].map((t) => tokens.get(t[1]!)).filter((t) => t !== undefined)
    if (!at.length || at.some((t) => t.sentence !== at[0]!.sentence)) continue
    const s = at[0]!.sentence
    const idx = at.map((t) => t.index)
    let first = Math.min(...idx)
    const end = Math.max(...idx) + 1
    if (a.syntactic_type !== undefined) annotated = Math.max(annotated, s)
    const type = mentionType.get(a.m_id!)
    if (!type || (a.syntactic_type !== 'NAM' && a.syntactic_type !== 'PRE.NAM')) continue
    if (end - first > 1 && sentences[s]![first]!.toLowerCase() === 'the') first++
    names[s]!.push({ first, end, type })
  }
  return {
    id,
    sentences: sentences.slice(0, annotated + 1).flatMap((toks, s) => (toks ? [{ tokens: toks, names: innermost(names[s]!) }] : [])),
  }
}
