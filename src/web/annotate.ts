/**
 * @module web/annotate — renders an article body with its stand-off
 * annotations highlighted inline. Spans may nest or overlap (an entity inside a
 * quote inside a claim, a quote crossing a sentence end), so the text is cut
 * into segments at every boundary and each segment is wrapped in one element
 * per annotation covering it; the markup is therefore always well nested.
 * Paragraphs come from blank lines in the text; each sentence gets an
 * `id="s-<start>"` anchor so facts elsewhere can link to where they came from.
 */
import type { Claim, Doc, Entity, Mention, Quote, Span, TimeExpression } from '../doc/types.js'
import { type SafeHtml, escapeHtml, raw } from './html.js'
import { ACT_LABELS, entityClass, entityHref, entityTypeLabel, formatInterval } from './format.js'

/** A blank line (possibly with spaces) separates paragraphs. */
const PARAGRAPH_BREAK_RE = /\n[ \t\r]*\n/g
const LEADING_SPACE_RE = /^\s*/
const TRAILING_SPACE_RE = /\s*$/

type Annotation =
  | { readonly kind: 'claim'; readonly start: number; readonly end: number; readonly claim: Claim }
  | { readonly kind: 'quote'; readonly start: number; readonly end: number; readonly quote: Quote }
  | { readonly kind: 'cue'; readonly start: number; readonly end: number; readonly quote: Quote }
  | { readonly kind: 'time'; readonly start: number; readonly end: number; readonly time: TimeExpression }
  | { readonly kind: 'entity'; readonly start: number; readonly end: number; readonly entity: Entity; readonly mention: Mention }

/** Outer-to-inner wrapping order, so an entity link sits inside its quote and claim. */
const NESTING: Record<Annotation['kind'], number> = { claim: 0, quote: 1, cue: 2, time: 3, entity: 4 }

/** Paragraph spans of `text`: runs between blank lines, trimmed, empty ones dropped. */
export function paragraphSpans(text: string): Span[] {
  const out: Span[] = []
  let start = 0
  const push = (a: number, b: number): void => {
    const chunk = text.slice(a, b)
    const lead = LEADING_SPACE_RE.exec(chunk)![0].length
    if (lead === chunk.length) return
    const trail = TRAILING_SPACE_RE.exec(chunk)![0].length
    out.push({ start: a + lead, end: b - trail })
  }
  PARAGRAPH_BREAK_RE.lastIndex = 0
  for (let m = PARAGRAPH_BREAK_RE.exec(text); m; m = PARAGRAPH_BREAK_RE.exec(text)) {
    push(start, m.index)
    start = m.index + m[0].length
  }
  push(start, text.length)
  return out
}

function collect(doc: Doc): Annotation[] {
  const L = doc.layers
  const anns: Annotation[] = []
  for (const claim of L.claims ?? []) anns.push({ kind: 'claim', start: claim.start, end: claim.end, claim })
  for (const quote of L.quotes ?? []) {
    anns.push({ kind: 'quote', start: quote.start, end: quote.end, quote })
    if (quote.cue) anns.push({ kind: 'cue', start: quote.cue.start, end: quote.cue.end, quote })
  }
  for (const time of L.times ?? []) anns.push({ kind: 'time', start: time.start, end: time.end, time })
  for (const entity of L.entities ?? []) {
    for (const mention of entity.mentions) anns.push({ kind: 'entity', start: mention.start, end: mention.end, entity, mention })
  }
  return anns.filter((a) => a.end > a.start).sort((a, b) => a.start - b.start || NESTING[a.kind] - NESTING[b.kind])
}

/** "Kremlin spokesman → The New York Times" style chain label for tooltips. */
export function chainLabel(chain: readonly { readonly name: string }[]): string {
  return chain.map((h) => h.name).join(' → ')
}

