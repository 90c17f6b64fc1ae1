/**
 * @module web/timeline-view — the visual timeline of a storyline or an
 * entity: an inline SVG with one row per event on an axis of event time (not
 * publication time), each event's interval drawn as a bar so an uncertain
 * date ("late December", "next week") shows as a long bar and a known day as
 * a short one; expected, speculative and negated events are drawn hollow.
 * Below it, the same events as a list with every report behind each one,
 * linked to its sentence. Server-rendered, no script: bars are links and
 * carry a <title> for the tooltip.
 */
import { dayOf, isoDate, parseIsoDay, toYMD, type Day } from '../nlp/times/calendar.js'
import { splitTimeline } from '../story/timeline-core.js'
import type { Evidence, Storyline, TimelineEntry } from '../story/types.js'
import { articleHref, formatDate, formatInterval, plural, storylineHref } from './format.js'
import { type SafeHtml, html } from './html.js'

/** An entry, and on an entity's timeline the storyline it comes from. */
export interface TimelineViewEntry extends TimelineEntry {
  readonly storyline?: { readonly id: string; readonly title: string }
}

export interface TimelineViewOptions {
  /** Names for report links ("Caribbean Wire"), by article id; reports are numbered without it. */
  readonly articleLabels?: ReadonlyMap<string, string>
}

/** SVG geometry in user units (the SVG scales to the page width). */
const WIDTH = 1000
const LABEL = 170
const ROW = 20
const AXIS = 28
const MIN_BAR = 6

interface Placed {
  readonly entry: TimelineViewEntry
  readonly from: Day
  readonly to: Day
}

/** "Caribbean Wire, 19 Dec 2025" for each article of the storyline. */
export function reportLabels(s: Storyline): Map<string, string> {
  return new Map(s.articles.map((a) => [a.id, `${a.outlet?.name ?? 'unknown outlet'}, ${formatDate(a.published)}`]))
}

function placed(entries: readonly TimelineViewEntry[]): Placed[] {
  const out: Placed[] = []
  for (const entry of entries) {
    const from = entry.from ? parseIsoDay(entry.from) : null
    const to = entry.to ? parseIsoDay(entry.to) : from
    if (from !== null && to !== null) out.push({ entry, from, to: Math.max(from, to) })
  }
  return out.sort((a, b) => a.from - b.from || a.to - b.to)
}

const tentative = (e: TimelineEntry): boolean => e.modality !== 'asserted'
const typeLabel = (e: TimelineEntry): string => e.type.replace(/[-_]/g, ' ')

/** Axis ticks: weeks for a span of two months or less, months up to three years, years beyond. */
function ticks(start: Day, end: Day): { day: Day; label: string }[] {
  const span = end - start
  const out: { day: Day; label: string }[] = []
  if (span <= 62) {
    for (let d = start; d <= end; d += 7) out.push({ day: d, label: formatDate(isoDate(d)).replace(/ \d{4}$/, '') })
    return out
  }
  const a = toYMD(start)
  const step = span <= 3 * 366 ? 1 : 12
  let y = a.y
  let m = step === 1 ? a.m : 1
  for (let d = dayOf(y, m, 1); d <= end; d = dayOf(y, m, 1)) {
    if (d >= start) out.push({ day: d, label: step === 1 ? formatDate(isoDate(d)).replace(/^\d+ /, '') : String(y) })
    m += step
    while (m > 12) {
      m -= 12
      y++
    }
  }
  return out
}

