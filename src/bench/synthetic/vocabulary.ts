/**
 * @module bench/synthetic/vocabulary — the words the synthetic news generator
 * writes with, all written for storytrace: kinds of event with the words
 * reports of them use, the common words every report shares, and syllables
 * from which it makes up the names of places, people, organisations and
 * outlets. Stories of one kind share their kind's words, so telling two
 * earthquakes apart rests on names, places, numbers and dates, as in real news.
 */

export interface EventKind {
  readonly name: string
  /** Words reports of this kind of event use; any report picks a few. */
  readonly words: readonly string[]
  /** Headline patterns; "{place}" is the storyline's town. */
  readonly headlines: readonly string[]
}

export const EVENT_KINDS: readonly EventKind[] = [
  {
    name: 'earthquake',
    words: ['earthquake', 'quake', 'magnitude', 'aftershocks', 'rubble', 'rescuers', 'collapsed', 'epicentre', 'tremor', 'survivors', 'tents', 'seismologists'],
    headlines: ['Earthquake shakes {place}', 'Rescuers search rubble in {place}', 'Aftershocks rattle {place}'],
  },
  {
    name: 'strike',
    words: ['strike', 'union', 'wages', 'walkout', 'pickets', 'negotiators', 'pay', 'deal', 'mediator', 'workers', 'shifts', 'ballot'],
    headlines: ['Workers walk out in {place}', 'Strike talks stall in {place}', 'Union weighs pay offer in {place}'],
  },
  {
    name: 'election',
    words: ['election', 'ballots', 'turnout', 'candidates', 'polling', 'campaign', 'voters', 'runoff', 'coalition', 'seats', 'count', 'observers'],
    headlines: ['Voters go to the polls in {place}', 'Count under way in {place}', 'Coalition talks begin in {place}'],
  },
  {
    name: 'trial',
    words: ['trial', 'court', 'jury', 'verdict', 'prosecutors', 'defendant', 'testimony', 'judge', 'sentence', 'appeal', 'witness', 'charges'],
    headlines: ['Trial opens in {place}', 'Jury hears testimony in {place}', 'Verdict due in {place} case'],
  },
  {
    name: 'flood',
    words: ['flood', 'river', 'rainfall', 'evacuated', 'levee', 'submerged', 'sandbags', 'downpour', 'overflowed', 'boats', 'stranded', 'waters'],
    headlines: ['Floods swamp {place}', 'River bursts banks near {place}', 'Waters recede in {place}'],
  },
  {
    name: 'wildfire',
    words: ['wildfire', 'blaze', 'firefighters', 'hectares', 'smoke', 'evacuation', 'flames', 'containment', 'embers', 'scorched', 'helicopters', 'winds'],
    headlines: ['Wildfire spreads near {place}', 'Firefighters battle blaze at {place}', 'Smoke chokes {place}'],
  },
  {
    name: 'merger',
    words: ['merger', 'takeover', 'shareholders', 'bid', 'regulators', 'acquisition', 'valuation', 'board', 'antitrust', 'offer', 'investors', 'stake'],
    headlines: ['Takeover bid for {place} firm', 'Shareholders back merger in {place}', 'Regulators probe {place} deal'],
  },
  {
    name: 'protest',
    words: ['protest', 'demonstrators', 'march', 'police', 'rally', 'crowd', 'tear', 'banners', 'arrests', 'square', 'chants', 'curfew'],
    headlines: ['Protesters march in {place}', 'Police disperse rally in {place}', 'Curfew imposed in {place}'],
  },
  {
    name: 'outbreak',
    words: ['outbreak', 'cases', 'virus', 'hospital', 'vaccination', 'infections', 'quarantine', 'patients', 'clinic', 'symptoms', 'testing', 'contagious'],
    headlines: ['Outbreak reported in {place}', 'Cases rise in {place}', 'Clinics in {place} stretched'],
  },
  {
    name: 'cyberattack',
    words: ['hackers', 'ransomware', 'breach', 'servers', 'attack', 'data', 'outage', 'systems', 'passwords', 'encrypted', 'investigators', 'networks'],
    headlines: ['Hackers hit {place} systems', 'Ransomware attack in {place}', 'Outage follows breach in {place}'],
  },
  {
    name: 'collapse',
    words: ['bridge', 'collapse', 'engineers', 'inspection', 'span', 'concrete', 'cracks', 'traffic', 'repairs', 'beams', 'debris', 'closure'],
    headlines: ['Bridge collapses in {place}', 'Engineers inspect wreckage in {place}', 'Repairs begin in {place}'],
  },
  {
    name: 'drought',
    words: ['drought', 'reservoir', 'rationing', 'harvest', 'crops', 'wells', 'irrigation', 'farmers', 'livestock', 'parched', 'shortage', 'rain'],
    headlines: ['Drought grips {place}', 'Water rationing in {place}', 'Farmers in {place} count losses'],
  },
  {
    name: 'transfer',
    words: ['club', 'transfer', 'striker', 'contract', 'fee', 'signing', 'season', 'coach', 'fans', 'midfielder', 'league', 'goals'],
    headlines: ['{place} club chases striker', 'Transfer talks in {place}', 'Fans greet signing in {place}'],
  },
  {
    name: 'summit',
    words: ['summit', 'leaders', 'talks', 'delegation', 'agreement', 'communique', 'ministers', 'treaty', 'diplomats', 'trade', 'tariffs', 'negotiations'],
    headlines: ['Leaders meet in {place}', 'Summit talks run late in {place}', 'Agreement signed in {place}'],
  },
]

