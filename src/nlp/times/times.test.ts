import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { createDoc, emptyMeta, spanText } from '../../doc/doc.js'
import type { TimeExpression } from '../../doc/types.js'
import { repoPath } from '../../util/paths.js'
import { splitSentences } from '../sentences/split.js'
import { NO_ANCHOR, timesAnnotator } from './index.js'

/** [surface, start, type, value, from, to] */
type Row = [string, number, TimeExpression['type'], string, string | null, string | null]

function times(text: string, published: string | null, language: string | null = 'en'): TimeExpression[] {
  const doc = createDoc(text, { ...emptyMeta('test'), published, language }, { sentences: splitSentences(text) })
  return [...timesAnnotator.annotate(doc).times]
}

function rows(text: string, published: string | null, language: string | null = 'en'): Row[] {
  return times(text, published, language).map((t) => [text.slice(t.start, t.end), t.start, t.type, t.value, t.from, t.to])
}

function fixture(name: string): string {
  return readFileSync(repoPath('fixtures', 'times', name), 'utf8')
}

test('English briefing: every expression with exact offsets, TIMEX3 values and intervals (published Monday 2026-01-05)', () => {
  assert.deepEqual(rows(fixture('en-briefing.txt'), '2026-01-05'), [
    ['late December', 43, 'DATE', '2025-12', '2025-12-21', '2025-12-31'],
    ['Saturday', 80, 'DATE', '2026-01-03', '2026-01-03', '2026-01-03'],
    ['3 January 2026 at 14:20', 121, 'TIME', '2026-01-03T14:20', '2026-01-03', '2026-01-03'],
    ['January 3, 2026', 183, 'DATE', '2026-01-03', '2026-01-03', '2026-01-03'],
    ['December', 222, 'DATE', '2025-12', '2025-12-01', '2025-12-31'],
    ['Jan. 3', 244, 'DATE', '2026-01-03', '2026-01-03', '2026-01-03'],
    ['next week', 280, 'DATE', '2026-W03', '2026-01-12', '2026-01-18'],
    ['mid-February', 319, 'DATE', '2026-02', '2026-02-11', '2026-02-20'],
    ['Early 2026', 333, 'DATE', '2026', '2026-01-01', '2026-04-30'],
    ['2026', 360, 'DATE', '2026', '2026-01-01', '2026-12-31'],
    ['2026', 386, 'DATE', '2026', '2026-01-01', '2026-12-31'],
    ['Yesterday', 393, 'DATE', '2026-01-04', '2026-01-04', '2026-01-04'],
    ['tomorrow', 422, 'DATE', '2026-01-06', '2026-01-06', '2026-01-06'],
    ['tonight', 453, 'TIME', '2026-01-05TNI', '2026-01-05', '2026-01-05'],
    ['Three days ago', 489, 'DATE', '2026-01-02', '2026-01-02', '2026-01-02'],
    ['in two weeks', 553, 'DATE', '2026-W04', '2026-01-19', '2026-01-25'],
    ['within a week', 570, 'DURATION', 'P1W', '2026-01-05', '2026-01-12'],
    ['four months', 625, 'DURATION', 'P4M', null, null],
    ['every Monday', 655, 'SET', 'XXXX-WXX-1', null, null],
    ['Last month', 669, 'DATE', '2025-12', '2025-12-01', '2025-12-31'],
    ['this year', 698, 'DATE', '2026', '2026-01-01', '2026-12-31'],
    ['Saturday night', 728, 'TIME', '2026-01-03TNI', '2026-01-03', '2026-01-03'],
  ])
})

