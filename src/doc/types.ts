/**
 * @module doc/types
 * The document model: one text, many stand-off layers. Every annotation points
 * into `Doc.text` with [start, end) offsets in JavaScript string (UTF-16) units,
 * and never copies the substring it covers; serialisers slice the text.
 * Stages add layers; they never rewrite `text` or a layer an earlier stage made
 * (see doc/doc.ts and doc/pipeline.ts). The vocabulary follows docs/concepts.md.
 */

/** A half-open character range [start, end) into Doc.text. */
export interface Span {
  readonly start: number
  readonly end: number
}

export type EntityType = 'PERSON' | 'ORG' | 'PLACE' | 'OUTLET' | 'OTHER'

export interface OutletRef {
  /** Entity id of the outlet, e.g. "outlet:the-new-york-times". */
  readonly id: string
  readonly name: string
}

/** A link kept apart from the body: related-news boxes, "read more" footers. */
export interface RelatedLink {
  readonly title: string
  readonly url: string | null
  /** ISO date when the box gives one. */
  readonly date: string | null
}

/** What extraction learns about an article besides its body text. */
export interface ArticleMeta {
  /** Where it was read from: a path, a URL, or "feed.xml#item-3" for feed items. */
  readonly source: string
  /** Canonical URL when the page declares or implies one. */
  readonly url: string | null
  readonly title: string | null
  readonly byline: string | null
  readonly outlet: OutletRef | null
  /** ISO date (YYYY-MM-DD) or datetime; null when unknown. */
  readonly published: string | null
  readonly modified: string | null
  /** ISO 639-1 code ("en", "es"), null when unknown. */
  readonly language: string | null
  readonly related: readonly RelatedLink[]
  readonly image: string | null
}

/** One identity inside a document, with every mention of it. */
export interface Entity {
  /**
   * Stable id shared across articles: "<type>:<slug of canonical name>", e.g.
   * "place:turkey", "person:recep-tayyip-erdogan", "outlet:the-washington-post".
   */
  readonly id: string
  /** Canonical name ("Turkey", "Recep Tayyip Erdoğan"). */
  readonly name: string
  readonly type: EntityType
  /** True when the identity comes from the shipped knowledge base. */
  readonly known: boolean
  readonly mentions: readonly Mention[]
}

export interface Mention extends Span {
  /** Title or role written with the name ("Vice President"), when any. */
  readonly role?: string
  /** A capital or country standing for its government ("Ankara could leverage…"). */
  readonly government?: boolean
  /** How the mention names its entity when not by name: a demonym ("Venezuelan officials" → Venezuela). */
  readonly kind?: MentionKind
}

export type MentionKind = 'demonym'

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET'

export interface TimeExpression extends Span {
  readonly type: TimeType
  /** TIMEX3 value: "2026-01-03", "2025-12", "P4M", "XXXX-WXX-1", "PRESENT_REF". */
  readonly value: string
  /** Closed interval of ISO dates, both null when unanchored or not placed in time (a duration placed by the anchor, "the next four years", has one). */
  readonly from: string | null
  readonly to: string | null
  /** Why the expression could not be anchored (e.g. "no publication date"). */
  readonly unresolved?: string
}

/**
 * Who a statement comes from. Named sources carry an entity id; anonymous
 * sources are kept as written ("a senior US official") with a kind.
 */
export type SourceKind =
  | 'person'
  | 'organisation'
  | 'outlet'
  | 'official'
  | 'expert'
  | 'analyst'
  | 'familiar'
  | 'participant'
  | 'document'
  | 'unknown'

export interface SourceRef {
  readonly name: string
  readonly entity: string | null
  readonly kind: SourceKind
  /** The mention of the source in the text, when there is one. */
  readonly span: Span | null
}

/** A hop of a source chain, outermost (publishing outlet) first. */
export type Hop = Omit<SourceRef, 'span'>

/**
 * What a source does with the content it is credited with: says it (reported
 * speech), believes it (a belief or expectation: "thinks", "fears"), intends
 * it (a want, plan or decision: "wants to", "plans to"), or takes a stance on
 * it (support, attack, demand: "endorsed", "attacked", "called for"). Only
 * what is said or believed relays a proposition as the source's claim.
 */
export type AttributionAct = 'says' | 'believes' | 'intends' | 'stance'

export interface Quote extends Span {
  /** start/end cover the content. */
  readonly direct: boolean
  readonly act: AttributionAct
  /** The cue is negated ("would not say whether", "never endorsed"): the source did not put the content forward. */
  readonly negated: boolean
  /** Part quoted, part paraphrased. */
  readonly mixed: boolean
  readonly cue: Span | null
  readonly speaker: SourceRef
  /** Outlets the quote was relayed through, outermost first ("according to the Post"). */
  readonly via: readonly SourceRef[]
  /**
   * The attributions this one is reported within, outermost first: "the Post
   * reported that officials said X" is a quote of X by the officials, within
   * the Post's report (cue "reported", content "officials said X").
   */
  readonly enclosing: readonly Enclosing[]
}

export interface Enclosing {
  readonly source: SourceRef
  readonly cue: Span
  readonly content: Span
}

export type Modality = 'asserted' | 'speculative' | 'denied' | 'conditional' | 'expected' | 'question'

/**
 * A pronoun or bare description in a claim ("it", "the proposal") that stands
 * for an earlier event of the article: the anaphor is start/end.
 */
export interface ClaimAnaphor extends Span {
  /** The trigger of the event it stands for. */
  readonly antecedent: Span
  /** That event's id in the events layer. */
  readonly event: string
}

export interface Claim extends Span {
  /** Hash of `key`: the same proposition gets the same id in every article. */
  readonly id: string
  /** Normalised proposition used to recognise the same claim across wordings. */
  readonly key: string
  readonly modality: Modality
  /** publishing outlet → cited outlets → original source. */
  readonly chain: readonly Hop[]
  /** Entity ids the claim is about. */
  readonly about: readonly string[]
  /** Index into the quotes layer when the claim comes from a quote. */
  readonly quote: number | null
  /** What a refused or accepted "it" stands for; its event's type and actors are in `key` and `about`. */
  readonly anaphor?: ClaimAnaphor
}

export type EventModality = 'asserted' | 'expected' | 'speculative' | 'conditional' | 'question'

export interface EventMention extends Span {
  /** start/end cover the clause or sentence reporting the event. */
  readonly id: string
  /** storytrace event type ("offer", "rejection", "arrest", …). */
  readonly type: string
  /** CAMEO root code ("05", "12", …) when one fits. */
  readonly cameo: string | null
  readonly trigger: Span
  readonly actors: readonly string[]
  readonly targets: readonly string[]
  readonly place: string | null
  readonly from: string | null
  readonly to: string | null
  readonly negated: boolean
  readonly modality: EventModality
}

/** Every layer a stage can assign, by name. */
export interface Layers {
  readonly paragraphs: readonly Span[]
  readonly sentences: readonly Span[]
  readonly tokens: readonly Span[]
  readonly entities: readonly Entity[]
  readonly times: readonly TimeExpression[]
  readonly quotes: readonly Quote[]
  readonly claims: readonly Claim[]
  readonly events: readonly EventMention[]
}

export type LayerName = keyof Layers

export interface AnnotatorError {
  readonly annotator: string
  readonly message: string
}

export interface Doc {
  readonly text: string
  readonly meta: ArticleMeta
  readonly layers: Partial<Layers>
  /** Failures of stages that were recorded instead of stopping the pipeline. */
  readonly errors: readonly AnnotatorError[]
}
