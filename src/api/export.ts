/**
 * @module api/export — the storyline export contract, shared by
 * `GET /api/export` and the CLI's `export --json`: every storyline with its
 * articles, entities, event timeline and claims (status, independent sources
 * and each source's chain and sentence).
 */
import type { Hop, Modality } from '../doc/types.js'
import type { Store } from '../store/types.js'
import type { ClaimStatus, Evidence, StatusChange, StoryArticleRef, Storyline } from '../story/types.js'

/** An article of a storyline, as the story stage describes it (copies and relays included). */
export type ExportArticle = Pick<StoryArticleRef, 'id' | 'source' | 'title' | 'outlet' | 'published' | 'copyOf' | 'relays'>

export interface ExportEntity {
  readonly id: string
  readonly name: string
  readonly type: string
  readonly mentions: number
  readonly articles: number
}

export interface ExportTimelineEntry {
  readonly event: string
  readonly type: string
  readonly from: string | null
  readonly to: string | null
  readonly cameo: string | null
  readonly text: string
  readonly modality: string
  /** The event carries the story (dated or widely reported, news, about its key entities); views list the rest as "N more". */
  readonly core: boolean
  /** Ids of the articles reporting the event. */
  readonly articles: readonly string[]
  /** The reporting sentences. */
  readonly evidence: readonly Evidence[]
}

export interface ExportClaimSource {
  readonly article: string
  readonly outlet: string | null
  /** Publishing outlet → cited outlets → original source. */
  readonly chain: readonly Hop[]
  readonly origin: string
  readonly copyOf: string | null
  readonly modality: Modality
  /** The sentence the claim was read from. */
  readonly evidence: Evidence
}

export interface ExportClaim {
  readonly id: string
  readonly text: string
  readonly modality: Modality
  /** Entity ids the claim is about. */
  readonly about: readonly string[]
  readonly status: ClaimStatus
  readonly independentSources: number
  /** Every change of status, with the article and sentence that caused it. */
  readonly history: readonly StatusChange[]
  readonly sources: readonly ExportClaimSource[]
}

export interface ExportStoryline {
  readonly id: string
  readonly title: string
  readonly articles: readonly ExportArticle[]
  readonly entities: readonly ExportEntity[]
  readonly timeline: readonly ExportTimelineEntry[]
  readonly claims: readonly ExportClaim[]
}

export interface ExportJson {
  readonly storylines: readonly ExportStoryline[]
}

const evidence = (e: Evidence): Evidence => ({ article: e.article, start: e.start, end: e.end })

/** One storyline in the export shape (fields picked explicitly so the contract does not drift with the store). */
export function exportStoryline(s: Storyline): ExportStoryline {
  return {
    id: s.id,
    title: s.title,
    articles: s.articles.map((a) => ({ id: a.id, source: a.source, title: a.title, outlet: a.outlet, published: a.published, copyOf: a.copyOf, relays: a.relays })),
    entities: s.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, mentions: e.mentions, articles: e.articles })),
    timeline: s.timeline.map((t) => ({
      event: t.event,
      type: t.type,
      cameo: t.cameo,
      from: t.from,
      to: t.to,
      text: t.text,
      modality: t.modality,
      core: t.core,
      articles: t.articles,
      evidence: t.evidence.map(evidence),
    })),
    claims: s.claims.map((c) => ({
      id: c.id,
      text: c.text,
      modality: c.modality,
      about: c.about,
      status: c.status,
      independentSources: c.independentSources,
      history: c.history.map((h) => ({ status: h.status, article: h.article, at: h.at, reason: h.reason, evidence: evidence(h.evidence) })),
      sources: c.sources.map((src) => ({
        article: src.article,
        outlet: src.outlet,
        chain: src.chain.map((h) => ({ name: h.name, entity: h.entity, kind: h.kind })),
        origin: src.origin,
        copyOf: src.copyOf,
        modality: src.modality,
        evidence: evidence(src.evidence),
      })),
    })),
  }
}

/** Every stored storyline, in the store's listing order. */
export async function buildExport(store: Store): Promise<ExportJson> {
  const storylines: ExportStoryline[] = []
  for (const summary of await store.listStorylines()) {
    const s = await store.getStoryline(summary.id)
    if (s) storylines.push(exportStoryline(s))
  }
  return { storylines }
}