function open(a: Annotation): string {
  switch (a.kind) {
    case 'claim': {
      const via = a.claim.chain.length ? `: ${chainLabel(a.claim.chain)}` : ''
      return `<mark class="cl m-${a.claim.modality}" title="${escapeHtml(`Claim (${a.claim.modality})${via}`)}">`
    }
    case 'quote': {
      const kind = a.quote.direct ? 'direct' : a.quote.mixed ? 'mixed' : 'indirect'
      const via = a.quote.via.length ? ` via ${a.quote.via.map((v) => v.name).join(', ')}` : ''
      const what = a.quote.act === 'says' ? `${kind} quote` : ACT_LABELS[a.quote.act]
      return `<span class="qt qt-${kind}" title="${escapeHtml(`${what} — ${a.quote.speaker.name}${via}`)}">`
    }
    case 'cue':
      return `<span class="cue" title="${escapeHtml(`cue of a quote by ${a.quote.speaker.name}`)}">`
    case 'time': {
      const t = a.time
      const when = t.from || t.to ? formatInterval(t.from, t.to) : (t.unresolved ?? 'unanchored')
      return `<span class="tx" title="${escapeHtml(`${when} (${t.type} ${t.value})`)}">`
    }
    case 'entity': {
      const e = a.entity
      const gov = a.mention.government ? ', standing for its government' : ''
      const role = a.mention.role ? ` (${a.mention.role})` : ''
      const title = `${e.name}${role} — ${entityTypeLabel(e.type)}${gov}`
      return `<a class="ent ${entityClass(e.type)}" href="${escapeHtml(entityHref(e.id))}" data-entity="${escapeHtml(e.id)}" title="${escapeHtml(title)}">`
    }
  }
}

function close(a: Annotation): string {
  return a.kind === 'claim' ? '</mark>' : a.kind === 'entity' ? '</a>' : '</span>'
}

/**
 * The body as `<p>` elements with sentence anchors and inline annotations.
 * Linear in text length plus annotations (one sweep over sorted boundaries).
 */
export function renderAnnotatedBody(doc: Doc): SafeHtml {
  const text = doc.text
  const paragraphs = paragraphSpans(text)
  const sentences = [...(doc.layers.sentences ?? [])].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start)
  const anns = collect(doc)

  const cuts = new Set<number>()
  for (const p of paragraphs) cuts.add(p.start).add(p.end)
  for (const s of sentences) cuts.add(s.start).add(s.end)
  for (const a of anns) cuts.add(a.start).add(a.end)
  const bounds = [...cuts].sort((a, b) => a - b)

  const out: string[] = []
  const anchored = new Set<number>()
  let bi = 0
  let si = 0
  let ai = 0
  let active: Annotation[] = []
  for (const p of paragraphs) {
    out.push('<p>')
    while (bi < bounds.length && bounds[bi]! < p.start) bi++
    let openSentence: Span | null = null
    for (let k = bi; k + 1 < bounds.length && bounds[k]! < p.end; k++) {
      const a = bounds[k]!
      const b = Math.min(bounds[k + 1]!, p.end)
      while (si < sentences.length && sentences[si]!.end <= a) si++
      const s = sentences[si] && sentences[si]!.start <= a ? sentences[si]! : null
      if (s !== openSentence) {
        if (openSentence) out.push('</span>')
        if (s) {
          const id = anchored.has(s.start) ? '' : ` id="s-${s.start}"`
          anchored.add(s.start)
          out.push(`<span class="s"${id}>`)
        }
        openSentence = s
      }
      while (ai < anns.length && anns[ai]!.start <= a) active.push(anns[ai++]!)
      active = active.filter((x) => x.end > a)
      const wrap = active.length > 1 ? [...active].sort((x, y) => NESTING[x.kind] - NESTING[y.kind]) : active
      for (const x of wrap) out.push(open(x))
      out.push(escapeHtml(text.slice(a, b)))
      for (let w = wrap.length - 1; w >= 0; w--) out.push(close(wrap[w]!))
    }
    if (openSentence) out.push('</span>')
    out.push('</p>\n')
  }
  return raw(out.join(''))
}
