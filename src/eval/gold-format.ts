/**
 * @module eval/gold-format
 * The shape of examples/gold.json: what a perfect engine would output for the
 * example corpus (examples/README.md explains each field).
 */

export interface GoldArticle {
  /** Relative to examples/; feed items "feeds/x.xml#item-2", JSONL records "json/x.jsonl#line-1". */
  readonly file: string
  readonly title: string
  readonly outlet: string
  readonly published: string
  readonly language: string
  readonly storyline: string
  readonly copyOf: string | null
  readonly relays: readonly string[]
}

export interface GoldMention {
  readonly file: string
  readonly text: string
  /** 1-based index of this exact string in the body. */
  readonly occurrence: number
}

export interface GoldEntity {
  readonly id: string
  readonly name: string
  readonly type: string
  readonly mentions: readonly GoldMention[]
}

export interface GoldTime extends GoldMention {
  readonly value: string
  readonly from: string | null
  readonly to: string | null
}

export interface GoldSentenceRef {
  readonly file: string
  /** An exact substring of the body sentence. */
  readonly sentence: string
}

export interface GoldClaimSource extends GoldSentenceRef {
  /** Names outermost first: publishing outlet, cited outlets, original source as written. */
  readonly chain: readonly string[]
  readonly modality: string
}

export interface GoldClaim {
  readonly storyline: string
  readonly text: string
  readonly modality: string
  readonly status: string
  readonly independentSources: number
  readonly sources: readonly GoldClaimSource[]
}

export interface GoldEvent {
  readonly storyline: string
  readonly type: string
  readonly cameo: string | null
  readonly from: string | null
  readonly to: string | null
  readonly reports: readonly GoldSentenceRef[]
}

export interface Gold {
  readonly version: 1
  readonly articles: readonly GoldArticle[]
  readonly storylines: readonly { readonly key: string; readonly title: string }[]
  readonly entities: readonly GoldEntity[]
  readonly times: readonly GoldTime[]
  readonly claims: readonly GoldClaim[]
  readonly events: readonly GoldEvent[]
}
