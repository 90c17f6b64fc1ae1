import assert from 'node:assert/strict'
import { test } from 'node:test'
import { entityId } from '../../util/text.js'
import { gazetteer, lookupEntity, resolveOutlet } from './kb.js'

const NYT = { id: 'outlet:the-new-york-times', name: 'The New York Times' }

test('resolveOutlet maps names, abbreviations, domains and URLs to one outlet', () => {
  for (const s of ['NYT', 'The New York Times', 'new york times', 'NEW YORK TIMES', 'nytimes.com', 'https://www.nytimes.com/2025/12/30/world/x.html']) {
    assert.deepEqual(resolveOutlet(s), NYT, s)
  }
  assert.deepEqual(resolveOutlet('edition.cnn.com'), { id: 'outlet:cnn', name: 'CNN' })
  assert.deepEqual(resolveOutlet('Source: Reuters'), { id: 'outlet:reuters', name: 'Reuters' })
})

test('resolveOutlet knows the invented corpus outlets by name, short form and .example domain', () => {
  const ledger = { id: 'outlet:the-harbor-ledger', name: 'The Harbor Ledger' }
  assert.deepEqual(resolveOutlet('Harbor Ledger'), ledger)
  assert.deepEqual(resolveOutlet('https://harborledger.example/2026/01/03/a'), ledger)
  assert.deepEqual(resolveOutlet('Observador Andino'), { id: 'outlet:el-observador-andino', name: 'El Observador Andino' })
  assert.deepEqual(resolveOutlet('CW'), { id: 'outlet:caribbean-wire', name: 'Caribbean Wire' })
})

test('resolveOutlet returns null for unknown outlets and unknown domains', () => {
  assert.equal(resolveOutlet('The Daily Nowhere'), null)
  assert.equal(resolveOutlet('example.org'), null)
  assert.equal(resolveOutlet(''), null)
})

test('lookupEntity finds a country under exonyms, native and Spanish names, with or without diacritics', () => {
  for (const s of ['Turkey', 'Türkiye', 'Turkiye', 'Turquía', 'Turquia', 'Republic of Türkiye']) {
    assert.deepEqual(lookupEntity(s), { id: 'place:turkey', name: 'Turkey', type: 'PLACE' }, s)
  }
  assert.equal(lookupEntity('Estados Unidos')?.id, 'place:united-states')
  assert.equal(lookupEntity('U.S.')?.id, 'place:united-states')
})

test('no country goes by a given name: "Maurice", "Mauricio" and "Dominique" are people, not Mauritius or Dominica', () => {
  for (const s of ['Maurice', 'Mauricio', 'Dominique']) assert.notEqual(lookupEntity(s)?.type, 'PLACE', s)
  assert.equal(lookupEntity('Mauritius')?.id, 'place:mauritius')
  assert.equal(lookupEntity('Dominica')?.id, 'place:dominica')
})

test('lookupEntity finds people by full name, short name and unaccented spelling', () => {
  for (const s of ['Erdogan', 'Erdoğan', 'Recep Tayyip Erdogan', 'Recep Tayyip Erdoğan']) {
    assert.deepEqual(lookupEntity(s), { id: 'person:recep-tayyip-erdogan', name: 'Recep Tayyip Erdoğan', type: 'PERSON' }, s)
  }
  for (const s of ['Nicolas Maduro', 'Nicolás Maduro', 'Maduro']) {
    assert.deepEqual(lookupEntity(s), { id: 'person:nicolas-maduro', name: 'Nicolás Maduro', type: 'PERSON' }, s)
  }
})

test('lookupEntity ids are entityId of the type and canonical name', () => {
  for (const s of ['Hakan Fidan', 'NATO', 'Reuters', 'Caracas', 'Ankara']) {
    const e = lookupEntity(s)
    assert.ok(e, s)
    assert.equal(e.id, entityId(e.type, e.name))
  }
})

test('lookupEntity keeps the case of all-caps forms and returns null for unknown names', () => {
  assert.equal(lookupEntity('US')?.id, 'place:united-states')
  assert.equal(lookupEntity('us'), null)
  assert.equal(lookupEntity('un'), null)
  assert.equal(lookupEntity('Zyxwv Qwerty'), null)
})

test('given names cover several languages, without words that are also months or places', () => {
  const names = gazetteer().givenNames
  for (const n of ['ines', 'nazli', 'aino', 'joao', 'giorgos', 'hatice']) assert.ok(names.has(n), n)
  for (const w of ['julio', 'georgia', 'per']) assert.ok(!names.has(w), w)
})

test('the outlet list runs to several hundred, each domain names one outlet, and regional outlets resolve by domain', () => {
  const outlets = gazetteer().outlets
  assert.ok(outlets.size >= 500, `only ${outlets.size} outlets`)
  assert.deepEqual(resolveOutlet('https://www.hs.fi/politiikka/art-1.html'), { id: 'outlet:helsingin-sanomat', name: 'Helsingin Sanomat' })
  assert.deepEqual(resolveOutlet('efectococuyo.com'), resolveOutlet('Efecto Cocuyo'))
  assert.deepEqual(resolveOutlet('Dagens Nyheter'), { id: 'outlet:dagens-nyheter', name: 'Dagens Nyheter' })
})

test('heads of government and world capitals are known under their usual spellings', () => {
  assert.equal(lookupEntity('Sebastien Lecornu')?.id, 'person:sebastien-lecornu')
  assert.equal(lookupEntity('Vucic')?.id, 'person:aleksandar-vucic')
  assert.equal(lookupEntity('Kiev')?.id, 'place:kyiv')
  assert.equal(lookupEntity('Krakow')?.id, 'place:krakow')
  for (const capital of ['Nairobi', 'Canberra', 'Ottawa', 'Hanoi', 'Kinshasa']) assert.equal(lookupEntity(capital)?.type, 'PLACE', capital)
})

test('demonyms map to their country', () => {
  const demonyms = gazetteer().demonyms
  assert.equal(demonyms.get('venezuelan')?.id, 'place:venezuela')
  assert.equal(demonyms.get('turkish')?.id, 'place:turkey')
  for (const [key, country] of demonyms) if (country) assert.ok(gazetteer().countries.has(country.id), key)
})

test('international courts and bodies are organisations under their names and abbreviations', () => {
  const cases: [string, string][] = [
    ['ITLOS', 'org:international-tribunal-for-the-law-of-the-sea'],
    ['European Court of Justice', 'org:court-of-justice-of-the-european-union'],
    ['Permanent Court of Arbitration', 'org:permanent-court-of-arbitration'],
    ['OCHA', 'org:un-office-for-the-coordination-of-humanitarian-affairs'],
    ['Mercosur', 'org:mercosur'],
  ]
  for (const [s, id] of cases) assert.equal(lookupEntity(s)?.id, id, s)
})

test('territories news names on their own are places, without capitals that are mostly names', () => {
  assert.equal(lookupEntity('Greenland')?.id, 'place:greenland')
  assert.equal(lookupEntity('Puerto Rico')?.id, 'place:puerto-rico')
  assert.equal(lookupEntity('Islas Malvinas')?.id, 'place:falkland-islands')
  assert.equal(lookupEntity('Stanley'), null)
  assert.equal(lookupEntity('Hamilton'), null)
})