test('Spanish chronicle: dates, parts of months, weekdays by tense, deictics, weeks, durations and sets', () => {
  assert.deepEqual(rows(fixture('es-cronica.txt'), '2026-01-05', 'es'), [
    ['finales de diciembre', 37, 'DATE', '2025-12', '2025-12-21', '2025-12-31'],
    ['ayer', 73, 'DATE', '2026-01-04', '2026-01-04', '2026-01-04'],
    ['3 de enero de 2026 a las 14:20', 124, 'TIME', '2026-01-03T14:20', '2026-01-03', '2026-01-03'],
    ['sábado por la noche', 160, 'TIME', '2026-01-03TNI', '2026-01-03', '2026-01-03'],
    ['la próxima semana', 236, 'DATE', '2026-W03', '2026-01-12', '2026-01-18'],
    ['la semana pasada', 255, 'DATE', '2026-W01', '2025-12-29', '2026-01-04'],
    ['Hace tres días', 291, 'DATE', '2026-01-02', '2026-01-02', '2026-01-02'],
    ['dentro de dos semanas', 324, 'DATE', '2026-W04', '2026-01-19', '2026-01-25'],
    ['cuatro meses', 384, 'DURATION', 'P4M', null, null],
    ['cada lunes', 428, 'SET', 'XXXX-WXX-1', null, null],
    ['sábado', 443, 'DATE', '2026-01-10', '2026-01-10', '2026-01-10'],
    ['diciembre', 475, 'DATE', '2025-12', '2025-12-01', '2025-12-31'],
    ['mediados de enero', 513, 'DATE', '2026-01', '2026-01-11', '2026-01-20'],
    ['Hoy', 545, 'DATE', '2026-01-05', '2026-01-05', '2026-01-05'],
    ['mañana', 574, 'DATE', '2026-01-06', '2026-01-06', '2026-01-06'],
    ['domingo', 603, 'DATE', '2026-01-04', '2026-01-04', '2026-01-04'],
    ['2025', 660, 'DATE', '2025', '2025-01-01', '2025-12-31'],
  ])
})

test('no false positives on the modal "May", the verb "March", counts, decimals or vote tallies; a year before a noun is a date', () => {
  assert.deepEqual(rows(fixture('en-traps.txt'), '2026-01-05'), [
    ['2026', 204, 'DATE', '2026', '2026-01-01', '2026-12-31'],
    // A quarter reported in the past tense is one that is over: last year's, in January.
    ['the first quarter', 278, 'DATE', '2025-Q1', '2025-01-01', '2025-03-31'],
  ])
})

test('a month of a year named relative to publication, "now", bare counts of units and a spaced comma before the year', () => {
  assert.deepEqual(
    rows('He has been away since January of this year and now works there; the deal took 18 months, signed September 21 , 2004.', '2026-07-01').map((r) => [r[0], r[2], r[3], r[4], r[5]]),
    [
      ['January of this year', 'DATE', '2026-01', '2026-01-01', '2026-01-31'],
      ['now', 'DATE', 'PRESENT_REF', '2026-07-01', '2026-07-01'],
      ['18 months', 'DURATION', 'P18M', null, null],
      ['September 21 , 2004', 'DATE', '2004-09-21', '2004-09-21', '2004-09-21'],
    ],
  )
  assert.deepEqual(
    rows('Ahora vive allí desde enero del año pasado, tras 18 meses de espera.', '2026-07-01', 'es').map((r) => [r[0], r[3]]),
    [
      ['Ahora', 'PRESENT_REF'],
      ['enero del año pasado', '2025-01'],
      ['18 meses', 'P18M'],
    ],
  )
})

test('Spanish "los lunes" is a set; a country ending in "-ía" does not mark the past', () => {
  assert.deepEqual(rows('Los vuelos salen los lunes. Turquía negocia el sábado.', '2026-01-07', 'es').map((r) => [r[0], r[2], r[3]]), [
    ['lunes', 'SET', 'XXXX-WXX-1'],
    // No tense marked: the latest Saturday on or before publication.
    ['sábado', 'DATE', '2026-01-03'],
  ])
})

test('a weekday in a newspaper name, a surname "May" and a range of years', () => {
  assert.deepEqual(rows('The Sunday Times said Theresa May led from 2015 to 2020.', '2026-01-05'), [
    ['2015', 43, 'DATE', '2015', '2015-01-01', '2015-12-31'],
    ['2020', 51, 'DATE', '2020', '2020-01-01', '2020-12-31'],
  ])
})

test('a weekday reads as the latest such day on or before publication, or the next one after it in the future tense', () => {
  // 2026-01-10 is a Saturday.
  assert.deepEqual(rows('The vote took place on Saturday.', '2026-01-10'), [['Saturday', 23, 'DATE', '2026-01-10', '2026-01-10', '2026-01-10']])
  assert.deepEqual(rows('The vote will take place on Saturday.', '2026-01-10'), [['Saturday', 28, 'DATE', '2026-01-17', '2026-01-17', '2026-01-17']])
  assert.deepEqual(rows('They met last Saturday and meet again next Friday.', '2026-01-10'), [
    ['last Saturday', 9, 'DATE', '2026-01-03', '2026-01-03', '2026-01-03'],
    ['next Friday', 38, 'DATE', '2026-01-16', '2026-01-16', '2026-01-16'],
  ])
})

