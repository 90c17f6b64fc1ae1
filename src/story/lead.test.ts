/**
 * The join score weighs an article's lead over its background: a follow-up
 * whose lead reports one strike and whose longer background recounts another
 * joins the strike its lead is about (with plain weights it would join the
 * other, whose words it repeats more).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { computeStoryGraph } from './index.js'
import { article } from './testkit.js'

test('a report joins the storyline its lead is about, not the one its background recounts at length', () => {
  const dockers = article({
    id: 'halvik-1',
    outlet: 'Harbor Ledger',
    published: '2026-03-02',
    text:
      'Dockers walked out at the port of Halvik on Monday, halting the grain terminal. ' +
      'The Halvik union wants a pay rise of nine percent. Cranes stood idle along the grain quay.',
  })
  const drivers = article({
    id: 'orsen-1',
    outlet: 'Valmora Times',
    published: '2026-03-02',
    text:
      'Bus drivers in Orsen struck on Monday over rosters and night shifts. ' +
      'The Orsen depot stayed shut and commuters walked to work. Drivers picketed the depot gates at dawn.',
  })
  const followUp = article({
    id: 'halvik-2',
    outlet: 'Island Post',
    published: '2026-03-03',
    text:
      'Halvik dockers stayed out for a second day. The grain terminal was still idle. Their union said talks had stalled. ' +
      'The walkout follows the Orsen strike, where bus drivers struck over rosters and night shifts. ' +
      'In Orsen the depot stayed shut, commuters walked to work, and drivers picketed the depot gates at dawn.',
  })
  const graph = computeStoryGraph([dockers, drivers, followUp])
  assert.deepEqual(
    graph.storylines.map((s) => s.articles.map((a) => a.id)),
    [['halvik-1', 'halvik-2'], ['orsen-1']],
  )
})
