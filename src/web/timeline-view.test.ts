import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { TimelineEntry } from '../story/types.js'
import { renderStoryline } from './pages/storyline.js'
import { sampleStorylines, STORYLINE_ID } from './testing.js'
import { timelineView } from './timeline-view.js'

const entry = (event: string, from: string | null, to: string | null, modality = 'asserted', text = `${event} happened.`): TimelineEntry => ({
  event,
  type: event,
  cameo: null,
  from,
  to,
  text,
  modality,
  core: true,
  articles: ['a1', 'a2'],
  evidence: [{ article: 'a1', start: 10, end: 40 }, { article: 'a2', start: 0, end: 25 }],
})

/** [label, x, width, tentative] of each bar, in drawing order. */
function bars(markup: string): [string, number, number, boolean][] {
  const out: [string, number, number, boolean][] = []
  const re = /<text class="tl-label"[^>]*>([^<]*)<\/text>(?:<a [^>]*>)?<rect class="tl-bar( tl-tentative)?" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g
  for (const m of markup.matchAll(re)) out.push([m[1]!, Number(m[3]), Number(m[4]), m[2] !== undefined])
  return out
}

test('bars sit on an axis of event time and are as long as the date is uncertain', () => {
  const markup = timelineView([
    entry('talks', '2026-01-05', '2026-01-11', 'speculative'),
    entry('raid', '2026-01-03', '2026-01-03'),
    entry('campaign', null, null),
  ]).toString()
  const drawn = bars(markup)
  // Sorted by event time; the undated event has no bar.
  assert.deepEqual(drawn.map((b) => [b[0], b[3]]), [['raid', false], ['talks', true]])
  const [raid, talks] = drawn
  assert.ok(raid![1] < talks![1], 'the earlier event is further left')
  assert.equal(Math.round(talks![2] / raid![2]), 7, 'a week-long interval is seven times a day')
  // The list keeps every event, the undated one last, each with its reports linked to their sentences.
  const items = [...markup.matchAll(/<span class="type">([^<]*)<\/span>/g)].map((m) => m[1])
  assert.deepEqual(items, ['raid', 'talks', 'campaign'])
  assert.match(markup, /<a href="\/articles\/a1#s-10">report 1<\/a>/)
  assert.match(markup, /<a href="\/articles\/a2#s-0">report 2<\/a>/)
  assert.match(markup, /<title>talks: 5 Jan 2026 – 11 Jan 2026, 2 reports \(speculative\)<\/title>/)
})

test('an article telling an event in several sentences is one report, its other sentences numbered links', () => {
  const e = { ...entry('offer', '2026-01-03', '2026-01-03'), evidence: [
    { article: 'a1', start: 10, end: 40 },
    { article: 'a1', start: 90, end: 120 },
    { article: 'a2', start: 0, end: 25 },
  ] }
  const markup = timelineView([e], { articleLabels: new Map([['a1', 'Caribbean Wire, 19 Dec 2025']]) }).toString()
  const list = markup.slice(markup.indexOf('<ul class="tl-reports">'))
  assert.equal([...list.matchAll(/<li>/g)].length, 2)
  assert.match(list, /<a href="\/articles\/a1#s-10">Caribbean Wire, 19 Dec 2025<\/a> <a class="tl-more-sentence" href="\/articles\/a1#s-90"[^>]*>2<\/a><\/li>/)
  assert.match(list, /<a href="\/articles\/a2#s-0">report 2<\/a><\/li>/)
})

test('report links take the labels given, text is escaped, and an empty timeline says so', () => {
  const markup = timelineView([entry('raid', '2026-01-03', '2026-01-03', 'asserted', '<b>Forces</b> raided')], {
    articleLabels: new Map([['a1', 'Caribbean Wire, 19 Dec 2025']]),
  }).toString()
  assert.match(markup, />Caribbean Wire, 19 Dec 2025<\/a>/)
  assert.match(markup, /&lt;b&gt;Forces&lt;\/b&gt; raided/)
  assert.doesNotMatch(markup, /<b>Forces/)
  assert.match(timelineView([]).toString(), /No events found/)
})

test('the storyline page draws its timeline with outlet names on the reports', () => {
  const ids = { nytV1: 'v1', nyt: 'nyt', clash: 'clash', relay: 'relay', flood: 'flood' }
  const storyline = sampleStorylines(ids).find((s) => s.id === STORYLINE_ID)!
  const page = renderStoryline(storyline)
  assert.match(page, /<svg class="tl-axis"/)
  assert.deepEqual(bars(page).map((b) => [b[0], b[3]]), [['offer', false], ['rejection', false], ['talks', true]])
  assert.match(page, /The New York Times, 4 Jan 2026<\/a>/)
  // The speculative talks are not core: folded below the events that carry the story.
  const folded = page.slice(page.indexOf('<details class="tl-more">'))
  assert.match(folded, /<summary>1 more event: /)
  assert.deepEqual(bars(folded).map((b) => b[0]), ['talks'])
})