function axisSvg(rows: readonly Placed[]): SafeHtml {
  const start = Math.min(...rows.map((r) => r.from))
  // One day past the last end, so a single day still has a width.
  const end = Math.max(...rows.map((r) => r.to)) + 1
  const scale = (WIDTH - LABEL - 10) / Math.max(end - start, 1)
  const x = (d: Day): number => LABEL + (d - start) * scale
  const height = AXIS + rows.length * ROW + 6
  const grid = ticks(start, end).map(
    (t) => html`<line class="tl-grid" x1="${x(t.day).toFixed(1)}" x2="${x(t.day).toFixed(1)}" y1="${AXIS - 6}" y2="${height}"/><text class="tl-tick" x="${x(t.day).toFixed(1)}" y="${AXIS - 10}">${t.label}</text>`,
  )
  const bars = rows.map((r, i) => {
    const y = AXIS + i * ROW
    const x0 = x(r.from)
    const w = Math.max((r.to + 1 - r.from) * scale, MIN_BAR)
    const first = r.entry.evidence[0]
    const tip = `${typeLabel(r.entry)}: ${formatInterval(r.entry.from, r.entry.to)}, ${plural(r.entry.articles.length, 'report')}${tentative(r.entry) ? ` (${r.entry.modality})` : ''}`
    const bar = html`<rect class="tl-bar${tentative(r.entry) ? ' tl-tentative' : ''}" x="${x0.toFixed(1)}" y="${y + 4}" width="${w.toFixed(1)}" height="${ROW - 8}" rx="3"><title>${tip}</title></rect>`
    return html`<text class="tl-label" x="${LABEL - 8}" y="${y + ROW / 2 + 4}">${typeLabel(r.entry)}</text>${
      first ? html`<a href="${articleHref(first.article, first.start)}">${bar}</a>` : bar
    }`
  })
  return html`<svg class="tl-axis" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="Events on a time axis; bar length is the uncertainty of each date">${grid}${bars}</svg>`
}

/**
 * One link per reporting article, to its first sentence on the event; an
 * article that tells the event in several sentences gets small numbered links
 * to the others, so the list stays as long as the report count while every
 * sentence stays one click away.
 */
function reports(e: TimelineViewEntry, labels: ReadonlyMap<string, string> | undefined): SafeHtml {
  const byArticle = new Map<string, Evidence[]>()
  for (const ev of e.evidence) byArticle.set(ev.article, [...(byArticle.get(ev.article) ?? []), ev])
  return html`<ul class="tl-reports">${[...byArticle.values()].map((evs, i) => {
    const [first, ...more] = evs as [Evidence, ...Evidence[]]
    const label = labels?.get(first.article) ?? `report ${i + 1}`
    return html`<li><a href="${articleHref(first.article, first.start)}">${label}</a>${more.map(
      (ev, j) => html` <a class="tl-more-sentence" href="${articleHref(ev.article, ev.start)}" title="${label}, sentence ${j + 2} on this event">${j + 2}</a>`,
    )}</li>`
  })}</ul>`
}

function item(e: TimelineViewEntry, labels: ReadonlyMap<string, string> | undefined): SafeHtml {
  return html`<li class="${tentative(e) ? 'tentative' : ''}"><div class="date">${formatInterval(e.from, e.to)}</div><div class="rail"></div>
<div class="what"><span class="type">${typeLabel(e)}</span>${tentative(e) ? html`<span class="badge">${e.modality}</span> ` : null}
<span class="muted small">${plural(e.articles.length, 'report')}</span>${
    e.storyline ? html` <span class="muted small">in <a href="${storylineHref(e.storyline.id)}">${e.storyline.title}</a></span>` : null
  }
<div>${e.evidence[0] ? html`<a href="${articleHref(e.evidence[0].article, e.evidence[0].start)}">${e.text}</a>` : e.text}</div>
${reports(e, labels)}</div></li>`
}

/**
 * A storyline's or an entity's timeline: the events that carry their stories on the axis and in
 * the list, the others (undated single reports, speculation, background,
 * other countries' affairs) folded below as "N more events".
 */
export function storyTimelineView(entries: readonly TimelineViewEntry[], options: TimelineViewOptions = {}): SafeHtml {
  const { core, more } = splitTimeline(entries)
  if (more.length === 0) return timelineView(core, options)
  return html`${core.length ? timelineView(core, options) : null}
<details class="tl-more"><summary>${plural(more.length, 'more event')}: undated single reports, speculation, background and side events</summary>
${timelineView(more, options)}</details>`
}

/** The axis (when any event is dated) and the list: dated events by event time, undated ones last. */
export function timelineView(entries: readonly TimelineViewEntry[], options: TimelineViewOptions = {}): SafeHtml {
  if (entries.length === 0) return html`<p class="empty">No events found in these articles.</p>`
  const dated = placed(entries)
  const onAxis = new Set(dated.map((p) => p.entry))
  const undated = entries.filter((e) => !onAxis.has(e))
  return html`${dated.length ? html`<div class="scroll">${axisSvg(dated)}</div>` : null}
<ol class="timeline">${dated.map((p) => item(p.entry, options.articleLabels))}${undated.map((e) => item(e, options.articleLabels))}</ol>`
}
