import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { createDoc, emptyMeta, spanText } from '../../doc/doc.js'
import { buildPipeline } from '../../doc/pipeline.js'
import type { ArticleMeta, Doc, Entity } from '../../doc/types.js'
import { repoPath } from '../../util/paths.js'
import { sentencesAnnotator } from '../sentences/index.js'
import { entitiesAnnotator } from './index.js'

const pipeline = buildPipeline([sentencesAnnotator, entitiesAnnotator], { onError: 'throw' })

function analyse(text: string, meta: Partial<ArticleMeta> = {}): Doc {
  return pipeline.run(createDoc(text, { ...emptyMeta('test'), ...meta }))
}

function fixture(name: string): Doc {
  return analyse(readFileSync(repoPath('fixtures', 'entities', name), 'utf8'))
}

function entity(doc: Doc, id: string): Entity {
  const e = doc.layers.entities!.find((x) => x.id === id)
  assert.ok(e, `no entity ${id} in ${doc.layers.entities!.map((x) => x.id).join(', ')}`)
  return e
}

const surfaces = (doc: Doc, e: Entity): string[] => e.mentions.map((m) => spanText(doc, m))

test('spellings of one person and one country become one entity each, mentions in text order', () => {
  const doc = fixture('exile-offer-en.txt')
  const erdogan = entity(doc, 'person:recep-tayyip-erdogan')
  assert.equal(erdogan.name, 'Recep Tayyip Erdoğan')
  assert.equal(erdogan.known, true)
  assert.deepEqual(surfaces(doc, erdogan), ['Recep Tayyip Erdoğan', 'Erdogan'])
  const turkey = entity(doc, 'place:turkey')
  assert.deepEqual(surfaces(doc, turkey), ['Turkish', 'Türkiye', 'Ankara', 'Turkey'])
  for (const e of doc.layers.entities!) {
    const starts = e.mentions.map((m) => m.start)
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b), e.id)
  }
})

test('Spanish text resolves Spanish exonyms to the same ids as English text', () => {
  const doc = fixture('exile-offer-es.txt')
  assert.deepEqual(surfaces(doc, entity(doc, 'place:turkey')), ['Turquía', 'Türkiye'])
  assert.deepEqual(surfaces(doc, entity(doc, 'place:united-states')), ['Washington', 'Estados Unidos'])
  assert.equal(entity(doc, 'person:nicolas-maduro').mentions[0]!.role, 'presidente')
})

test('every mention offset covers exactly its surface text', () => {
  const text = 'Erdoğan’s envoy met Maduro’s aides in Caracas; Turkey-Venezuela talks resumed at the U.S. embassy.'
  const doc = analyse(text)
  const got = doc.layers.entities!.flatMap((e) => e.mentions.map((m) => `${e.id}=${spanText(doc, m)}`)).sort()
  assert.deepEqual(got, [
    'person:nicolas-maduro=Maduro',
    'person:recep-tayyip-erdogan=Erdoğan',
    'place:caracas=Caracas',
    'place:turkey=Turkey',
    'place:united-states=U.S.',
    'place:venezuela=Venezuela',
  ])
})

test('a short name after the full name joins the same entity, known or not', () => {
  const doc = fixture('exile-offer-en.txt')
  assert.deepEqual(surfaces(doc, entity(doc, 'person:nicolas-maduro')), ['Nicolás Maduro', 'Maduro'])
  const smith = entity(doc, 'person:john-smith')
  assert.equal(smith.known, false)
  assert.deepEqual(surfaces(doc, smith), ['John Smith', 'Smith'])
  const rubio = analyse('Secretary of State Marco Rubio arrived. Later, Rubio left.')
  assert.deepEqual(surfaces(rubio, entity(rubio, 'person:marco-rubio')), ['Marco Rubio', 'Rubio'])
})

test('"the Post" and "the Times" resolve to the KB outlet unless the text names another outlet with that word', () => {
  const doc = fixture('exile-offer-en.txt')
  assert.deepEqual(surfaces(doc, entity(doc, 'outlet:the-washington-post')), ['Post'])
  assert.deepEqual(surfaces(doc, entity(doc, 'outlet:the-new-york-times')), ['Times'])
  const other = fixture('two-posts.txt')
  assert.deepEqual(surfaces(other, entity(other, 'outlet:new-york-post')), ['New York Post', 'Post'])
  assert.equal(other.layers.entities!.some((e) => e.id === 'outlet:the-washington-post'), false)
  assert.deepEqual(surfaces(other, entity(other, 'outlet:the-new-york-times')), ['Times'])
})