test('a bare month is the nearest reading that fits the tense', () => {
  assert.equal(times('Talks collapsed in December.', '2026-01-05')[0]!.value, '2025-12')
  assert.equal(times('Elections will be held in December.', '2026-01-05')[0]!.value, '2026-12')
  assert.equal(times('The ceasefire ended in March.', '2026-01-05')[0]!.value, '2025-03')
  assert.equal(times('The port reopens in March.', '2026-01-05')[0]!.value, '2026-03')
  assert.deepEqual(rows('Prices rose last December.', '2026-12-20'), [['last December', 12, 'DATE', '2025-12', '2025-12-01', '2025-12-31']])
})

test('a month and day without a year takes the year nearest to publication', () => {
  assert.deepEqual(rows('The blast on December 28 was heard for miles.', '2026-01-05'), [
    ['December 28', 13, 'DATE', '2025-12-28', '2025-12-28', '2025-12-28'],
  ])
  assert.equal(times('A vote is due on Jan. 20.', '2026-01-05')[0]!.value, '2026-01-20')
})

test('numeric dates read day-first unless only month-first is valid; an impossible day falls back to its month', () => {
  assert.deepEqual(
    rows('Filed 03/01/2026, amended 12/25/2026, void 31/02/2026.', '2026-01-05').map((r) => r[3]),
    ['2026-01-03', '2026-12-25'],
  )
  assert.deepEqual(rows('It was signed on 31 February 2026.', '2026-01-05'), [['February 2026', 20, 'DATE', '2026-02', '2026-02-01', '2026-02-28']])
})

test('dates written in digits carry no anchor dependence; relative ones say why they cannot be anchored', () => {
  const found = times('On 2026-01-03 the envoy left, and he returns tomorrow.', null)
  assert.deepEqual(found.map((t) => [t.value, t.from, t.to, t.unresolved]), [
    ['2026-01-03', '2026-01-03', '2026-01-03', undefined],
    ['XXXX-XX-XX', null, null, NO_ANCHOR],
  ])
})

test('a publication datetime anchors on its date part', () => {
  assert.equal(times('The talks ended yesterday.', '2026-01-05T23:30:00Z')[0]!.value, '2026-01-04')
})

test('a clock time alone takes the day the sentence names, else the publication day', () => {
  assert.deepEqual(rows('On Sunday, the quake struck at 04:17 local time.', '2026-01-05').map((r) => [r[0], r[3]]), [
    ['Sunday', '2026-01-04'],
    ['04:17 local time', '2026-01-04T04:17'],
  ])
  assert.deepEqual(rows('Polls close at 8 p.m.', '2026-01-05').map((r) => [r[0], r[3]]), [['8 p.m.', '2026-01-05T20:00']])
  // A clock written before its day stays apart and takes that day; the day stays a DATE.
  assert.deepEqual(rows('The quake struck at 11:12 p.m. on Sunday.', '2026-09-15').map((r) => [r[0], r[2], r[3]]), [
    ['11:12 p.m.', 'TIME', '2026-09-13T23:12'],
    ['Sunday', 'DATE', '2026-09-13'],
  ])
  // A day named in a recent sentence dates a later clock time.
  assert.deepEqual(rows('A quake struck Malatya on Tuesday. It hit at 4:17 a.m. local time.', '2026-02-11').map((r) => [r[0], r[3]]), [
    ['Tuesday', '2026-02-10'],
    ['4:17 a.m. local time', '2026-02-10T04:17'],
  ])
})

test('weeks are ISO weeks, also across a year boundary', () => {
  // 2027-01-01 is a Friday of 2026-W53.
  assert.deepEqual(rows('Trade fell last week.', '2027-01-04'), [['last week', 11, 'DATE', '2026-W53', '2026-12-28', '2027-01-03']])
  assert.deepEqual(rows('Crowds swelled this weekend.', '2026-01-05'), [['this weekend', 15, 'DATE', '2026-W02-WE', '2026-01-10', '2026-01-11']])
})

test('parts of years, periods and decades are honest intervals', () => {
  assert.deepEqual(
    rows('Growth slowed in late 2025, picks up later this year and recalls the early 1990s.', '2026-01-05').map((r) => [r[0], r[3], r[4], r[5]]),
    [
      ['late 2025', '2025', '2025-09-01', '2025-12-31'],
      ['later this year', '2026', '2026-01-05', '2026-12-31'],
      ['early 1990s', '199', '1990-01-01', '1993-12-31'],
    ],
  )
})

