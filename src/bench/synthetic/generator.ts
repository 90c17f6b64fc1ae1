/**
 * @module bench/synthetic/generator — a seeded stream of made-up news
 * articles whose storylines are known, for measuring the story stage at a
 * scale no annotated corpus reaches. Each day some storylines start (most run
 * for days, a few for months); each active storyline publishes a few reports
 * a day from several outlets, some of them copies of an earlier report
 * (syndication) or relays of another outlet's reporting. Stories of one kind
 * in one country run side by side and may share a national agency, so only
 * their own towns, people, details and dates tell them apart.
 *
 * Articles come out as analysed Docs (text plus an entities layer), so the
 * bench times the story stage alone, not the NLP stages.
 */
import { createDoc, emptyMeta } from '../../doc/doc.js'
import type { Entity, EntityType } from '../../doc/types.js'
import type { StoryInput } from '../../story/types.js'
import { entityId } from '../../util/text.js'
import { seededRandom } from '../../util/random.js'
import {
  COMMON_WORDS,
  EVENT_KINDS,
  type EventKind,
  FILLERS,
  FRAMES,
  ORG_SUFFIXES,
  OUTLET_PATTERNS,
  SYLLABLES,
  WEEKDAYS,
} from './vocabulary.js'

export interface SyntheticArticle {
  readonly input: StoryInput
  /** The true storyline, numbered in order of start. */
  readonly storyline: number
  /** Id of the article this one copies, if it is a copy. */
  readonly copyOf: string | null
}

export interface SyntheticOptions {
  readonly seed?: number
  /** Short storylines started per day on average. */
  readonly storylinesPerDay?: number
  /** Share of storylines that run for months. */
  readonly longShare?: number
  /** Share of reports that copy an earlier report of their storyline. */
  readonly copyShare?: number
  /** Share of reports that relay another outlet's reporting. */
  readonly relayShare?: number
}

const COUNTRIES = 12
const OUTLETS = 40
const FIRST_DAY = Date.UTC(2025, 0, 1)
const MS_PER_DAY = 86_400_000

interface Storyline {
  readonly number: number
  readonly kind: EventKind
  readonly country: string
  readonly town: string
  readonly persons: readonly string[]
  readonly org: string
  /** Made-up words and numbers only this story uses: a street, a vessel, a toll. */
  readonly details: readonly string[]
  readonly numbers: readonly string[]
  readonly endDay: number
  /** Expected reports a day. */
  readonly rate: number
  /** Latest bodies, for copies. */
  readonly recent: { id: string; text: string; entities: Entity[] }[]
}

/** Collects text and the entity mentions written into it. */
class TextBuilder {
  text = ''
  private readonly entities = new Map<string, { name: string; type: EntityType; mentions: { start: number; end: number }[] }>()

  write(s: string): void {
    this.text += s
  }

  mention(type: EntityType, name: string): void {
    const id = entityId(type, name)
    const start = this.text.length
    this.text += name
    const e = this.entities.get(id) ?? { name, type, mentions: [] }
    e.mentions.push({ start, end: this.text.length })
    this.entities.set(id, e)
  }

  layer(): Entity[] {
    return [...this.entities].map(([id, e]) => ({ id, name: e.name, type: e.type, known: false, mentions: e.mentions }))
  }
}

export class SyntheticNews {
  private readonly rng: () => number
  private readonly countries: string[]
  private readonly outlets: string[]
  private readonly options: Required<SyntheticOptions>
  /** National agency per country and kind, shared by that country's stories of the kind. */
  private readonly agencies = new Map<string, string>()

  constructor(options: SyntheticOptions = {}) {
    this.options = { seed: 7, storylinesPerDay: 20, longShare: 0.08, copyShare: 0.08, relayShare: 0.15, ...options }
    this.rng = seededRandom(this.options.seed)
    this.countries = Array.from({ length: COUNTRIES }, () => this.name(3))
    this.outlets = Array.from({ length: OUTLETS }, () => this.pick(OUTLET_PATTERNS).replace('{name}', this.name(2)))
  }

  /** Yields `count` articles in publication order. */
  *articles(count: number): Generator<SyntheticArticle> {
    const active: Storyline[] = []
    let started = 0
    let emitted = 0
    for (let day = 0; emitted < count; day++) {
      for (let k = this.poisson(this.options.storylinesPerDay); k > 0; k--) active.push(this.storyline(started++, day))
      const today: { at: number; story: Storyline }[] = []
      for (const s of active) {
        for (let k = this.poisson(s.rate); k > 0; k--) today.push({ at: Math.floor(this.rng() * MS_PER_DAY), story: s })
      }
      today.sort((a, b) => a.at - b.at)
      for (const { at, story } of today) {
        if (emitted >= count) return
        yield this.article(story, emitted++, new Date(FIRST_DAY + day * MS_PER_DAY + at).toISOString(), day)
      }
      for (let i = active.length - 1; i >= 0; i--) if (active[i]!.endDay <= day) active.splice(i, 1)
    }
  }