test('a contextual short form resolves to the publishing outlet named in the metadata', () => {
  const doc = analyse('The Dispatch has learned that talks resumed. The Ledger was told the same.', {
    outlet: { id: 'outlet:northern-dispatch', name: 'Northern Dispatch' },
  })
  assert.deepEqual(surfaces(doc, entity(doc, 'outlet:northern-dispatch')), ['Dispatch'])
  assert.deepEqual(surfaces(doc, entity(doc, 'outlet:the-harbor-ledger')), ['Ledger'])
})

test('a capital that acts stands for its country with government: true; a capital as a place stays a city', () => {
  const doc = fixture('exile-offer-en.txt')
  const turkey = entity(doc, 'place:turkey')
  const ankara = turkey.mentions.find((m) => spanText(doc, m) === 'Ankara')
  assert.equal(ankara?.government, true)
  assert.equal(turkey.mentions.find((m) => spanText(doc, m) === 'Türkiye')?.government, undefined)
  assert.equal(entity(doc, 'place:united-states').mentions[0]!.government, true)
  const city = entity(doc, 'place:ankara')
  assert.deepEqual(surfaces(doc, city), ['Ankara'])
  assert.equal(city.mentions[0]!.government, undefined)
  const possessive = analyse("Washington's offer surprised diplomats.")
  assert.deepEqual(surfaces(possessive, entity(possessive, 'place:united-states')), ['Washington'])
})

test('a title written before a name becomes the mention role, not part of the name', () => {
  const doc = fixture('exile-offer-en.txt')
  assert.equal(entity(doc, 'person:recep-tayyip-erdogan').mentions[0]!.role, 'President')
  assert.equal(entity(doc, 'person:hakan-fidan').mentions[0]!.role, 'Foreign Minister')
  const vance = analyse('Vice President JD Vance spoke first.')
  assert.equal(entity(vance, 'person:jd-vance').mentions[0]!.role, 'Vice President')
  const unknown = analyse('Sen. Tim Kaine objected.')
  const kaine = entity(unknown, 'person:tim-kaine')
  assert.equal(kaine.mentions[0]!.role, 'Sen.')
  assert.equal(spanText(unknown, kaine.mentions[0]!), 'Tim Kaine')
})

test('names outside the KB are typed by their cues', () => {
  const doc = fixture('exile-offer-en.txt')
  assert.equal(entity(doc, 'org:venezuelan-ministry-of-foreign-affairs').type, 'ORG')
  assert.equal(entity(doc, 'org:university-of-ankara').type, 'ORG')
  const alvarez = entity(doc, 'person:alvarez')
  assert.equal(alvarez.type, 'PERSON')
  assert.equal(alvarez.mentions.length, 2)
  // No rule cue types these; the statistical tagger does (an organisation's hall, a place observers come from).
  const other = analyse('Talks were held at Quorvath Hall with observers from Zentrix.')
  assert.equal(entity(other, 'org:quorvath-hall').known, false)
  assert.equal(entity(other, 'place:zentrix').type, 'PLACE')
})

test('sentence-initial function words, months and weekdays are not entities; demonyms only mention their country', () => {
  const doc = analyse('On Monday, Turkish officials met. In January the talks ended. However, Venezuelan diplomats stayed. The Ministry said nothing.')
  assert.deepEqual(
    doc.layers.entities!.map((e) => [e.id, e.mentions.map((m) => m.kind)]),
    [
      ['place:turkey', ['demonym']],
      ['place:venezuela', ['demonym']],
    ],
  )
  // Quantities with units are no names either, whatever the tagger makes of them.
  assert.deepEqual(analyse('It comes in two sizes, a 2GB and a 4GB, capable of holding songs.').layers.entities, [])
})

test('a possessive inside a known name does not split it, and an agency matches by abbreviation and full name', () => {
  const doc = analyse(
    "A deputy from the Republican People's Party asked the Disaster and Emergency Management Presidency for its lists. AFAD's reply came late, and Malatya's mayor waited.",
  )
  assert.deepEqual(surfaces(doc, entity(doc, 'org:republican-peoples-party')), ["Republican People's Party"])
  assert.deepEqual(surfaces(doc, entity(doc, 'org:afad')), ['Disaster and Emergency Management Presidency', 'AFAD'])
  assert.deepEqual(surfaces(doc, entity(doc, 'place:malatya')), ['Malatya'])
})

