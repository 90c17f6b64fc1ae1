/**
 * @module nlp/events/lexicon
 * Trigger words (English and Spanish) → storytrace event type and CAMEO root.
 * English entries list their inflections through `verb()`/`noun()`; Spanish
 * verbs conjugate too freely for lists, so they match by folded stem.
 * Reporting verbs ("said", "dijo") are deliberately absent: almost every news
 * sentence has one, and a report of speech is not an event in the story.
 */
import { foldDiacritics } from '../../util/text.js'

export interface TriggerType {
  readonly type: string
  /** CAMEO root code, null when no root fits (natural disasters, resignations). */
  readonly cameo: string | null
}

/** Types whose places are where they happened, never actors ("the Hatay earthquake"). */
export const NATURAL_TYPES: ReadonlySet<string> = new Set(['earthquake', 'aftershock', 'damage', 'evacuation', 'rescue'])

/**
 * What follows from a disaster: a report of it without its own time happened
 * when the disaster did ("AFAD said 93 buildings had collapsed").
 */
export const CONSEQUENCE_TYPES: ReadonlySet<string> = new Set(['damage', 'rescue', 'evacuation'])
export const DISASTER_TYPES: ReadonlySet<string> = new Set(['earthquake'])

/**
 * Words for a shock of either kind: a main quake ("the tremor was felt in
 * Manisa") unless its sentence speaks of aftershocks ("112 aftershocks, the
 * strongest a 4.9 tremor"), then one of those.
 */
const SHOCK_WORDS: ReadonlySet<string> = new Set(['tremor', 'tremors'])

/** The type of a trigger read in a sentence that does or does not also name an aftershock. */
export function inShockSentence(word: string, type: TriggerType, aftershocks: boolean): TriggerType {
  return aftershocks && SHOCK_WORDS.has(word.toLowerCase()) ? AFTERSHOCK : type
}

const T = (type: string, cameo: string | null): TriggerType => ({ type, cameo })
/**
 * An offer is CAMEO 03 "Express intent to cooperate" (an offer of exile or asylum is 033,
 * intent to provide aid): the act offered, granting asylum, would be 075 under 07 "Provide
 * aid", and 05 "Engage in diplomatic cooperation" holds acts done (057 sign an agreement).
 */
const OFFER = T('offer', '03')
const REJECTION = T('rejection', '12')
const DEMAND = T('demand', '10')
const THREAT = T('threat', '13')
const MEETING = T('meeting', '04')
const VISIT = T('visit', '04')
const STATEMENT = T('statement', '01')
const ARREST = T('arrest', '17')
const ATTACK = T('attack', '19')
const PROTEST = T('protest', '14')
const SANCTION = T('sanction', '16')
const AID = T('aid', '07')
const EVACUATION = T('evacuation', null)
const EARTHQUAKE = T('earthquake', null)
/** Kept apart from the main shock: timelines list aftershocks as events of their own. */
const AFTERSHOCK = T('aftershock', null)
const RESCUE = T('rescue', null)
const DAMAGE = T('damage', null)
const INVESTIGATION = T('investigation', '09')
const EXILE = T('exile', null)
const RESIGNATION = T('resignation', null)
const ELECTION = T('election', null)
const AGREEMENT = T('agreement', '05')
const CEASEFIRE = T('ceasefire', '08')
const CRITICISM = T('criticism', '11')
const DEPLOYMENT = T('deployment', '15')
/**
 * Business events the corpora need (orders, deliveries, launches, flights,
 * contract awards). Buying and selling is CAMEO 061 "cooperate economically";
 * the others are no political interaction and carry no root.
 */
const TRADE = T('trade', '06')
const DELIVERY = T('delivery', null)
const LAUNCH = T('launch', null)
const FLIGHT = T('flight', null)
const PRODUCTION = T('production', null)
const AWARD = T('award', null)

