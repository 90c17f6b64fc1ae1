/**
 * @module nlp/entities/mentions — finds the mentions in a document, before
 * they are grouped into entities. Three passes in one left-to-right scan:
 * knowledge-base forms (longest match wins), contextual outlet forms ("the
 * Post") and capitalised sequences the KB does not know. Each mention keeps
 * the cues later grouping needs (a title before it, a possessive after it).
 *
 * Demonyms ("Turkish", "Venezuelan") are skipped as names here; demonyms.ts
 * adds them afterwards as mentions of their country.
 */
import type { MentionKind, Span } from '../../doc/types.js'
import type { Gazetteer, KbEntry, KbForm } from './kb.js'
import { demonymLength } from './demonyms.js'
import { unitMatches, type Unit } from './units.js'
import {
  CITING_AFTER,
  CITING_BEFORE,
  COUNTRY_GOVERNMENT_EXCLUDED,
  DEALINGS,
  FUNCTION_WORDS,
  GOVERNMENT_NOUNS,
  GOVERNMENT_VERBS,
  HONORIFICS,
  MONTHS,
  NOT_NAMES,
  ORG_NOUNS,
  ORG_WORDS,
  PERSON_NOUNS,
  PLACE_NOUNS,
  PLACE_WORDS,
  SPEECH_BEFORE,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  WEEKDAYS,
} from './words.js'

export interface RawMention extends Span {
  /** The KB entry, for known mentions. */
  readonly entry?: KbEntry
  /** Folded key of a contextual outlet word ("post"), resolved against the doc later. */
  readonly contextual?: string
  /** Unit keys of an unknown name. */
  readonly keys?: readonly string[]
  /** A title or honorific stood before the name: it names a person. */
  readonly personCue?: boolean
  /** What the words around an unknown name say it is (see contextCue). */
  readonly cue?: ContextCue
  /** The name's own words make it a thing, neither person, organisation nor place ("iPhone SDK", "Paris Agreement"). */
  readonly thing?: boolean
  /** An unknown name reports speech ("Sundnet said"): see typeOf in group.ts. */
  readonly reports?: boolean
  readonly role?: string
  readonly government?: boolean
  readonly kind?: MentionKind
}

/** Connectors allowed inside a name between capitalised words ("Ministry of Defence"). */
const CONNECTORS = new Set(['of', 'de', 'del', 'la', 'las', 'los', 'van', 'von', 'der', 'den', 'da', 'do', 'dos', 'bin', 'ibn', 'al', 'el', 'for'])
const LOCATIVE = new Set(['in', 'to', 'from', 'at', 'near', 'outside', 'inside', 'en', 'a', 'desde', 'hacia', 'hasta'])
/** Prepositions that, after a word of dealings ("pressure from", "ties to"), make their object a party to them. */
const PARTY_PREPOSITIONS = new Set(['to', 'from', 'with', 'a', 'con', 'de'])
/** Heads of a state's own institutions: a country's possessive before one is its government ("Hong Kong's High Court"). */
const STATE_INSTITUTIONS = new Set(['court', 'parliament', 'ministry', 'senate', 'assembly', 'police', 'army', 'navy', 'bank'])
/** Modals of what a country will do: the verb after them tells actor from place (actsAfterModal). */
const FUTURE_MODALS = new Set(['will', 'would'])
/** Verbs that say what a place is or becomes, not what a government does. */
const STATE_VERBS = new Set(['be', 'remain', 'become', 'stay', 'get', 'seem', 'look', 'feel', 'see', 'need', 'lose', 'gain', 'host'])
/** Measures taken against a party: before "against" they make a country the party ("sanctions against Russia"). */
const MEASURES = new Set(['sanctions', 'sanction', 'embargo', 'embargoes', 'measures', 'tariffs', 'retaliation'])
/** Words that may stand between a capital and its verb ("Ankara also offered", "Caracas no respondió"). */
const VERB_ADVERBS = new Set(['also', 'still', 'already', 'never', 'not', 'now', 'then', 'again', 'no', 'ya', 'tambien', 'nunca'])
/** Forms of Spanish "hacer" that make "hacer llegar a X" mean "deliver to X". */
const HACER = new Set(['hizo', 'hace', 'hacer', 'haga', 'hicieron', 'hecho', 'hara'])
/** Characters after which the next word starts a clause as if it started a sentence. */
const OPENERS = new Set(['"', '“', '‘', "'", '«', '(', '[', ':', '—', '–', '-', ';'])

export type ContextCue = 'PERSON' | 'ORG' | 'PLACE'

/**
 * Titles that, inside a capitalised run, start a role rather than continue a
 * name. Titles that are also name words ("King" in "Stephen King", "General"
 * in "General Motors", "Justice", "Pope") are left out.
 */