test('an unknown name with an unlisted given name is a person by the words around it', () => {
  const type = (text: string, id: string): string => entity(analyse(text), id).type
  assert.equal(type('The plan was a mistake, said Quillon Brask, who advised two ministers.', 'person:quillon-brask'), 'PERSON')
  assert.equal(type('Yarvo Tennik, a retired harbour pilot, watched the ships.', 'person:yarvo-tennik'), 'PERSON')
  assert.equal(type('"We lost everything," said Mirela Ostrand, 47, outside her house.', 'person:mirela-ostrand'), 'PERSON')
  assert.equal(type('Ministry official Torvan Elsk told reporters the roads were open.', 'person:torvan-elsk'), 'PERSON')
  assert.equal(type('Detective Inspector Saila Rinne led the search.', 'person:saila-rinne'), 'PERSON')
  // A later bare surname is how news refers back to people, not to organisations or places.
  const doc = analyse('Kestrin Valo spoke first. Valo said the vote would wait.')
  assert.deepEqual(surfaces(doc, entity(doc, 'person:kestrin-valo')), ['Kestrin Valo', 'Valo'])
})

test('an apposition or a noun before an unknown name can make it an organisation or a place', () => {
  const doc = analyse('The line belongs to its operator, Vellanet, which said repairs would take a week. The ferry company Ostra Lines cancelled trips to the island of Vorsa.')
  assert.equal(entity(doc, 'org:vellanet').type, 'ORG')
  assert.equal(entity(doc, 'org:ostra-lines').type, 'ORG')
  assert.equal(entity(doc, 'place:vorsa').type, 'PLACE')
  const firm = analyse('Talks stalled, and Brennick Quay, a shipping group based abroad, withdrew its bid.')
  assert.equal(entity(firm, 'org:brennick-quay').type, 'ORG')
})

/** Whether the mention written `surface` in `text` is read as a government. */
function gov(text: string, surface: string): boolean | undefined {
  const doc = analyse(text)
  const m = doc.layers.entities!.flatMap((e) => e.mentions).find((x) => spanText(doc, x) === surface)
  assert.ok(m, `${surface} not found in: ${text}`)
  return m.government
}

test('a capital is its government as subject, possessive before a word of relations, party to dealings, or joined to one', () => {
  assert.equal(gov('After the vote, Moscow delivered a sharp protest.', 'Moscow'), true)
  assert.equal(gov('Havana still rejected the terms.', 'Havana'), true)
  assert.equal(gov("The move drew Ankara's quiet displeasure.", 'Ankara'), true)
  assert.equal(gov('The request was conveyed to Havana last week.', 'Havana'), true)
  assert.equal(gov('Relations improved as pressure from Moscow eased.', 'Moscow'), true)
  assert.equal(gov('Budapest keeps close ties to both Ankara and Moscow.', 'Moscow'), true)
  assert.equal(gov('Madrid no respondió a la carta.', 'Madrid'), true)
  assert.equal(gov('The offer made Havana the first government to reply.', 'Havana'), true)
  // Travel and location keep the city.
  assert.equal(gov('The envoy flew to Havana on Sunday.', 'Havana'), undefined)
  assert.equal(gov('Crowds gathered in Moscow and Ankara.', 'Ankara'), undefined)
  assert.equal(gov('The summit made Havana the capital of the talks.', 'Havana'), undefined)
})

test('an acronym taking "the" is an organisation, a common abbreviation is not', () => {
  const doc = analyse('Members wrote to the RSPB. The update is part of the OS.')
  assert.deepEqual(doc.layers.entities!.map((e) => e.id), ['org:rspb'])
})

test('an unknown acronym joins the one organisation of the document whose capitalised words it abbreviates', () => {
  const doc = analyse('The Coastal Fisheries Authority closed the bay. Later the CFA said boats could return.')
  assert.deepEqual(surfaces(doc, entity(doc, 'org:coastal-fisheries-authority')), ['Coastal Fisheries Authority', 'CFA'])
  const two = analyse('The Coastal Fisheries Authority and the Central Finance Agency met. The CFA said nothing.')
  // Two organisations fit: the acronym stays an identity of its own (an organisation, since it speaks).
  assert.equal(entity(two, 'org:cfa').mentions.length, 1)
})

