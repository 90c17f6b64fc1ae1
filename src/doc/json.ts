/**
 * @module doc/json
 * The public per-article JSON (the `extract`/`analyze` contract in
 * docs/json-contract.md, validated against docs/schema/article.schema.json).
 * Stand-off spans stay spans; `text` fields are slices of the body added for
 * readers, never a second source of truth.
 */
import type { AttributionAct, Doc, EventMention, Hop, SourceRef, Span } from './types.js'

export interface SpanJson {
  readonly start: number
  readonly end: number
}

export interface SourceJson {
  readonly name: string
  readonly entity: string | null
  readonly kind: string
}

export interface ArticleJson {
  readonly id?: string
  readonly source: string
  readonly url: string | null
  readonly title: string | null
  readonly byline: string | null
  readonly outlet: { readonly id: string; readonly name: string } | null
  readonly published: string | null
  readonly modified: string | null
  readonly language: string | null
  readonly image: string | null
  readonly text: string
  readonly related: readonly { readonly title: string; readonly url: string | null; readonly date: string | null }[]
  readonly entities?: readonly {
    readonly id: string
    readonly name: string
    readonly type: string
    readonly known: boolean
    readonly mentions: readonly (SpanJson & { readonly text: string; readonly role?: string; readonly government?: boolean; readonly kind?: string })[]
  }[]
  readonly times?: readonly (SpanJson & {
    readonly text: string
    readonly type: string
    readonly value: string
    readonly from: string | null
    readonly to: string | null
    readonly unresolved?: string
  })[]
  readonly quotes?: readonly (SpanJson & {
    readonly text: string
    readonly direct: boolean
    readonly mixed: boolean
    readonly act: AttributionAct
    readonly negated: boolean
    readonly cue: (SpanJson & { readonly text: string }) | null
    readonly speaker: SourceJson & { readonly start: number | null; readonly end: number | null }
    readonly via: readonly string[]
    readonly enclosing: readonly {
      readonly source: SourceJson & { readonly start: number | null; readonly end: number | null }
      readonly cue: SpanJson & { readonly text: string }
      readonly content: SpanJson & { readonly text: string }
    }[]
  })[]
  readonly claims?: readonly (SpanJson & {
    readonly id: string
    readonly text: string
    readonly modality: string
    readonly chain: readonly SourceJson[]
    readonly about: readonly string[]
    readonly anaphor?: SpanJson & { readonly text: string; readonly antecedent: SpanJson & { readonly text: string }; readonly event: string }
  })[]
  readonly events?: readonly (SpanJson & {
    readonly id: string
    readonly type: string
    readonly cameo: string | null
    readonly text: string
    readonly trigger: SpanJson & { readonly text: string }
    readonly actors: readonly string[]
    readonly targets: readonly string[]
    readonly place: string | null
    readonly from: string | null
    readonly to: string | null
    readonly negated: boolean
    readonly modality: string
  })[]
  readonly errors?: readonly { readonly annotator: string; readonly message: string }[]
}

export interface ArticleJsonOptions {
  /** Store id, when the article is stored. */
  readonly id?: string
  /** Leave out the annotation layers (the `extract` command). */
  readonly metaOnly?: boolean
}

const slice = (doc: Doc, s: Span): string => doc.text.slice(s.start, s.end)
const hop = (h: Hop | SourceRef): SourceJson => ({ name: h.name, entity: h.entity, kind: h.kind })

/** A source with the offsets of its mention (null when it has none in the text). */
const sourceJson = (s: SourceRef) => ({ ...hop(s), start: s.span?.start ?? null, end: s.span?.end ?? null })

/** @example toArticleJson(analyze(doc), { id: 'a1b2…' }) */
export function toArticleJson(doc: Doc, options: ArticleJsonOptions = {}): ArticleJson {
  const m = doc.meta
  const base: ArticleJson = {
    ...(options.id ? { id: options.id } : {}),
    source: m.source,
    url: m.url,
    title: m.title,
    byline: m.byline,
    outlet: m.outlet ? { id: m.outlet.id, name: m.outlet.name } : null,
    published: m.published,
    modified: m.modified,
    language: m.language,
    image: m.image,
    text: doc.text,
    related: m.related.map((r) => ({ title: r.title, url: r.url, date: r.date })),
  }
  if (options.metaOnly) return base
  const L = doc.layers
  return {
    ...base,
    entities: (L.entities ?? []).map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      known: e.known,
      mentions: e.mentions.map((mn) => ({
        start: mn.start,
        end: mn.end,
        text: slice(doc, mn),
        ...(mn.role ? { role: mn.role } : {}),
        ...(mn.government ? { government: true } : {}),
        ...(mn.kind ? { kind: mn.kind } : {}),
      })),
    })),
    times: (L.times ?? []).map((t) => ({
      start: t.start,
      end: t.end,
      text: slice(doc, t),
      type: t.type,
      value: t.value,
      from: t.from,
      to: t.to,
      ...(t.unresolved ? { unresolved: t.unresolved } : {}),
    })),
    quotes: (L.quotes ?? []).map((q) => ({
      start: q.start,
      end: q.end,
      text: slice(doc, q),
      direct: q.direct,
      mixed: q.mixed,
      act: q.act,
      negated: q.negated,
      cue: q.cue ? { start: q.cue.start, end: q.cue.end, text: slice(doc, q.cue) } : null,
      speaker: sourceJson(q.speaker),
      via: q.via.map((v) => v.name),
      enclosing: q.enclosing.map((e) => ({
        source: sourceJson(e.source),
        cue: { start: e.cue.start, end: e.cue.end, text: slice(doc, e.cue) },
        content: { start: e.content.start, end: e.content.end, text: slice(doc, e.content) },
      })),
    })),
    claims: (L.claims ?? []).map((c) => ({
      id: c.id,
      start: c.start,
      end: c.end,
      text: slice(doc, c),
      modality: c.modality,
      chain: c.chain.map(hop),
      about: c.about,
      ...(c.anaphor
        ? {
            anaphor: {
              start: c.anaphor.start,
              end: c.anaphor.end,
              text: slice(doc, c.anaphor),
              antecedent: { start: c.anaphor.antecedent.start, end: c.anaphor.antecedent.end, text: slice(doc, c.anaphor.antecedent) },
              event: c.anaphor.event,
            },
          }
        : {}),
    })),
    events: (L.events ?? []).map((e: EventMention) => ({
      id: e.id,
      type: e.type,
      cameo: e.cameo,
      start: e.start,
      end: e.end,
      text: slice(doc, e),
      trigger: { start: e.trigger.start, end: e.trigger.end, text: slice(doc, e.trigger) },
      actors: e.actors,
      targets: e.targets,
      place: e.place,
      from: e.from,
      to: e.to,
      negated: e.negated,
      modality: e.modality,
    })),
    errors: doc.errors,
  }
}