/** Words any report uses, whatever it is about. */
export const COMMON_WORDS: readonly string[] = [
  'officials', 'residents', 'government', 'local', 'authorities', 'spokesman', 'statement', 'morning', 'evening', 'week',
  'people', 'city', 'region', 'public', 'national', 'minister', 'report', 'reports', 'situation', 'response',
  'community', 'support', 'plans', 'measures', 'days', 'hours', 'earlier', 'later', 'latest', 'continued',
  'expected', 'confirmed', 'announced', 'reported', 'warned', 'described', 'meeting', 'office', 'centre', 'services',
  'families', 'damage', 'costs', 'budget', 'future', 'questions', 'concerns', 'decision', 'update', 'figures',
]

/** Sentence frames around the words of a report: {a}, {b}, {c} take kind or detail words, {n} a number. */
export const FRAMES: readonly string[] = [
  'The {a} near {place} drew {b} and {c} on {day}.',
  '{person} said the {a} would shape {b} for weeks.',
  '{org} confirmed {n} {a} and promised more {b}.',
  'In {place}, {country}, the {a} left {b} and {c}.',
  '{person} of {org} told reporters the {a} was under review.',
  'Figures from {org} put the {a} at {n}, with {b} rising.',
  'The {a} in {country} followed {b} and {c}, {person} said.',
  'By {day}, {n} {a} had been recorded around {place}.',
]

export const FILLERS: readonly string[] = [
  'Officials said more details would follow.',
  'The situation remained tense through the evening.',
  'Residents described a long and difficult week.',
  'Authorities urged the public to follow official updates.',
  'Questions remained about the costs and the response.',
]

export const WEEKDAYS: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

/** Syllables for made-up names: two or three make a name ("Valmora", "Tesdrin"). */
export const SYLLABLES: readonly string[] = [
  'val', 'mor', 'ka', 'tes', 'drin', 'lo', 'ven', 'sar', 'bel', 'tor', 'mi', 'ra', 'dun', 'hal', 'cor', 'ni',
  'zel', 'pa', 'gor', 'li', 'an', 'ser', 'vo', 'del', 'ko', 'mar', 'ust', 'en', 'ril', 'ba', 'tam', 'os',
]

export const ORG_SUFFIXES: readonly string[] = ['Agency', 'Council', 'Union', 'Group', 'Institute', 'Authority', 'Ministry', 'Bank']
export const OUTLET_PATTERNS: readonly string[] = ['{name} Times', '{name} Ledger', 'The {name} Post', '{name} Daily', '{name} Wire', '{name} Herald']