test('a title inside a capitalised run ends the organisation and opens the person: "Zentrix CEO Ana Ruiz"', () => {
  const doc = analyse('Zentrix CEO Ana Ruiz said the plant would reopen.')
  assert.deepEqual(surfaces(doc, entity(doc, 'org:zentrix')), ['Zentrix'])
  const ruiz = entity(doc, 'person:ana-ruiz')
  assert.deepEqual(surfaces(doc, ruiz), ['Ana Ruiz'])
  assert.equal(ruiz.mentions[0]!.role, 'CEO')
  // A title closing a name with an organisation word is the role of whoever follows, not part of the name.
  const review = analyse('The Vorsa Police Review Director, Ilmo Kask, set the terms.')
  assert.ok(review.layers.entities!.some((e) => surfaces(review, e).includes('Vorsa Police Review')))
  // Titles that are also name words stay inside: "Ministry of Justice", "Stephen King".
  const names = analyse('The Ministry of Justice replied. Stephen King wrote back.')
  assert.ok(names.layers.entities!.some((e) => surfaces(names, e).includes('Ministry of Justice')))
  assert.ok(names.layers.entities!.some((e) => surfaces(names, e).includes('Stephen King')))
})

test('the dot of "Inc." and of a middle initial belongs to the name', () => {
  const doc = analyse('Brannock Inc. hired Adnan Z. Amin last year.')
  assert.ok(doc.layers.entities!.some((e) => surfaces(doc, e).includes('Brannock Inc.')))
  assert.ok(doc.layers.entities!.some((e) => surfaces(doc, e).includes('Adnan Z. Amin')))
})

test('a one-word name opening a sentence with "said" is found, and typed an organisation when nothing else types it', () => {
  const doc = analyse('The cable was cut on Sunday. Sundnet said repairs would take weeks.')
  assert.deepEqual(surfaces(doc, entity(doc, 'org:sundnet')), ['Sundnet'])
  // Common words opening a sentence are not names; a surname of someone named in full joins them.
  const common = analyse('Engineers said repairs would take weeks.')
  assert.deepEqual(common.layers.entities, [])
  const person = analyse('Kestrin Valo spoke first. Valo said the vote would wait.')
  assert.deepEqual(surfaces(person, entity(person, 'person:kestrin-valo')), ['Kestrin Valo', 'Valo'])
  // The tagger calls this lone "Quintero" an organisation; the full name earlier in the text says otherwise.
  const judge = analyse('Judge Marta Quintero heard the case. Quintero promised a ruling before winter.')
  assert.deepEqual(surfaces(judge, entity(judge, 'person:marta-quintero')), ['Marta Quintero', 'Quintero'])
})

test('a place opening an organisation, treaty or product name is part of it, not a mention of the place', () => {
  const ids = (text: string): string[] => analyse(text).layers.entities!.map((e) => e.id)
  assert.deepEqual(ids('She studied at the Glasgow School of Art.'), ['org:glasgow-school-of-art'])
  assert.deepEqual(ids('The Paris Agreement will slow warming.'), ['other:paris-agreement'])
  assert.deepEqual(ids('It sells for US$ 299 in Paris.'), ['place:paris'])
  assert.deepEqual(ids('It was sold on the iTunes Music Store.'), ['other:itunes-music-store'])
  // A product noun after the name or heading its apposition names a product.
  assert.deepEqual(ids('Vexa unveiled Corvid, the new version of its Halden operating system.'), ['other:corvid', 'other:halden'])
  // An acronym joins the named thing it abbreviates as it would an organisation.
  const wwdc = analyse('He spoke at the World Wide Developers Conference (WWDC) on Monday.')
  assert.deepEqual(surfaces(wwdc, entity(wwdc, 'other:world-wide-developers-conference')), ['World Wide Developers Conference', 'WWDC'])
  // A KB surname after someone else's given name is that other person's.
  assert.deepEqual(ids('Vance arrived with Larry Vance.'), ['person:jd-vance', 'person:larry-vance'])
  assert.deepEqual(ids('President Trump arrived.'), ['person:donald-trump'])
})

test('a title inside a KB form is the role ("Pope Francis")', () => {
  const doc = analyse('Pope Francis met reporters.')
  const pope = entity(doc, 'person:pope-francis')
  assert.deepEqual(surfaces(doc, pope), ['Francis'])
  assert.equal(pope.mentions[0]!.role, 'Pope')
})


test('a company named before what is posted on its platform is the platform, not the company ("Facebook posts")', () => {
  const ids = (text: string): string[] => analyse(text).layers.entities!.map((e) => e.id)
  assert.deepEqual(ids('Angry Facebook posts about the mayor spread overnight.'), [])
  assert.deepEqual(ids('She closed her Twitter account.'), [])
  assert.deepEqual(ids('Facebook posted a loss.'), ['org:facebook'])
})