const INNER_TITLES = new Set([
  'president', 'minister', 'secretary', 'chancellor', 'ambassador', 'governor', 'mayor', 'senator', 'spokesperson', 'spokesman',
  'spokeswoman', 'envoy', 'director', 'chairman', 'chairwoman', 'ceo', 'prosecutor', 'commissioner', 'superintendent', 'premier',
])
/** Verbs whose subject, opening a sentence, is a name unless it is a common word ("Sundnet said", not "Engineers said"). */
const REPORTING = new Set(['said', 'says', 'told', 'announced', 'confirmed', 'reported'])
/** Lower-case-first camel case, the styling of products ("iPhone", "iTunes"). */
const CAMEL = /^\p{Ll}+\p{Lu}/u
/** Capitalised heads that make a name a treaty, law, event or programme ("Paris Agreement", "Developers Conference", "Andrew Marr Show"). */
const NAMED_THINGS = new Set([
  'agreement', 'accord', 'accords', 'treaty', 'protocol', 'amendment', 'convention', 'declaration', 'summit',
  'conference', 'festival', 'olympics', 'championship', 'championships', 'cup', 'expo', 'show',
])
/** Lower-case nouns that, right after a name or heading its apposition, make it a product ("Mac OS X operating system", "Lion, the new version"). */
const PRODUCT_NOUNS = new Set([
  'software', 'system', 'systems', 'computer', 'computers', 'laptop', 'laptops', 'phone', 'phones', 'smartphone', 'smartphones',
  'tablet', 'tablets', 'device', 'devices', 'app', 'apps', 'processor', 'processors', 'chip', 'chips', 'console', 'consoles',
  'browser', 'player', 'version', 'operating', 'model', 'models', 'car', 'cars', 'aircraft', 'jet', 'jets', 'drug', 'vaccine',
])
/** What people write on a platform: after a company's name they make it the platform, not the company ("Facebook posts", "a Twitter account"). */
const PLATFORM_CONTENT = new Set(['post', 'posts', 'feed', 'feeds', 'account', 'accounts', 'page', 'pages', 'profile', 'profiles', 'timeline'])
/** Lower-case nouns of treaties: after a place they make it the treaty's name ("the Paris agreement"). */
const TREATY_NOUNS = new Set(['agreement', 'agreements', 'accord', 'accords', 'treaty', 'protocol'])
/** Titles a KB form of a person may start with ("Pope Francis"); "Sheikh" is left out, as in "Sheikh Hasina" it is a name. */
const REGNAL_TITLES = new Set(['pope', 'king', 'queen', 'prince', 'princess', 'ayatollah'])
/** Abbreviations that end a name with their dot ("Inc.", "Jr."). */
const ABBREVIATIONS = new Set(['inc', 'corp', 'ltd', 'co', 'jr', 'sr', 'bros'])
/** Titles held in an organisation: the name before them is the employer ("Zentrix CEO"), not a place. */
const EMPLOYER_TITLES = new Set(['ceo', 'chairman', 'chairwoman', 'director', 'spokesperson', 'spokesman', 'spokeswoman'])

/** Lower-case nouns for who founds, heads or works for an organisation: "<noun> of X" makes X one. */
const HEADS_OF = new Set(['founder', 'founders', 'head', 'chairman', 'chairwoman', 'ceo', 'owner', 'owners', 'employees', 'staff', 'shareholders'])
/** Articles that open an apposition (", a retired engineer"). */
const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'un', 'una', 'el', 'la'])
/** Verbs that make the noun phrase after a name say what it is ("X is a retailer"). */
const COPULAS = new Set(['is', 'was', 'became', 'remains'])
/** Determiners that open the noun phrase after "is" ("is one of those guys", "is my colleague"). */
const PREDICATE_OPENERS = new Set([...APPOSITION_OPENERS, 'my', 'his', 'her', 'their', 'our', 'its', 'those', 'these'])
/** Words that end the noun phrase of an apposition: its head is the noun before them. */
const PHRASE_ENDS = new Set(['who', 'that', 'which', 'from', 'at', 'of', 'in', 'for', 'with', 'on', 'and', 'que', 'de', 'en', 'con'])
const AGE = /^\d{1,3}$/

/** A lower-case word naming what a person is ("official", "seismologist", "spokesman", "analista"). */
function isPersonNoun(key: string): boolean {
  // "co-founder", "ex-minister" are what "founder" and "minister" are.
  const k = key.replace(/^(?:co|ex)-/, '')
  // "students", "guys": the plural names people too.
  return PERSON_NOUNS.has(k) || (k.endsWith('s') && PERSON_NOUNS.has(k.slice(0, -1))) || /(?:ist|ista|man|woman|person)$/.test(k)
}

function isTitleWord(key: string): boolean {
  return TITLE_HEADS.has(key) || TITLE_MODIFIERS.has(key) || HONORIFICS.has(key)
}

