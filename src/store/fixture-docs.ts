/**
 * @module store/fixture-docs
 * Test documents for the store contract suite, built from the hand-written
 * articles in fixtures/store/articles.json with createDoc and hand-made layers,
 * so the store is tested without running any pipeline stage.
 */
import { readFileSync } from 'node:fs'
import { createDoc, emptyMeta, withError } from '../doc/doc.js'
import type { Doc, Entity, EntityType, OutletRef, Span } from '../doc/types.js'
import type { StoryArticleRef, StoryGraph, Storyline } from '../story/types.js'
import { repoPath } from '../util/paths.js'

interface FixtureArticle {
  readonly key: string
  readonly source: string
  readonly url: string | null
  readonly outlet: OutletRef | null
  readonly title: string
  readonly published: string | null
  readonly text: string
}

export type FixtureKey = 'ferry' | 'ferry-update' | 'bridge' | 'market'

const ARTICLES: readonly FixtureArticle[] = (
  JSON.parse(readFileSync(repoPath('fixtures', 'store', 'articles.json'), 'utf8')) as { articles: FixtureArticle[] }
).articles

/** Entities per fixture: id, canonical name, type and the surface forms to find in the text. */
const ENTITIES: Record<FixtureKey, readonly [string, string, EntityType, readonly string[]][]> = {
  ferry: [
    ['place:turkey', 'Turkey', 'PLACE', ['Türkiye']],
    ['place:greece', 'Greece', 'PLACE', ['Greece']],
    ['person:recep-tayyip-erdogan', 'Recep Tayyip Erdoğan', 'PERSON', ['Erdoğan']],
  ],
  'ferry-update': [
    ['place:turkey', 'Turkey', 'PLACE', ['Türkiye']],
    ['place:greece', 'Greece', 'PLACE', ['Greece']],
    ['person:recep-tayyip-erdogan', 'Recep Tayyip Erdoğan', 'PERSON', ['Erdoğan']],
  ],
  bridge: [
    ['place:diyarbakir', 'Diyarbakır', 'PLACE', ['Diyarbakır']],
    ['place:turkey', 'Turkey', 'PLACE', ['Türkiye']],
    ['place:kassel', 'Kassel', 'PLACE', ['Kassel']],
  ],
  market: [],
}

function fixture(key: FixtureKey): FixtureArticle {
  const a = ARTICLES.find((x) => x.key === key)
  if (!a) throw new Error(`fixtures/store/articles.json has no article "${key}"`)
  return a
}

/** Every occurrence of `needle` in `text` as a span. */
export function spansOf(text: string, needle: string): Span[] {
  const out: Span[] = []
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) {
    out.push({ start: i, end: i + needle.length })
  }
  return out
}

/** The first occurrence of `needle`, failing loudly when a fixture text changed. */
export function spanOf(text: string, needle: string): Span {
  const s = spansOf(text, needle)[0]
  if (!s) throw new Error(`"${needle}" not found in fixture text`)
  return s
}

function entitiesOf(key: FixtureKey, text: string): Entity[] {
  return ENTITIES[key].map(([id, name, type, surfaces]) => ({
    id,
    name,
    type,
    known: true,
    mentions: surfaces.flatMap((s) => spansOf(text, s)),
  }))
}

/** A fixture article as a Doc with its entities layer; `change` edits the meta or text first. */
export function fixtureDoc(key: FixtureKey, change: { text?: string; source?: string; url?: string | null } = {}): Doc {
  const a = fixture(key)
  const text = change.text ?? a.text
  const meta = {
    ...emptyMeta(change.source ?? a.source),
    url: change.url === undefined ? a.url : change.url,
    title: a.title,
    outlet: a.outlet,
    published: a.published,
    language: 'en',
  }
  return createDoc(text, meta, { entities: entitiesOf(key, text) })
}