test('"a second time" and "some days" are not durations', () => {
  assert.deepEqual(rows('She returns for a second time; some days it was too much.', '2026-01-05'), [])
})

test('durations and sets have TIMEX3 values and no interval', () => {
  assert.deepEqual(
    rows('After a 12-day siege, convoys run every two weeks and meetings happen on Fridays for several months.', '2026-01-05').map((r) => [r[0], r[2], r[3], r[4]]),
    [
      ['12-day', 'DURATION', 'P12D', null],
      ['every two weeks', 'SET', 'P2W', null],
      ['Fridays', 'SET', 'XXXX-WXX-5', null],
      ['several months', 'DURATION', 'PXM', null],
    ],
  )
})

test('the language is detected from the words when the article does not declare it', () => {
  const text = 'El gobierno dijo que la reunión fue el sábado y que los ministros se reunirán de nuevo en los próximos días.'
  assert.deepEqual(rows(text, '2026-01-05', null).map((r) => [r[0], r[3]]), [
    ['sábado', '2026-01-03'],
    ['en los próximos días', 'FUTURE_REF'],
  ])
})

test('every expression span covers exactly its surface text and lies inside the text', () => {
  const text = fixture('en-briefing.txt')
  const doc = createDoc(text, { ...emptyMeta('t'), published: '2026-01-05', language: 'en' }, { sentences: splitSentences(text) })
  for (const t of timesAnnotator.annotate(doc).times) {
    assert.equal(spanText(doc, t).trim(), spanText(doc, t))
    assert.ok(t.start < t.end && t.end <= text.length)
  }
})

test('MEANTIME-driven readings: UTC clocks end in Z, two-digit years with slashes, "recently", counted windows are durations', () => {
  assert.deepEqual(
    rows('Lift-off came at 08:30 UTC on 7/8/07; the now-defunct plan was recently dropped and costs rose over the years.', '2007-07-09').map((r) => [r[0], r[2], r[3], r[4], r[5]]),
    [
      ['08:30 UTC', 'TIME', '2007-07-08T08:30Z', '2007-07-08', '2007-07-08'],
      ['7/8/07', 'DATE', '2007-07-08', '2007-07-08', '2007-07-08'],
      ['recently', 'DATE', 'PAST_REF', '2007-04-09', '2007-07-09'],
      ['the years', 'DURATION', 'PXY', null, null],
    ],
  )
  assert.deepEqual(
    rows('Deliveries run over the next four years, almost two and a half years late; version 1.2.10 ships.', '2026-01-05').map((r) => [r[0], r[2], r[3], r[4], r[5]]),
    [
      ['over the next four years', 'DURATION', 'P4Y', '2026-01-05', '2030-01-05'],
      ['two and a half years', 'DURATION', 'P2.5Y', null, null],
    ],
  )
})

test('the issue\'s expressions in an article of Wednesday 17 December 2025', () => {
  const text = 'Officials said this week that the vote is due by early January. The plan began in 2020, weeks before the strike, as a four-month campaign; talks resume next week.'
  assert.deepEqual(rows(text, '2025-12-17').map((r) => [r[0], r[2], r[3], r[4], r[5]]), [
    ['this week', 'DATE', '2025-W51', '2025-12-15', '2025-12-21'],
    ['early January', 'DATE', '2026-01', '2026-01-01', '2026-01-10'],
    ['2020', 'DATE', '2020', '2020-01-01', '2020-12-31'],
    ['weeks', 'DURATION', 'PXW', null, null],
    ['four-month', 'DURATION', 'P4M', null, null],
    ['next week', 'DATE', '2025-W52', '2025-12-22', '2025-12-28'],
  ])
})

test('without a publication date relative expressions stay unresolved with the reason, and resolve once the date is known', () => {
  const text = 'Forces raided the city on Saturday night and leave next week.'
  const undated = times(text, null)
  assert.deepEqual(undated.map((t) => [t.value, t.from, t.unresolved]), [
    ['XXXX-WXX-6TNI', null, NO_ANCHOR],
    ['FUTURE_REF', null, NO_ANCHOR],
  ])
  // The same article once its date is known (a later version, a feed entry): the stage anchors every expression.
  assert.deepEqual(times(text, '2026-01-05').map((t) => [t.value, t.from, t.to, t.unresolved]), [
    ['2026-01-03TNI', '2026-01-03', '2026-01-03', undefined],
    ['2026-W03', '2026-01-12', '2026-01-18', undefined],
  ])
})