export class MentionFinder {
  private readonly n: number
  /** Sentence number of each unit. */
  private readonly sentence: Int32Array
  /** Unit starts its sentence or clause. */
  private readonly initial: Uint8Array
  /** Last unit of the latest mention that stood for a government: "Washington and Moscow" share its reading. */
  private lastGovernment = -2
  /** Last unit of the latest outlet mention: "The Hindu and Dawn" makes the bare "Dawn" an outlet too. */
  private lastOutlet = -2
  /** Keys written capitalised somewhere other than a sentence start. */
  private readonly capitalisedInside = new Set<string>()

  constructor(
    private readonly text: string,
    private readonly units: readonly Unit[],
    sentences: readonly Span[],
    private readonly kb: Gazetteer,
    /** Words written mostly in lower case in English ("engineers"): a sentence opener among them is not a name. */
    private readonly common: (key: string) => boolean = () => true,
  ) {
    this.n = units.length
    this.sentence = new Int32Array(this.n)
    this.initial = new Uint8Array(this.n)
    let s = 0
    let firstWordSeen = -1
    for (let i = 0; i < this.n; i++) {
      const u = units[i]!
      while (s < sentences.length - 1 && u.start >= sentences[s]!.end) s++
      this.sentence[i] = s
      const prev = units[i - 1]
      const opens = !prev || this.sentence[i - 1] !== s || (!prev.word && OPENERS.has(text.slice(prev.start, prev.end)))
      if (u.word && (opens || firstWordSeen !== s)) this.initial[i] = 1
      if (u.word) firstWordSeen = s
      if (u.word && u.cap && !this.initial[i]) this.capitalisedInside.add(u.key)
    }
  }

  find(): RawMention[] {
    const out: RawMention[] = []
    let i = 0
    while (i < this.n) {
      const u = this.units[i]!
      if (!u.word) {
        i++
        continue
      }
      const form = this.kbMatch(i)
      if (form && form.entry.type === 'PLACE' && this.placeOpensName(i, form.units.length)) {
        i = this.unknown(i, out, form.units.length)
        continue
      }
      // "US$ 299": a currency, not the country.
      if (form && this.text[this.units[i + form.units.length - 1]!.end] === '$') {
        i += form.units.length
        continue
      }
      // "the Paris agreement": a place naming a treaty is no mention of the place.
      if (form?.entry.type === 'PLACE' && this.lowerWordIn(i + form.units.length, TREATY_NOUNS)) {
        i += form.units.length
        continue
      }
      // "The Australian experts": an outlet named by "The" and a demonym is the demonym before a noun.
      if (form?.entry.type === 'OUTLET' && form.units.length === 2 && this.kb.demonyms.has(form.units[1]!.key) && this.lowerWordIn(i + 2)) {
        i++
        continue
      }
      // "Facebook posts": the platform, not the company, as the sets tag it.
      if (form?.entry.type === 'ORG' && this.lowerWordIn(i + form.units.length, PLATFORM_CONTENT)) {
        i += form.units.length
        continue
      }
      if (form) {
        out.push(this.known(i, form))
        i += form.units.length
        if (form.entry.type === 'OUTLET') this.lastOutlet = i - 1
        continue
      }
      if (u.cap && this.contextualAt(i)) {
        out.push({ start: u.start, end: u.end, contextual: u.key })
        this.lastOutlet = i
        i++
        continue
      }
      // A lower-case word has key === folded: only mixed-case words are tested for camel case.
      if (u.cap || (u.folded !== u.key && CAMEL.test(u.folded) && this.units[i + 1]?.cap && this.same(i, i + 1))) {
        i = this.unknown(i, out)
        continue
      }
      i++
    }
    return out
  }

  /**
   * The place form of `len` units at unit i opens a longer name: an
   * organisation's ("Glasgow School of Art", "U.S. Environmental Protection
   * Agency": a run of capitalised words with an organisation word) or a
   * treaty's or event's ("Paris Agreement").
   */
  private placeOpensName(i: number, len: number): boolean {
    const k = i + len
    if (this.units[k - 1]!.possessive || !this.same(i, k)) return false
    const next = this.units[k]!
    if (!next.word || !next.cap || this.kbMatch(k)) return false
    // "Hong Kong Island", "Hudson Bay": a place word after the place names a place of its own.
    if (NAMED_THINGS.has(next.key) || PLACE_WORDS.has(next.key)) return true
    for (let m = k; this.same(i, m); m++) {
      const u = this.units[m]!
      if (ORG_WORDS.has(u.key)) return true
      if (u.word && u.cap && !u.possessive) continue
      if (!(CONNECTORS.has(u.key) && this.units[m + 1]?.cap && this.same(m, m + 1))) break
    }
    return false
  }

  private same(i: number, j: number): boolean {
    return j >= 0 && j < this.n && this.sentence[i] === this.sentence[j]
  }