  private storyline(number: number, day: number): Storyline {
    const kind = this.pick(EVENT_KINDS)
    const country = this.pick(this.countries)
    const agencyKey = `${country}/${kind.name}`
    if (!this.agencies.has(agencyKey)) this.agencies.set(agencyKey, `${country} ${this.pick(ORG_SUFFIXES)}`)
    const long = this.rng() < this.options.longShare
    const days = long ? 60 + Math.floor(this.rng() * 90) : 2 + Math.floor(this.rng() * 10)
    const reports = long ? days * (0.8 + this.rng() * 0.8) : 4 + this.rng() * 22
    return {
      number,
      kind,
      country,
      town: this.name(2),
      persons: Array.from({ length: 3 }, () => `${this.name(2)} ${this.name(3)}`),
      org: this.rng() < 0.5 ? this.agencies.get(agencyKey)! : `${this.name(2)} ${this.pick(ORG_SUFFIXES)}`,
      details: Array.from({ length: 3 }, () => this.name(3).toLowerCase()),
      numbers: Array.from({ length: 2 }, () => String(100 + Math.floor(this.rng() * 900))),
      endDay: day + days,
      rate: reports / days,
      recent: [],
    }
  }

  private article(s: Storyline, n: number, published: string, day: number): SyntheticArticle {
    const id = `syn-${n.toString(36).padStart(5, '0')}`
    const outlet = this.pick(this.outlets)
    const meta = (title: string) => ({
      ...emptyMeta(`synthetic:${id}`),
      title,
      outlet: { id: entityId('OUTLET', outlet), name: outlet },
      published,
      language: 'en',
    })
    const title = this.pick(s.kind.headlines).replace('{place}', s.town)
    const original = s.recent.length > 0 && this.rng() < this.options.copyShare ? this.pick(s.recent) : null
    if (original) {
      // Syndication: the same body under another outlet's headline, with its own footer.
      const text = `${original.text}\n\nThis report was supplied by a partner agency.`
      const doc = createDoc(text, meta(title), { entities: original.entities })
      return { input: { id, doc }, storyline: s.number, copyOf: original.id }
    }
    const b = new TextBuilder()
    if (this.rng() < this.options.relayShare) {
      b.mention('OUTLET', this.pick(this.outlets))
      b.write(' reported the latest developments earlier. ')
    }
    // A lead names the place and a main actor, as news leads do.
    b.mention('PLACE', s.town)
    b.write(', ')
    b.mention('PLACE', s.country)
    b.write(` (${outlet}) - `)
    b.mention('PERSON', s.persons[0]!)
    b.write(` spoke about the ${this.pick(s.kind.words)} and the ${this.pick(s.details)} on ${WEEKDAYS[(day + 2) % 7]!}. `)
    const sentences = 5 + Math.floor(this.rng() * 5)
    for (let i = 0; i < sentences; i++) {
      this.sentence(b, s, day)
      b.write(' ')
      if (this.rng() < 0.5) b.write(`${this.commonWords(6)}. `)
    }
    b.write(this.pick(FILLERS))
    const entities = b.layer()
    const doc = createDoc(b.text, meta(title), { entities })
    s.recent.push({ id, text: b.text, entities })
    if (s.recent.length > 3) s.recent.shift()
    return { input: { id, doc }, storyline: s.number, copyOf: null }
  }

  /** One sentence from a frame, names written as entity mentions. */
  private sentence(b: TextBuilder, s: Storyline, day: number): void {
    const frame = this.pick(FRAMES)
    const parts = frame.split(/(\{[a-z]+\})/)
    let first = true
    for (const part of parts) {
      let piece: string | null = null
      switch (part) {
        case '{person}':
          b.mention('PERSON', this.pick(s.persons))
          break
        case '{org}':
          b.mention('ORG', s.org)
          break
        case '{place}':
          b.mention('PLACE', this.rng() < 0.8 ? s.town : s.country)
          break
        case '{country}':
          b.mention('PLACE', s.country)
          break
        case '{a}':
        case '{b}':
        case '{c}':
          piece = this.rng() < 0.75 ? this.pick(s.kind.words) : this.pick(s.details)
          break
        case '{n}':
          piece = this.rng() < 0.6 ? this.pick(s.numbers) : String(2 + Math.floor(this.rng() * 98))
          break
        case '{day}':
          piece = WEEKDAYS[(day + 2) % 7]!
          break
        default:
          piece = part
      }
      if (piece !== null) b.write(first ? piece.charAt(0).toUpperCase() + piece.slice(1) : piece)
      first = false
    }
  }

  private commonWords(n: number): string {
    const words = Array.from({ length: n }, () => this.pick(COMMON_WORDS))
    return words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1) + ' ' + words.slice(1).join(' ')
  }

  private name(syllables: number): string {
    let s = ''
    for (let i = 0; i < syllables; i++) s += this.pick(SYLLABLES)
    return s.charAt(0).toUpperCase() + s.slice(1)
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.rng() * items.length)]!
  }

  /** Poisson-distributed count with the given mean (Knuth's method; means here are small). */
  private poisson(mean: number): number {
    const limit = Math.exp(-mean)
    let k = 0
    for (let p = this.rng(); p > limit; p *= this.rng()) k++
    return k
  }
}