test('quarters are TIMEX3 YYYY-QN (past-tense ones already over) and fiscal years FYYYYY', () => {
  const text = 'Sales rose in the fourth quarter and the firm expects more in the first quarter of 2027. Last quarter was weak, Q3 2025 was strong, the final quarter of 2024 was flat and fiscal 2026 closes soon. Analysts will watch the second quarter, not the Audi Q3.'
  assert.deepEqual(rows(text, '2026-01-20').map((r) => [r[0], r[3], r[4], r[5]]), [
    ['the fourth quarter', '2025-Q4', '2025-10-01', '2025-12-31'],
    ['the first quarter of 2027', '2027-Q1', '2027-01-01', '2027-03-31'],
    ['Last quarter', '2025-Q4', '2025-10-01', '2025-12-31'],
    ['Q3 2025', '2025-Q3', '2025-07-01', '2025-09-30'],
    ['the final quarter of 2024', '2024-Q4', '2024-10-01', '2024-12-31'],
    // Fiscal years end in the year that names them, in a month the text does not say.
    ['fiscal 2026', 'FY2026', '2025-02-01', '2026-12-31'],
    ['the second quarter', '2026-Q2', '2026-04-01', '2026-06-30'],
  ])
  const undated = times('Sales rose in the fourth quarter.', null)
  assert.deepEqual(undated.map((t) => [t.value, t.unresolved]), [['XXXX-Q4', NO_ANCHOR]])
})

test('decades and centuries count years, as MEANTIME writes them; capacities in hours are not times; "a later date" is unnamed', () => {
  const text = 'Over the past decade the label fought a decades-long feud that outlived two centuries of custom; the player stores 75 hours of video and 40 hours of music, and the meeting moved to a later date.'
  assert.deepEqual(rows(text, '2026-01-20').map((r) => [r[0], r[2], r[3], r[4], r[5]]), [
    ['Over the past decade', 'DURATION', 'P10Y', '2016-01-20', '2026-01-20'],
    ['decades-long', 'DURATION', 'PXY', null, null],
    ['two centuries', 'DURATION', 'P200Y', null, null],
    ['a later date', 'DATE', 'XXXX-XX-XX', null, null],
  ])
})

test('a year after the name of a recurring event is its edition, not after a currency code; "15 a year" is a rate', () => {
  const text = 'Keynotes at WWDC 2005 and at the Developers Conference 2010 drew crowds; the fee was USD 2000. The plant builds 15 a year and inspectors call twice a month.'
  assert.deepEqual(rows(text, '2026-01-20').map((r) => [r[0], r[2], r[3]]), [
    ['2005', 'DATE', '2005'],
    ['2010', 'DATE', '2010'],
    ['a year', 'SET', 'P1Y'],
    ['a month', 'SET', 'P1M'],
  ])
})

test('"is set to" points a weekday forward; a plan told in the past ("was set to") points it back', () => {
  // Published Tuesday 6 January 2026.
  assert.deepEqual(rows('The trial is set to begin on Wednesday. The jet was set to land on Monday.', '2026-01-06').map((r) => [r[0], r[3]]), [
    ['Wednesday', '2026-01-07'],
    ['Monday', '2026-01-05'],
  ])
})

test('holidays are their day: fixed ones, Easter by the computus, Thanksgiving the fourth Thursday of November; a season is no day', () => {
  const text = 'Shops opened on Christmas Eve at 20:00 and closed on Christmas Day; the deal was signed before Thanksgiving, and Christmas sales rose. The vote is on Easter Monday 2027, a year after Easter 2026. Crowds gathered on New Year’s Eve.'
  assert.deepEqual(rows(text, '2026-01-20').map((r) => [r[0], r[2], r[3]]), [
    ['Christmas Eve at 20:00', 'TIME', '2025-12-24T20:00'],
    ['Christmas Day', 'DATE', '2025-12-25'],
    ['Thanksgiving', 'DATE', '2025-11-27'],
    ['Easter Monday 2027', 'DATE', '2027-03-29'],
    ['Easter 2026', 'DATE', '2026-04-05'],
    ['New Year’s Eve', 'DATE', '2025-12-31'],
  ])
  assert.deepEqual(times('They met on Christmas Day.', null).map((t) => [t.value, t.unresolved]), [['XXXX-12-25', NO_ANCHOR]])
})