  /** The longest KB form starting at unit i. */
  private kbMatch(i: number): KbForm | undefined {
    const key = this.units[i]!.key
    const next = this.units[i + 1]
    const longer = next ? this.kb.byFirstTwo.get(key)?.get(next.key) : undefined
    return (longer && this.firstMatch(longer, i)) || this.firstMatch(this.kb.single.get(key), i)
  }

  /** The first form of `bucket` (longest first) that the text matches at unit i. */
  private firstMatch(bucket: readonly KbForm[] | undefined, i: number): KbForm | undefined {
    if (!bucket) return undefined
    for (const form of bucket) {
      const len = form.units.length
      if (i + len > this.n || !this.same(i, i + len - 1)) continue
      let ok = true
      for (let k = 0; k < len && ok; k++) {
        const t = this.units[i + k]!
        // Inside a form a possessive must be the form's own ("Republican People's Party"); the last unit may take one ("AFAD's").
        ok = unitMatches(form.units[k]!, t) && (k === len - 1 || t.possessive === form.units[k]!.possessive)
      }
      if (ok) return form
    }
    return undefined
  }

  private known(i: number, form: KbForm): RawMention {
    const len = form.units.length
    let entry = form.entry
    const first = this.units[i]!
    const last = this.units[i + len - 1]!
    const span = { start: first.start, end: last.end }
    if ((entry.governmentOf || entry.country) && this.standsForGovernment(i, i + len - 1, !entry.country)) {
      entry = entry.governmentOf ? (this.kb.countries.get(entry.governmentOf) ?? entry) : entry
      this.lastGovernment = i + len - 1
      return { ...span, entry, government: true }
    }
    // "Pope Francis", "King Felipe VI": a KB form may carry the title, which is the role, not the name.
    if (entry.type === 'PERSON' && len > 1 && REGNAL_TITLES.has(first.key)) {
      return { start: this.units[i + 1]!.start, end: last.end, entry, role: this.text.slice(first.start, first.end) }
    }
    const role = entry.type === 'PERSON' ? this.roleBefore(i) : undefined
    return role ? { ...span, entry, role } : { ...span, entry }
  }

  /**
   * A capital or country standing for its government, the way news writes it:
   * the subject of a verb ("Ankara offered", "Washington delivered",
   * "Caracas no respondió"), named a government by its complement ("making
   * Ankara the first government to …"), a possessive before a word of policy or
   * relations ("Washington's displeasure", "Caracas's closest ally"), the
   * party after a word of dealings ("pressure from Washington", "ties to
   * Moscow", "conveyed to Caracas"), or joined by "and" to such a mention.
   * After "in", "at", "near" or a motion verb's "to/from" it is a place.
   */
  private standsForGovernment(first: number, last: number, capital: boolean): boolean {
    const at = (k: number): Unit | undefined => (this.same(first, k) ? this.units[k] : undefined)
    const before = at(first - 1)
    if (before && ['and', 'or', 'y', 'o'].includes(before.key) && this.lastGovernment === first - 2) return true
    const prep = before && ['both', 'ambos'].includes(before.key) ? first - 2 : first - 1
    if (capital && PARTY_PREPOSITIONS.has(at(prep)?.key ?? '') && this.dealingsBefore(prep)) return true
    // "sanctions against Russia": the party measures are taken against.
    if (before?.key === 'against' && MEASURES.has(at(first - 2)?.key ?? '')) return true
    // "the Hong Kong government": the place names the government it has.
    if (['government', 'administration', 'authorities'].includes(at(last + 1)?.key ?? '') && !this.units[last]!.possessive) return true
    // "at Hong Kong's High Court", "Turkey's Constitutional Court": the state's own institution, wherever it stands.
    if (this.units[last]!.possessive && at(last + 1)?.cap && STATE_INSTITUTIONS.has(at(last + 2)?.key ?? '')) return true
    if (before && LOCATIVE.has(before.key)) return false
    const next = at(last + 1)
    if (!next?.word) return false
    // "London and Paris announced": the first of two joined names takes the reading the second gets from its verb.
    const joined = ['and', 'or', 'y', 'o'].includes(next.key) ? this.kbMatch(last + 2) : undefined
    if (joined && (joined.entry.governmentOf || joined.entry.country)) {
      const end = last + 1 + joined.units.length
      return this.same(first, end) && this.standsForGovernment(last + 2, end, !joined.entry.country)
    }
    if (this.units[last]!.possessive) {
      if (GOVERNMENT_NOUNS.has(next.key)) return true
      const after = at(last + 2)
      return !next.cap && after?.word === true && GOVERNMENT_NOUNS.has(after.key)
    }
    if (next.cap) return false
    // "making Ankara the first government to …": a complement that calls it a government.
    if (['the', 'a', 'an'].includes(next.key)) {
      for (let k = last + 2; k <= last + 4 && at(k)?.word && !at(k)!.cap; k++) if (at(k)!.key === 'government') return true
    }
    if (!capital && FUTURE_MODALS.has(next.key)) return this.actsAfterModal(last + 2)
    if (!capital && COUNTRY_GOVERNMENT_EXCLUDED.has(next.key)) return false
    if (this.actsAsVerb(next)) return true
    const verb = at(last + 2)
    return (VERB_ADVERBS.has(next.key) || next.key.endsWith('ly')) && verb?.word === true && !verb.cap && (verb.key.endsWith('o') || this.actsAsVerb(verb))
  }