test('a country is its government when it will act, is the party to sanctions, names its government ("the Hong Kong government") or owns an institution ("Peru’s Supreme Court")', () => {
  assert.equal(gov('Norway will be sending two more frigates.', 'Norway'), true)
  assert.equal(gov('Chile would have to repay the loan.', 'Chile'), true)
  assert.equal(gov('Norway will remain the first stop of the tour.', 'Norway'), undefined)
  assert.equal(gov('They lifted the sanctions against Peru last year.', 'Peru'), true)
  assert.equal(gov('The case against Peru was weak.', 'Peru'), undefined)
  assert.equal(gov('The Hong Kong government said nothing.', 'Hong Kong'), true)
  assert.equal(gov('He stood trial at Peru’s Supreme Court.', 'Peru'), true)
  assert.equal(gov('He stood trial in Peru.', 'Peru'), undefined)
})

test('"founder of X" types X an organisation; ", now 31," is an age that types a person', () => {
  const types = (text: string): string[] => analyse(text).layers.entities!.map((e) => `${e.type}:${e.name}`)
  assert.deepEqual(types('It was Lena Morrow, founder of Quillset, who wrote first.'), ['PERSON:Lena Morrow', 'ORG:Quillset'])
  assert.deepEqual(types('Two years on, Varnholt, now 31, faces trial.'), ['PERSON:Varnholt'])
})

test('a two-word demonym ("North Korean") mentions its country, as one-word demonyms do', () => {
  const doc = analyse('They entered a North Korean golf tournament.')
  const korea = doc.layers.entities!.find((e) => e.name === 'North Korea')
  assert.ok(korea, doc.layers.entities!.map((e) => e.id).join(', '))
  assert.deepEqual(surfaces(doc, korea), ['North Korean'])
  assert.equal(korea.mentions[0]!.kind, 'demonym')
  assert.equal(doc.layers.entities!.length, 1)
})

test('a given name that is also an adjective ("Christian") opens the name it stands before', () => {
  const doc = analyse('Christian Brevold, who writes on railways, will stand.')
  assert.deepEqual(
    doc.layers.entities!.map((e) => `${e.type}:${surfaces(doc, e).join('|')}`),
    ['PERSON:Christian Brevold'],
  )
})

test('a place followed by a place word is a place of its own ("Hong Kong Island"), and "Island" alone is no country', () => {
  const doc = analyse('The ferry left Hong Kong Island at noon for the Island of Sark.')
  const names = doc.layers.entities!.map((e) => `${e.type}:${surfaces(doc, e).join('|')}`)
  assert.ok(names.includes('PLACE:Hong Kong Island'), names.join(', '))
  assert.ok(!doc.layers.entities!.some((e) => e.id === 'place:iceland'), names.join(', '))
})

test('a place naming a treaty ("the Paris agreement") and "The Australian" before a noun are no mentions of place or outlet', () => {
  const ids = (text: string): string[] => analyse(text).layers.entities!.map((e) => e.id)
  assert.deepEqual(ids('He may leave the Paris agreement next year.'), [])
  assert.deepEqual(ids('He flew to Paris on Monday.'), ['place:paris'])
  assert.ok(!ids('The Australian experts disagreed.').some((id) => id.startsWith('outlet:')))
  assert.ok(ids('The Australian reported the figures.').some((id) => id.startsWith('outlet:')))
})

test('"X is/has become a <noun>" types X by the noun, even as a lone word opening the sentence', () => {
  const typed = (text: string): string[] => analyse(text).layers.entities!.map((e) => `${e.type}:${e.name}`)
  assert.deepEqual(typed('Vornell has become the largest grocery retailer in the region.'), ['ORG:Vornell'])
  assert.deepEqual(typed('Keldane is a logistics company.'), ['ORG:Keldane'])
  assert.ok(typed('Later Dastrow was a retired surgeon in Leeds.').includes('PERSON:Dastrow'))
})

test('a lone name paired by "and" with a lone given name is a person ("Daniel and Vorsk")', () => {
  const typed = (text: string): string[] => analyse(text).layers.entities!.map((e) => `${e.type}:${e.name}`)
  assert.deepEqual(typed('Talks between Daniel and Vorsk went on.'), ['PERSON:Daniel', 'PERSON:Vorsk'])
  assert.deepEqual(typed('Jordan and Israel signed.'), ['PLACE:Jordan', 'PLACE:Israel'])
})

test('"X is one of those guys": a plural person noun after a determiner types X a person', () => {
  const typed = (text: string): string[] => analyse(text).layers.entities!.map((e) => `${e.type}:${e.name}`)
  assert.ok(typed('Some players tire early and Vorsk is one of those guys, the coach said.').includes('PERSON:Vorsk'))
})
