import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseNaf } from '../times/naf.js'
import { emptyEventCounts, goldTentative, scoreEvents } from './score.js'

/** A CAT document of one sentence: "Dockers will strike if the port sells its cranes ." with two event mentions. */
const WORDS = ['Dockers', 'will', 'strike', 'if', 'the', 'port', 'sells', 'its', 'cranes', '.']
const XML = `<?xml version="1.0" ?><Document doc_id="1" doc_name="t" lang="en">
${WORDS.map((w, i) => `<token number="${i}" sentence="0" t_id="${i + 1}">${w}</token>`).join('\n')}
<Markables>
<EVENT_MENTION certainty="CERTAIN" m_id="20" polarity="POS" pos="VERB" special_cases="COND_MAIN_CLAUSE" time="FUTURE"><token_anchor t_id="3"/></EVENT_MENTION>
<EVENT_MENTION certainty="CERTAIN" m_id="21" polarity="NEG" pos="VERB" special_cases="NONE" time="NON_FUTURE"><token_anchor t_id="7"/></EVENT_MENTION>
<EVENT TAG_DESCRIPTOR="strike" class="OTHER" m_id="30"/>
</Markables>
<Relations>
<REFERS_TO r_id="1"><source m_id="20"/><target m_id="30"/></REFERS_TO>
</Relations>
</Document>`

test('CAT XML: event mentions carry their instance class and factuality attributes', () => {
  const doc = parseNaf(XML, 't.xml')
  assert.deepEqual(
    doc.events.map((e) => [doc.text.slice(e.start, e.end), e.class, e.pos, e.time, e.polarity, e.special]),
    [
      ['strike', 'OTHER', 'VERB', 'FUTURE', 'POS', 'COND_MAIN_CLAUSE'],
      ['sells', '', 'VERB', 'NON_FUTURE', 'NEG', 'NONE'],
    ],
  )
  assert.deepEqual(doc.events.map(goldTentative), [true, false])
})

test('triggers score by overlap, per class and type, with modality and polarity set against the gold', () => {
  const doc = parseNaf(XML, 't.xml')
  const at = (word: string): { start: number; end: number } => {
    const start = doc.text.indexOf(word)
    return { start, end: start + word.length }
  }
  const counts = emptyEventCounts()
  const a = scoreEvents(
    doc.events,
    [
      { ...at('strike'), type: 'protest', modality: 'conditional', negated: false },
      { ...at('sells'), type: 'trade', modality: 'asserted', negated: false },
      { ...at('cranes'), type: 'trade', modality: 'asserted', negated: false },
    ],
    counts,
  )
  assert.deepEqual([counts.gold, counts.system, counts.matched], [2, 3, 2])
  assert.deepEqual(a.spurious.map((s) => doc.text.slice(s.start, s.end)), ['cranes'])
  assert.deepEqual(Object.fromEntries(counts.byClass), { OTHER: { total: 1, hit: 1 }, '': { total: 1, hit: 1 } })
  assert.deepEqual(Object.fromEntries(counts.byType), { protest: { total: 1, hit: 1 }, trade: { total: 2, hit: 1 } })
  assert.deepEqual(Object.fromEntries(counts.modality), { 'tentative/tentative': 1, 'factual/factual': 1 })
  assert.deepEqual(counts.negation, { total: 1, hit: 0 })
})