  /**
   * The verb after "will" or "would" at unit k makes a country an actor
   * ("China will be presenting", "the USA would have to withdraw"), unless it
   * only says what the place is or becomes ("Singapore will remain the first
   * stop", "Albania would be under …").
   */
  private actsAfterModal(k: number): boolean {
    const verb = this.same(k - 1, k) ? this.units[k] : undefined
    if (!verb?.word || verb.cap) return false
    const after = this.same(k, k + 1) ? this.units[k + 1]?.key : undefined
    if (verb.key === 'be') return after !== undefined && after.length > 4 && after.endsWith('ing')
    if (verb.key === 'have') return after === 'to'
    return !STATE_VERBS.has(verb.key)
  }

  /** A listed verb, or a lower-case English past tense ("delivered") or Spanish preterite ("reaccionó"). */
  private actsAsVerb(u: Unit): boolean {
    if (u.cap) return false
    return GOVERNMENT_VERBS.has(u.key) || (u.key.length > 3 && u.key.endsWith('ed')) || this.text.slice(u.end - 1, u.end) === 'ó'
  }

  /** The preposition at unit p follows a word of dealings ("pressure from", "ties to", "hizo llegar a"). */
  private dealingsBefore(p: number): boolean {
    const k = p - 1
    const w = this.same(p, k) ? this.units[k] : undefined
    if (!w?.word) return false
    if (w.key === 'llegar') return this.same(p, k - 1) && HACER.has(this.units[k - 1]!.key)
    return DEALINGS.has(w.key)
  }

  /** The title written right before unit i ("Foreign Minister", "Vice President"), if any. */
  private roleBefore(i: number): string | undefined {
    let k = i - 1
    let head = -1
    let startUnit = -1
    while (k >= 0 && this.same(i, k)) {
      const u = this.units[k]!
      // "Gen." and "Dr." leave a "." unit between the title and the name.
      if (!u.word && this.text.slice(u.start, u.end) === '.' && k > 0 && TITLE_HEADS.has(this.units[k - 1]!.key)) {
        k--
        continue
      }
      if (!u.word || !(TITLE_HEADS.has(u.key) || TITLE_MODIFIERS.has(u.key))) break
      if (TITLE_HEADS.has(u.key) && head < 0) head = k
      startUnit = k
      k--
    }
    if (head < 0) return undefined
    while (startUnit < head && ['of', 'de', 'del'].includes(this.units[startUnit]!.key)) startUnit++
    return this.text.slice(this.units[startUnit]!.start, this.units[i - 1]!.end)
  }

  /** "the Post" (not "the Post Office"), or a bare "Time" where the text cites it. */
  private contextualAt(i: number): boolean {
    const readings = this.kb.contextual.get(this.units[i]!.key)
    if (!readings) return false
    const prev = this.same(i, i - 1) ? this.units[i - 1] : undefined
    const next = this.same(i, i + 1) ? this.units[i + 1] : undefined
    if (next?.word && next.cap && !this.units[i]!.possessive) return false
    if (prev?.key === 'the') return readings.some((r) => r.withThe)
    if (!readings.some((r) => !r.withThe)) return false
    if ((next !== undefined && CITING_AFTER.has(next.key)) || (prev !== undefined && CITING_BEFORE.has(prev.key))) return true
    // Joined by "and" to an outlet named outright: "The Hindu and Dawn", "Dawn and The Hindu".
    const joins = (u: Unit | undefined): boolean => u !== undefined && ['and', 'or', 'y', 'o'].includes(u.key)
    if (joins(prev) && this.lastOutlet === i - 2) return true
    return joins(next) && this.same(i, i + 2) && this.kbMatch(i + 2)?.entry.type === 'OUTLET'
  }