/** A regular English verb's forms: base, -s, -ed, -ing (with a final "e" dropped). */
function verb(base: string, ...irregular: string[]): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base
  const s = /(?:s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`
  return [base, s, `${stem}ed`, `${stem}ing`, ...irregular]
}

function noun(singular: string, plural = `${singular}s`): string[] {
  return [singular, plural]
}

const ENGLISH: [TriggerType, string[]][] = [
  [OFFER, [...verb('offer'), ...verb('propose'), ...noun('proposal')]],
  [REJECTION, [...verb('reject'), ...verb('refuse'), ...noun('rejection'), ...noun('refusal')]],
  [DEMAND, [...verb('demand'), ...noun('ultimatum')]],
  [THREAT, [...verb('threaten'), ...noun('threat')]],
  [MEETING, ['meet', 'meets', 'met', 'meeting', 'meetings', 'talks', ...noun('summit'), ...verb('negotiate'), ...noun('negotiation')]],
  [VISIT, [...verb('visit'), 'travelled', 'traveled', 'travelling', 'traveling', ...noun('trip')]],
  [STATEMENT, [...verb('announce'), ...noun('announcement'), ...noun('statement'), ...noun('speech', 'speeches'), 'broadcast']],
  [ARREST, [...verb('arrest'), ...verb('detain'), ...noun('detention'), 'captured']],
  [ATTACK, [...verb('attack'), ...noun('strike'), ...noun('airstrike'), ...verb('bomb'), 'bombardment', 'shelling', ...noun('raid')]],
  [PROTEST, [...verb('protest'), ...noun('protester'), ...noun('demonstration'), ...noun('demonstrator'), 'rally', 'rallies']],
  [SANCTION, [...verb('sanction')]],
  [AID, ['aid', 'aided', 'assistance']],
  [EVACUATION, [...verb('evacuate'), ...noun('evacuation')]],
  [EARTHQUAKE, [...noun('earthquake'), ...noun('quake'), ...noun('temblor'), ...noun('tremor')]],
  [AFTERSHOCK, [...noun('aftershock')]],
  [RESCUE, [...verb('rescue'), ...noun('rescuer')]],
  [DAMAGE, ['damage', 'damaged', 'damaging', 'severed', 'destroyed', 'collapsed']],
  [INVESTIGATION, [...verb('investigate'), ...noun('investigation'), ...noun('probe')]],
  [EXILE, ['flee', 'flees', 'fled', 'fleeing', 'exile', 'exiled', 'asylum']],
  [RESIGNATION, [...verb('resign'), ...noun('resignation')]],
  [ELECTION, [...verb('elect'), ...noun('election')]],
  [AGREEMENT, [...verb('sign'), ...noun('agreement'), ...noun('accord'), 'agreed', 'deal']],
  [CEASEFIRE, [...noun('ceasefire'), ...noun('cease-fire'), ...noun('truce')]],
  [CRITICISM, [...verb('condemn'), ...verb('criticise'), ...verb('criticize'), ...verb('accuse'), ...noun('accusation')]],
  [DEPLOYMENT, [...verb('deploy'), ...noun('deployment')]],
  [TRADE, [...verb('purchase'), 'buy', 'buys', 'buying', 'bought', 'sell', 'sells', 'selling', 'sold', 'out-sold', ...noun('sale'), ...noun('takeover')]],
  [DELIVERY, [...verb('deliver'), 'delivery', 'deliveries']],
  [LAUNCH, [...verb('launch'), ...verb('unveil'), 'rolled', 'rolls', 'rollout']],
  [FLIGHT, [...noun('flight'), 'fly', 'flies', 'flew', 'flown', 'flying', 'landed', 'landing', 'take-off', 'takeoff']],
  [PRODUCTION, [...verb('produce'), 'production']],
  [AWARD, [...verb('award'), 'win', 'wins', 'won', 'winning', ...verb('defeat'), ...verb('select')]],
]

/** Spanish triggers: exact folded words first, then folded stems (prefixes). */
const SPANISH_WORDS: [TriggerType, string[]][] = [
  [AID, ['ayuda', 'ayudas']],
  [EARTHQUAKE, ['terremoto', 'terremotos', 'sismo', 'sismos', 'seismo']],
  [AFTERSHOCK, ['replica', 'replicas']],
  [DAMAGE, ['dano', 'danos', 'danado', 'danada', 'danados', 'danadas', 'destruido', 'destruida', 'destruidos', 'derrumbe']],
  [EXILE, ['huyo', 'huyeron', 'huir', 'huye', 'huyen', 'asilo', 'exilio', 'exiliado']],
  [AGREEMENT, ['firmo', 'firmaron', 'firmar', 'firmado', 'firmara', 'acuerdo', 'acuerdos', 'pacto']],
  [MEETING, ['conversaciones', 'cumbre', 'negociaciones']],
  [STATEMENT, ['comunicado', 'declaracion', 'discurso']],
  [PROTEST, ['manifestacion', 'manifestaciones', 'manifestantes']],
  [CEASEFIRE, ['tregua']],
]
const SPANISH_STEMS: [TriggerType, string[]][] = [
  [OFFER, ['ofrec', 'ofreci', 'oferta', 'propus', 'propon', 'propuesta']],
  [REJECTION, ['rechaz']],
  [DEMAND, ['exig']],
  [THREAT, ['amenaz']],
  [MEETING, ['reuni', 'reuno', 'reune', 'negoci']],
  [VISIT, ['visit']],
  [STATEMENT, ['anunci']],
  [ARREST, ['arrest', 'detuv', 'detenid', 'detencion', 'captur']],
  [ATTACK, ['ataq', 'atac', 'bombarde']],
  [PROTEST, ['protest']],
  [SANCTION, ['sancion']],
  [EVACUATION, ['evacu']],
  [RESCUE, ['rescat']],
  [INVESTIGATION, ['investig']],
  [EXILE, ['exili']],
  [RESIGNATION, ['dimit', 'dimisi', 'renunci']],
  [ELECTION, ['eleccion', 'elegid']],
  [CRITICISM, ['conden', 'critic', 'acus']],
  [DEPLOYMENT, ['despleg', 'desplieg']],
]

const EN = new Map<string, TriggerType>()
for (const [type, words] of ENGLISH) for (const w of words) EN.set(w, type)

/** Each event type's CAMEO root, one per type whatever the language or word. */
export const CAMEO_OF: ReadonlyMap<string, string | null> = new Map(ENGLISH.map(([t]) => [t.type, t.cameo]))
const ES = new Map<string, TriggerType>()
for (const [type, words] of SPANISH_WORDS) for (const w of words) ES.set(w, type)

function fold(word: string): string {
  return foldDiacritics(word).toLowerCase()
}

/**
 * Words before a trigger that change what it means: a "general strike" is a
 * protest; a "heart attack" or "a great deal" is no event at all.
 */
const ENGLISH_PREFIXED: Readonly<Record<string, Readonly<Record<string, TriggerType | null>>>> = {
  strike: { general: PROTEST, hunger: PROTEST, labor: PROTEST, labour: PROTEST, workers: PROTEST, national: PROTEST },
  strikes: { general: PROTEST, hunger: PROTEST, labor: PROTEST, labour: PROTEST },
  attack: { heart: null, panic: null, anxiety: null },
  deal: { great: null, good: null, big: null },
  // "figures in exile" live there; the going into exile is the event.
  exile: { in: null },
}

const SIGN = new Set(['sign', 'signs'])
/** Nouns an English trigger word modifies rather than names a happening before ("state aid dispute", "strike action"). */
const MODIFIED_HEADS = new Set(['contract', 'contracts', 'vehicle', 'vehicles', 'dispute', 'disputes', 'action', 'ban', 'bans'])
export const SPANISH_AUXILIARIES = new Set(['ha', 'han', 'habia', 'habian', 'hemos', 'haber', 'habra', 'se', 'fue', 'fueron'])

const DELIVERED_WORDS = new Set(['message', 'verdict', 'warning', 'address', 'blow', 'remarks', 'letter'])
const TURN = new Set(['turn', 'turns', 'turned', 'turning'])
/** Words "turn … down" may hold between its parts ("turned the offer down"). */
const PARTICLE_REACH = 3

/**
 * The event type a word triggers in the language, if any. `previous` is the
 * word before it, `following` the next few words (for "turned it down").
 */
export function triggerOf(word: string, language: 'en' | 'es', previous = '', following: readonly string[] = []): TriggerType | null {
  const w = fold(word)
  if (language === 'en') {
    if (TURN.has(w)) return following.slice(0, PARTICLE_REACH).some((f) => fold(f) === 'down') ? REJECTION : null
    // Before one of these nouns the trigger names a kind of thing: "launch contracts", "a flying ban".
    if (MODIFIED_HEADS.has(fold(following[0] ?? ''))) return null
    // A ship "flying the flag of Palau" is registered there, not in the air.
    if (EN.get(w) === FLIGHT && following.slice(0, 2).some((f) => fold(f) === 'flag')) return null
    // "no sign of leaving", "signs that talks stall": the noun, no agreement.
    if (SIGN.has(w) && /^(?:of|that)$/i.test(following[0] ?? '')) return null
    const special = ENGLISH_PREFIXED[w]?.[fold(previous).replace(/['’]$/, '')]
    const type = special !== undefined ? special : (EN.get(w) ?? null)
    // What is delivered may be a message: "delivered an ultimatum" is the demand alone.
    if (type === DELIVERY && following.slice(0, PARTICLE_REACH).some((f) => EN.has(fold(f)) || DELIVERED_WORDS.has(fold(f)))) return null
    return type
  }
  const exact = ES.get(w)
  if (exact) return exact
  // A bare participle describes ("simpatizantes reunidos", supporters gathered); after "ha"/"se" it is the act.
  if (/^reunid[oa]s?$/.test(w) && !SPANISH_AUXILIARIES.has(fold(previous))) return null
  for (const [type, stems] of SPANISH_STEMS) if (stems.some((s) => w.startsWith(s))) return type
  return null
}