/** The ferry article with every layer set, a recorded stage error and every meta field filled. */
export function fullLayerDoc(): Doc {
  const a = fixture('ferry')
  const text = a.text
  const paragraphs = text.split('\n\n').map((p) => spanOf(text, p))
  const sentences = [
    spanOf(text, 'Negotiators from Türkiye and Greece met in Izmir on Friday to discuss the suspended ferry line.'),
    spanOf(text, 'President Erdoğan said the harbour fees were "not negotiable", according to two officials present.'),
  ]
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
  const erdogan = spanOf(text, 'Erdoğan')
  const friday = spanOf(text, 'Friday')
  const quoted = spanOf(text, 'not negotiable')
  const said = spanOf(text, 'said')
  const met = spanOf(text, 'met')
  const outletHop = { name: 'The Harbor Ledger', entity: 'outlet:the-harbor-ledger', kind: 'outlet' as const }
  const speakerHop = { name: 'Recep Tayyip Erdoğan', entity: 'person:recep-tayyip-erdogan', kind: 'person' as const }
  const doc = createDoc(
    text,
    {
      source: a.source,
      url: a.url,
      title: a.title,
      byline: 'Mira Castellane, Örjan Lindqvist',
      outlet: a.outlet,
      published: '2026-01-03T14:20:00+02:00',
      modified: '2026-01-03T16:05:00+02:00',
      language: 'en',
      related: [
        { title: 'Ferry crews strike for a second day', url: 'https://harbor-ledger.example/2025/12/strike', date: '2025-12-29' },
        { title: 'Port fees: what changed', url: null, date: null },
      ],
      image: 'https://harbor-ledger.example/img/ferry.jpg',
    },
    {
      paragraphs,
      sentences,
      tokens,
      entities: [
        {
          id: 'person:recep-tayyip-erdogan',
          name: 'Recep Tayyip Erdoğan',
          type: 'PERSON',
          known: true,
          mentions: [{ ...erdogan, role: 'President' }],
        },
        { id: 'place:turkey', name: 'Turkey', type: 'PLACE', known: true, mentions: [{ ...spanOf(text, 'Türkiye'), government: true }] },
        { id: 'other:ferry-line', name: 'ferry line', type: 'OTHER', known: false, mentions: [spanOf(text, 'ferry line')] },
      ],
      times: [
        { ...friday, type: 'DATE', value: '2026-01-02', from: '2026-01-02', to: '2026-01-02' },
        { ...spanOf(text, 'present'), type: 'DATE', value: 'PRESENT_REF', from: null, to: null, unresolved: 'no anchor' },
      ],
      quotes: [
        {
          ...quoted,
          direct: true,
          act: 'says',
          negated: false,
          mixed: true,
          cue: said,
          speaker: { ...speakerHop, span: erdogan },
          via: [{ name: 'two officials present', entity: null, kind: 'official', span: spanOf(text, 'two officials present') }],
          enclosing: [],
        },
      ],
      claims: [
        {
          ...sentences[1]!,
          id: 'c0ffee0000000001',
          key: 'harbour fee not negotiable',
          modality: 'asserted',
          chain: [outletHop, { name: 'two officials present', entity: null, kind: 'official' }, speakerHop],
          about: ['person:recep-tayyip-erdogan'],
          quote: 0,
        },
      ],
      events: [
        {
          ...sentences[0]!,
          id: 'e0ffee0000000001',
          type: 'meeting',
          cameo: '04',
          trigger: met,
          actors: ['place:turkey', 'place:greece'],
          targets: [],
          place: 'place:izmir',
          from: '2026-01-02',
          to: '2026-01-02',
          negated: false,
          modality: 'asserted',
        },
      ],
    },
  )
  return withError(doc, 'sentiment', 'model file missing: skipped (ünïcode kept)')
}

function ref(id: string, doc: Doc, copyOf: string | null = null): StoryArticleRef {
  return { id, source: doc.meta.source, title: doc.meta.title, outlet: doc.meta.outlet, published: doc.meta.published, copyOf, relays: [] }
}

/** A storyline over the given stored articles, with one key entity per article's first entity. */
export function storyline(id: string, title: string, articles: readonly { id: string; doc: Doc }[]): Storyline {
  const first = articles[0]!
  return {
    id,
    title,
    articles: articles.map((a) => ref(a.id, a.doc)),
    entities: articles
      .flatMap((a) => a.doc.layers.entities ?? [])
      .filter((e, i, all) => all.findIndex((x) => x.id === e.id) === i)
      .map((e) => ({ id: e.id, name: e.name, type: e.type, mentions: e.mentions.length, articles: 1 })),
    timeline: [
      {
        event: 'e-1',
        type: 'meeting',
        cameo: '04',
        from: first.doc.meta.published,
        to: first.doc.meta.published,
        text: first.doc.text.slice(0, 40),
        modality: 'asserted',
        core: true,
        articles: [first.id],
        evidence: [{ article: first.id, start: 0, end: 40 }],
      },
    ],
    claims: [
      {
        id: `${id}-claim`,
        text: 'fees are not negotiable',
        modality: 'asserted',
        status: 'single-source',
        independentSources: 1,
        about: [],
        sources: [],
        history: [],
      },
    ],
    coverage: [{ date: first.doc.meta.published ?? '2026-01-01', outlet: first.doc.meta.outlet?.id ?? 'unknown', articles: articles.length }],
  }
}

export function graph(storylines: readonly Storyline[], copies: StoryGraph['copies'] = []): StoryGraph {
  return { storylines, copies }
}