  /** A capitalised sequence the KB does not know, from unit i; returns where scanning resumes. */
  private unknown(i: number, out: RawMention[], known = 0): number {
    // The first `known` units are a place form opening the name (placeOpensName): not matched again.
    let j = i + known
    let orgWord = false
    while (j < this.n && this.same(i, j)) {
      const u = this.units[j]!
      const form = j > i ? this.kbMatch(j) : undefined
      // "University of Ankara", "Central Bank of Venezuela": a known place inside an organisation's name.
      if (form && orgWord && CONNECTORS.has(this.units[j - 1]!.key) && this.same(i, j + form.units.length - 1)) {
        j += form.units.length
        continue
      }
      // "Melania Trump", "iTunes Music Store": a one-word KB name of a person after a name word is someone else's surname.
      if (form && form.units.length === 1 && form.entry.type === 'PERSON' && this.nameWordIn(i, j)) {
        j++
        continue
      }
      if (form || (j > i && this.contextualAt(j))) break
      orgWord ||= ORG_WORDS.has(u.key)
      if (u.word && (u.cap || (j === i && CAMEL.test(u.folded))) && !MONTHS.has(u.key) && !WEEKDAYS.has(u.key)) {
        j++
        if (u.possessive) break
        continue
      }
      const next = this.units[j + 1]
      if (j > i && u.word && CONNECTORS.has(u.key) && next?.word && next.cap && this.same(j, j + 1)) {
        j++
        continue
      }
      // "Adnan Z. Amin": the dot of a middle initial stays inside the name.
      if (j > i && this.attachedDot(j) && this.units[j - 1]!.key.length === 1 && next?.word && next.cap && this.same(j, j + 1)) {
        j++
        continue
      }
      break
    }
    if (j === i) return i + 1
    let a = i
    let b = j
    let personCue = false
    // Strip what capitalisation alone does not make part of a name ("The", "Turkish", "President").
    const hasOrgWord = this.units.slice(a, b).some((u) => ORG_WORDS.has(u.key))
    while (a < b) {
      const k = this.units[a]!.key
      if (FUNCTION_WORDS.has(k) || CONNECTORS.has(k)) a++
      else if (isTitleWord(k)) {
        personCue ||= TITLE_HEADS.has(k) || HONORIFICS.has(k)
        a++
      } else if (!hasOrgWord && (this.kb.demonyms.has(k) || NOT_NAMES.has(k)) && !(this.kb.givenNames.has(k) && b - a > 1)) a++
      else if (!hasOrgWord && demonymLength(this.units, a, this.kb) === 2) a += 2
      else break
    }
    personCue ||= this.honorificBefore(a)
    // "Zentrix CEO Ana Ruiz": the title ends the organisation's name and opens the person's role,
    // which the next scan, resuming at the title, reads as such.
    const title = this.titleInside(a, b)
    if (title > a) b = j = title
    const employer = title > a && EMPLOYER_TITLES.has(this.units[this.titleHead(title)]!.key)
    while (b > a && CONNECTORS.has(this.units[b - 1]!.key)) b--
    if (a < b && (employer || this.keep(a, b))) {
      const keys = this.units.slice(a, b).map((u) => u.key)
      const role = this.roleBefore(a)
      const cue = employer ? 'ORG' : this.contextCue(a, b)
      // "Zentrix Inc.": the abbreviation's dot belongs to the name.
      const end = ABBREVIATIONS.has(keys.at(-1)!) && this.attachedDot(b) ? this.units[b]!.end : this.units[b - 1]!.end
      const mention: RawMention = {
        start: this.units[a]!.start,
        end,
        keys: keys.filter((k) => k !== '.'),
        ...(cue ? { cue } : {}),
        ...(this.reportsSpeech(b) ? { reports: true } : {}),
        // "iTunes Music Store", "Paris Agreement", "Lion, the new version": product styling, a treaty's head word or a product noun names a thing.
        ...(CAMEL.test(this.units[a]!.folded) || keys.some((k) => NAMED_THINGS.has(k)) || this.namesProduct(b) ? { thing: true } : {}),
      }
      out.push(role ? { ...mention, role, personCue: true } : personCue ? { ...mention, personCue } : mention)
    }
    return j
  }

  /**
   * What the words around the unknown name in units [a, b) say it is, as a
   * news reader takes it: a lower-case occupation or organisation noun right
   * before it ("AFAD official X", "its operator X"); a speech verb before it
   * ("said X", the inverted quote attribution only people get); "the" before
   * an acronym ("the RSPB"); an
   * apposition after it — ", who", an age (", 58,"), or ", a/an/the <phrase>"
   * whose head noun is an organisation or a person; "<place noun> of X"
   * ("the island of X") or "X district" for places.
   */
  private contextCue(a: number, b: number): ContextCue | undefined {
    const at = (k: number): Unit | undefined => (this.same(a, k) ? this.units[k] : undefined)
    let prev = at(a - 1)
    // "Its operator, Nordlink, said": the noun before a comma heads the name's apposition.
    if (prev && this.text.slice(prev.start, prev.end) === ',' && at(a - 2)?.word) {
      const noun = at(a - 2)!
      if (!noun.cap && ORG_NOUNS.has(noun.key)) return 'ORG'
      if (!noun.cap && PERSON_NOUNS.has(noun.key)) return 'PERSON'
      prev = undefined
    }
    // "the RSPB", "the CRTC": an acronym taking "the" is an organisation's (places and people take none).
    if (prev?.key === 'the' && b - a === 1 && /^[A-Z]{2,6}$/.test(this.units[a]!.folded)) return 'ORG'
    if (prev?.word && !prev.cap) {
      if (ORG_NOUNS.has(prev.key)) return 'ORG'
      if (isPersonNoun(prev.key)) return 'PERSON'
      if (SPEECH_BEFORE.has(prev.key)) return 'PERSON'
      if (CONNECTORS.has(prev.key) && at(a - 2) && PLACE_NOUNS.has(at(a - 2)!.key)) return 'PLACE'
      // "founder of Hack Forums", "head of Zentrix": what heads or founds something is an organisation.
      if (prev.key === 'of' && at(a - 2) && !at(a - 2)!.cap && HEADS_OF.has(at(a - 2)!.key.replace(/^co-/, ''))) return 'ORG'
    }
    const next = at(b)
    if (next?.word && !next.cap && PLACE_NOUNS.has(next.key)) return 'PLACE'
    // "Richard and Mildred": a lone name paired by "and" with a lone given name is a person's.
    if (b - a === 1 && (this.loneGivenName(a - 1, a - 2, a - 3) || this.loneGivenName(b, b + 1, b + 2))) return 'PERSON'
    const said = this.predicateCue(b)
    if (said) return said
    if (!next || this.text.slice(next.start, next.end) !== ',') return undefined
    const first = at(b + 1)
    if (!first) return undefined
    if (first.key === 'who' || first.key === 'quien') return 'PERSON'
    // ", 58," or ", now 31,": an age.
    const age = first.key === 'now' || first.key === 'aged' ? b + 2 : b + 1
    if (AGE.test(at(age)?.key ?? '')) return this.text.slice(at(age + 1)?.start ?? 0, at(age + 1)?.end ?? 0) === ',' ? 'PERSON' : undefined
    const phrase = this.apposition(b)
    if (phrase.some((u) => ORG_NOUNS.has(u.key))) return 'ORG'
    const head = phrase.at(-1)
    return head && !head.cap && isPersonNoun(head.key) ? 'PERSON' : undefined
  }

  /**
   * The words of ", a/the <phrase>" right after unit b-1, up to where the noun
   * phrase ends: its last word is the head (", a former Venezuelan lawmaker
   * who ..." → "lawmaker"). Empty when no such apposition follows.
   */
  private apposition(b: number): Unit[] {
    const comma = this.same(b - 1, b) ? this.units[b] : undefined
    if (!comma || this.text.slice(comma.start, comma.end) !== ',' || !APPOSITION_OPENERS.has(this.unitIn(b - 1, b + 1)?.key ?? '')) return []
    return this.phrase(b - 1, b + 2)
  }

  /**
   * The words of "is/was/became a/the <phrase>" right after unit b-1, as in
   * apposition(): "X has become the fourth American company with ..." →
   * "company". "one of" may come before the article ("is one of the firms").
   */
  private predicate(b: number): Unit[] {
    let k = b
    if (this.unitIn(b - 1, k)?.key === 'has' && this.unitIn(b - 1, k + 1)?.key === 'become') k += 2
    else if (COPULAS.has(this.unitIn(b - 1, k)?.key ?? '')) k++
    else return []
    if (this.unitIn(b - 1, k)?.key === 'one' && this.unitIn(b - 1, k + 1)?.key === 'of') k += 2
    return PREDICATE_OPENERS.has(this.unitIn(b - 1, k)?.key ?? '') ? this.phrase(b - 1, k + 1) : []
  }

  /** What "is/was/became a/the <phrase>" after unit b-1 says the name is: its head noun is an organisation's or a person's. */
  private predicateCue(b: number): ContextCue | undefined {
    const head = this.predicate(b).at(-1)
    if (!head || head.cap) return undefined
    return ORG_NOUNS.has(head.key) ? 'ORG' : isPersonNoun(head.key) ? 'PERSON' : undefined
  }

  /** Unit `and` is "and", unit k a known given name, and unit `beyond` no capitalised word that would make k part of a longer name. */
  private loneGivenName(and: number, k: number, beyond: number): boolean {
    const name = this.unitIn(and, k)
    return this.unitIn(k, and)?.key === 'and' && name !== undefined && name.cap && this.kb.givenNames.has(name.key) && !this.unitIn(k, beyond)?.cap
  }

  /** Unit k, if it is in the same sentence as unit `from`. */
  private unitIn(from: number, k: number): Unit | undefined {
    return this.same(from, k) ? this.units[k] : undefined
  }

  /** Up to eight words from unit k in unit `from`'s sentence, to where a noun phrase ends: its last word is the head. */
  private phrase(from: number, k: number): Unit[] {
    const words: Unit[] = []
    for (let end = k + 7; k < end; k++) {
      const u = this.unitIn(from, k)
      if (!u?.word || PHRASE_ENDS.has(u.key)) break
      words.push(u)
    }
    return words
  }

  /** Unit k is a lower-case word (one of `words`, if given) in the same sentence as the name before it, and no verb of citing. */
  private lowerWordIn(k: number, words?: ReadonlySet<string>): boolean {
    const u = this.same(k - 1, k) ? this.units[k] : undefined
    return u !== undefined && u.word && !u.cap && (words ? words.has(u.key) : !CITING_AFTER.has(u.key))
  }

  /** A product noun right after the name ("Mac OS X operating system") or heading its apposition (", the new version"). */
  private namesProduct(b: number): boolean {
    const next = this.same(b - 1, b) ? this.units[b] : undefined
    if (next?.word && !next.cap && PRODUCT_NOUNS.has(next.key)) return true
    const head = this.apposition(b).at(-1)
    return head !== undefined && !head.cap && PRODUCT_NOUNS.has(head.key)
  }

  /**
   * Where a role written inside the capitalised run [a, b) starts ("Apple CEO
   * Steve Jobs", "Bank of England Governor Andrew Bailey"), or -1: a title
   * that heads roles rather than names, after a name word (not "Ministry of
   * Justice"), followed by a name or closing a name with an organisation word
   * ("Police Review Director").
   */
  private titleInside(a: number, b: number): number {
    for (let k = a + 1; k < b; k++) {
      if (!INNER_TITLES.has(this.units[k]!.key) || CONNECTORS.has(this.units[k - 1]!.key)) continue
      const followed = k + 1 < b && this.units[k + 1]!.cap
      if (!followed && !this.units.slice(a, k).some((u) => ORG_WORDS.has(u.key))) continue
      let start = k
      while (start - 1 > a && TITLE_MODIFIERS.has(this.units[start - 1]!.key) && !CONNECTORS.has(this.units[start - 1]!.key)) start--
      return start
    }
    return -1
  }

  /** The title head at or after unit k (the role "Chief Executive", "Foreign Minister" ends on it). */
  private titleHead(k: number): number {
    while (!INNER_TITLES.has(this.units[k]!.key)) k++
    return k
  }

  /** Some unit in [from, to) is a name word, not a title, function word or demonym ("Melania", not "President"). */
  private nameWordIn(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const u = this.units[k]!
      if (u.word && !isTitleWord(u.key) && !FUNCTION_WORDS.has(u.key) && !CONNECTORS.has(u.key) && !this.kb.demonyms.has(u.key) && !NOT_NAMES.has(u.key)) return true
    }
    return false
  }

  /** Unit k is a "." written right after the unit before it. */
  private attachedDot(k: number): boolean {
    const u = this.units[k]
    return u !== undefined && !u.word && k > 0 && u.start === this.units[k - 1]!.end && this.text.slice(u.start, u.end) === '.'
  }

  /** "Mr." or "Sra." right before unit a. */
  private honorificBefore(a: number): boolean {
    let k = a - 1
    if (k >= 0 && !this.units[k]!.word && this.text.slice(this.units[k]!.start, this.units[k]!.end) === '.') k--
    return k >= 0 && this.same(a, k) && HONORIFICS.has(this.units[k]!.key)
  }

  private keep(a: number, b: number): boolean {
    const first = this.units[a]!
    if (b - a > 1) return true
    if (this.kb.demonyms.has(first.key) || NOT_NAMES.has(first.key) || first.key.length < 2) return false
    // "the Ministry", "el Gobierno": a cue word alone is a common noun written with a capital.
    if (ORG_WORDS.has(first.key) || PLACE_WORDS.has(first.key) || NAMED_THINGS.has(first.key)) return false
    // A lone capitalised word opening a sentence is a name only if the text capitalises it elsewhere too,
    // if it reports speech ("Sundnet said on Wednesday") or if it is said to be a company or a person
    // ("Zentrix has become the largest retailer").
    if (this.initial[a]) {
      return this.kb.givenNames.has(first.key) || this.capitalisedInside.has(first.key) || this.reports(a) || this.predicateCue(a + 1) !== undefined
    }
    return true
  }

  /** A sentence-opening word that reports speech and is no common word, nor the plural of one ("Engineers said"). */
  private reports(a: number): boolean {
    const key = this.units[a]!.key
    // "-ors", "-ers", "-ts": read as plurals of nouns the lexicon may lack; "-is", "-us", "-ss" are not plural endings.
    const plural = /[^siu]s$/.test(key)
    return this.reportsSpeech(a + 1) && !this.common(key) && !plural
  }

  /** Unit k, right after a name, is a verb of reporting ("said", "announced"). */
  private reportsSpeech(k: number): boolean {
    return this.same(k - 1, k) && REPORTING.has(this.units[k]!.key)
  }
}
