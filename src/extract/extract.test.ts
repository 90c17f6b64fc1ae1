/**
 * Tests of extraction on the project's own fixtures (fixtures/extract) and on
 * inputs built here: HTML pages, encodings, plain text, raw mode, feeds,
 * JSON records and inputs that must fail with a code instead of throwing.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import iconv from 'iconv-lite'
import type { InputFormat, InputItem } from '../ingest/types.js'
import { repoPath } from '../util/paths.js'
import { cleanByline, countWords, nonSpaceLength } from './article.js'
import { extractHtml, extractItem } from './index.js'

const FETCHED_AT = '2026-03-01T00:00:00Z'
const fixture = (name: string): string => repoPath('fixtures', 'extract', name)

function item(source: string, bytes: Uint8Array | string, format: InputFormat | null = null, contentType: string | null = null): InputItem {
  const b = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes
  return { source, bytes: b, format, contentType, fetchedAt: FETCHED_AT }
}
const fileItem = (name: string, format: InputFormat | null = null): InputItem => item(fixture(name), readFileSync(fixture(name)), format)

const PAGE = (body: string, head = ''): string =>
  `<!doctype html><html><head><title>Test page</title>${head}</head><body><article><h1>Test page</h1>${body}</article></body></html>`
const LONG_P = '<p>This paragraph is long enough to count as article text, with a comma, and it keeps going for a while.</p>'

test('HTML page: body leaves out navigation, ads, share bar, comments, cookie banner and the related box', () => {
  const a = extractHtml(readFileSync(fixture('page-nav-ads-related.html'), 'utf8'), 'page.html', { fetchedAt: FETCHED_AT })
  assert.match(a.text, /^Dock workers in the northern harbour/)
  assert.match(a.text, /Backlog will take weeks/)
  assert.match(a.text, /patient while crews catch up\.$/)
  for (const junk of ['Home', 'cookies', 'Advertisement', 'Buy the new phone', 'Share on', 'fortune', 'rights reserved', 'Port workers walk out', 'Related News']) {
    assert.ok(!a.text.includes(junk), `body should not contain "${junk}"`)
  }
  assert.equal(a.paragraphs.length, 5)
  for (const p of a.paragraphs) assert.equal(a.text.slice(p.start, p.end).trim(), a.text.slice(p.start, p.end))
})

test('HTML page: a story in a "rail" wrapper beats a comma-heavy legal notice in the footer', () => {
  const a = extractHtml(readFileSync(fixture('story-in-rail-wrapper.html'), 'utf8'), 'rail.html', { fetchedAt: FETCHED_AT })
  assert.match(a.text, /^Share prices across the region fell/)
  assert.match(a.text, /back on the calendar\.$/)
  assert.ok(!a.text.includes('Quote data is delayed'))
})

test('HTML page: a story split by a promo into two containers of one class is kept whole, without the promo', () => {
  const a = extractHtml(readFileSync(fixture('story-split-by-promo.html'), 'utf8'), 'split.html', { fetchedAt: FETCHED_AT })
  assert.equal(a.paragraphs.length, 6)
  assert.match(a.text, /^Researchers looking inside the airways/)
  assert.match(a.text, /ring without a cause\.$/)
  assert.ok(!a.text.includes('weekly letter'))
})

test('HTML page: photo captions and gallery controls inside the story stay out of the body', () => {
  const gallery =
    '<div class="photo-gallery"><ul><li><img src="a.jpg"><div class="caption-full">The harbour master, left, and the union secretary shake hands at the gate on Wednesday, after the vote.</div></li></ul><span>Back to Gallery</span></div>' +
    '<p class="wp-caption-text">Ships waiting offshore on the ninth day of the strike, seen from the north pier.</p>' +
    '<div class="image top"><img src="b.jpg"><p>In this file photo, dock cranes stand idle at the container terminal, on a grey morning.</p></div>'
  const a = extractHtml(PAGE(LONG_P + gallery + LONG_P.replace('This paragraph', 'A second paragraph')), 'gallery.html', { fetchedAt: FETCHED_AT })
  assert.equal(a.paragraphs.length, 2)
  assert.ok(!/shake hands|Back to Gallery|north pier|cranes stand idle/.test(a.text))
})

test('HTML page: title, byline, outlet, dates, url, language and image come from the page', () => {
  const { meta } = extractHtml(readFileSync(fixture('page-nav-ads-related.html'), 'utf8'), 'page.html', { fetchedAt: FETCHED_AT })
  assert.equal(meta.title, 'Port strike ends after nine days')
  assert.equal(meta.byline, 'Mara Quint')
  assert.deepEqual(meta.outlet, { id: 'outlet:the-harbor-ledger', name: 'The Harbor Ledger' })
  assert.equal(meta.published, '2026-01-14T09:30:00Z')
  assert.equal(meta.modified, '2026-01-14T12:05:00Z')
  assert.equal(meta.url, 'https://harborledger.example/2026/01/14/port-strike-ends')
  assert.equal(meta.language, 'en')
  assert.equal(meta.image, 'https://harborledger.example/img/port.jpg')
})

test('HTML page without a declared image: the first real picture after the headline leads, made absolute', () => {
  const html =
    '<!doctype html><html><head><title>Ferry returns</title><link rel="canonical" href="https://ledger.example/2026/02/01/ferry"></head><body>' +
    '<header><img class="site-logo" src="/logo.png"></header><article><h1>Ferry returns</h1>' +
    '<img src="/pixel.gif" width="1" height="1"><img class="brand-icon" src="/i/star.png">' +
    `<figure><img src="data:image/gif;base64,R0lGOD" data-src="/photos/ferry.jpg"></figure>${LONG_P}</article></body></html>`
  assert.equal(extractHtml(html, 'f.html', { fetchedAt: FETCHED_AT }).meta.image, 'https://ledger.example/photos/ferry.jpg')
})

test('HTML page: related links are kept apart with their dates and absolute URLs', () => {
  const { meta } = extractHtml(readFileSync(fixture('page-nav-ads-related.html'), 'utf8'), 'page.html', { fetchedAt: FETCHED_AT })
  assert.deepEqual(meta.related, [
    { title: 'Port workers walk out over pay', url: 'https://harborledger.example/2026/01/06/port-strike-begins', date: '2026-01-06' },
    { title: 'Ships queue off the coast as strike drags on', url: 'https://harborledger.example/2026/01/10/ships-queue', date: '2026-01-10' },
  ])
})

test('HTML page: a date later than the fetch time is refused, and the URL date is used instead', () => {
  const html = PAGE(LONG_P, '<meta property="article:published_time" content="2027-05-01"><link rel="canonical" href="https://x.example/2026/02/11/story">')
  assert.equal(extractHtml(html, 'p.html', { fetchedAt: FETCHED_AT }).meta.published, '2026-02-11')
})

test('HTML page: JSON-LD gives headline, authors, publisher and dates', () => {
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': [{ '@type': 'NewsArticle', headline: 'Test page', datePublished: '2026-02-02T10:00:00+03:00', author: [{ '@type': 'Person', name: 'Ayşe Demir' }, { name: 'Tom Bell' }], publisher: { '@type': 'Organization', name: 'Anadolu Post' } }],
  })
  const { meta } = extractHtml(PAGE(LONG_P, `<script type="application/ld+json">${ld}</script>`), 'p.html', { fetchedAt: FETCHED_AT })
  assert.equal(meta.byline, 'Ayşe Demir, Tom Bell')
  assert.equal(meta.outlet?.name, 'Anadolu Post')
  assert.equal(meta.published, '2026-02-02T10:00:00+03:00')
})

test('HTML page: the language is detected from the body when the page declares none', () => {
  const es = '<p>El gobierno anunció el lunes que la ley de vivienda entrará en vigor en marzo, y que los alquileres se revisarán cada año.</p><p>La oposición dijo que la medida llega tarde y que no es suficiente para las familias.</p>'
  assert.equal(extractHtml(PAGE(es), 'es.html', { fetchedAt: FETCHED_AT }).meta.language, 'es')
})

test('HTML without any text fails with E_EXTRACT_NO_BODY', () => {
  assert.throws(() => extractHtml('<html><body><nav><a href="/">Home</a></nav></body></html>', 'x.html'), /E_EXTRACT_NO_BODY/)
  const r = extractItem(item('x.html', '<html><body><script>var a = 1</script></body></html>', 'html'))
  assert.equal(r.failures[0]?.error.code, 'E_EXTRACT_NO_BODY')
})

test('truncated, malformed and deeply nested HTML never throws', () => {
  const inputs = [
    '<html><body><div><p>Cut off in the middle of a paragraph that goes on, and on, and on for a while <b>bold',
    '<p>unclosed <div><span></p></div></span> stray </td></tr> <<<>>> &bogus; text here that is long enough, really.',
    '<html><body>' + '<div>'.repeat(5000) + '<p>Deep text that sits under five thousand divs, with a comma.</p>' + '</div>'.repeat(10),
    '<?xml nonsense <html <body',
  ]
  for (const html of inputs) {
    const r = extractItem(item('bad.html', html, 'html'))
    assert.equal(r.articles.length + r.failures.length, 1)
  }
  const deep = extractItem(item('deep.html', inputs[2]!, 'html'))
  assert.match(deep.articles[0]?.text ?? '', /Deep text/)
})

test('a page cut off at any character (inside a tag, an attribute, an entity) gives an article or E_EXTRACT_NO_BODY', () => {
  const html = readFileSync(fixture('page-nav-ads-related.html'), 'utf8')
  for (let cut = 0; cut <= html.length; cut++) {
    try {
      extractHtml(html.slice(0, cut), 'cut.html', { fetchedAt: FETCHED_AT })
    } catch (err) {
      assert.equal((err as { code?: string }).code, 'E_EXTRACT_NO_BODY', `cut at ${cut}: ${String(err)}`)
    }
  }
})

test('windows-1252 page declared as UTF-8 is decoded by detection', () => {
  const html = PAGE('<p>The café owner said the crème brûlée was “sold out” before noon, again, for the third day.</p>', '<meta charset="utf-8">')
  const r = extractItem(item('w.html', iconv.encode(html, 'windows-1252'), 'html'))
  assert.match(r.articles[0]!.text, /café owner said the crème brûlée was “sold out”/)
})

test('ISO-8859-9 page: Turkish letters decode by declaration and by detection', () => {
  const body = '<p>Cumhurbaşkanı Erdoğan, İstanbul’da yaptığı açıklamada ülkenin güneyindeki şehirler için yeni bir yardım paketi duyurdu.</p>'
  const declared = iconv.encode(PAGE(body, '<meta charset="iso-8859-9">'), 'iso-8859-9')
  assert.match(extractItem(item('tr.html', declared, 'html')).articles[0]!.text, /Cumhurbaşkanı Erdoğan, İstanbul/)
  const undeclared = iconv.encode(PAGE(body), 'iso-8859-9')
  assert.match(extractItem(item('tr2.html', undeclared, 'html')).articles[0]!.text, /Cumhurbaşkanı Erdoğan, İstanbul/)
})

test('a wrong single-byte declaration is overridden: UTF-8 bytes stay UTF-8, Turkish bytes read as windows-1254', () => {
  const body = '<p>The café owner said the crème brûlée was “sold out” before noon, again, for the third day.</p>'
  const utf8 = new TextEncoder().encode(PAGE(body, '<meta charset="windows-1252">'))
  assert.match(extractItem(item('u.html', utf8, 'html')).articles[0]!.text, /café owner said the crème brûlée was “sold out”/)
  const tr = '<p>Cumhurbaşkanı Erdoğan, İstanbul’da yaptığı açıklamada ülkenin güneyindeki şehirler için yeni bir yardım paketi duyurdu.</p>'
  const latinDeclared = iconv.encode(PAGE(tr, '<meta charset="iso-8859-1">'), 'windows-1254')
  assert.match(extractItem(item('tr.html', latinDeclared, 'html')).articles[0]!.text, /Cumhurbaşkanı Erdoğan, İstanbul/)
})

test('a page saved as UTF-8 under its old gb2312 declaration reads as UTF-8; real GBK bytes keep the declaration', () => {
  const body = '<p>市议会周二晚上通过了新的预算，其中包括为公共汽车、公园和图书馆增加的资金，投票结果为七比二。</p>'
  const page = PAGE(body, '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
  assert.match(extractItem(item('saved.html', new TextEncoder().encode(page), 'html')).articles[0]!.text, /^市议会周二晚上通过了新的预算/)
  assert.match(extractItem(item('gbk.html', iconv.encode(page, 'gbk'), 'html')).articles[0]!.text, /^市议会周二晚上通过了新的预算/)
})

test('a UTF-8 byte-order mark wins over a contrary <meta charset>', () => {
  const page = PAGE('<p>Señor Núñez said the año had been hard, and that the town needed help this winter.</p>', '<meta charset="windows-1252">')
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(page)])
  assert.match(extractItem(item('bom.html', bytes, 'html')).articles[0]!.text, /^Señor Núñez said the año/)
})

test('a UTF-8 BOM is dropped and the charset of the content type is honoured', () => {
  const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Título\n\nEl texto del artículo, con acentos, sigue aquí.')])
  const r = extractItem(item('bom.txt', bom, 'text'))
  assert.equal(r.articles[0]!.meta.title, 'Título')
  const latin = iconv.encode(PAGE('<p>Señor Núñez said the año had been hard, and that the town needed help.</p>'), 'latin1')
  assert.match(extractItem({ ...item('l.html', latin, 'html'), contentType: 'text/html; charset=ISO-8859-1' }).articles[0]!.text, /Señor Núñez/)
})

test('plain text, day-first: header gives byline, outlet and date; the footer is related, not body', () => {
  const [a] = extractItem(fileItem('text-day-first.txt', 'text')).articles
  assert.ok(a)
  assert.equal(a.meta.title, 'Ferry service resumes across the strait')
  assert.equal(a.meta.byline, 'Ines Calder, Tomas Reyes')
  assert.equal(a.meta.outlet?.name, 'Strait Courier')
  assert.equal(a.meta.published, '2026-02-03T14:20:00')
  assert.equal(a.paragraphs.length, 2)
  assert.ok(!a.text.includes('Related') && !a.text.includes('Storm closes'))
  assert.deepEqual(a.meta.related, [
    { title: 'Storm closes both ferry terminals', url: null, date: '2026-01-27' },
    { title: 'Drivers wait in their cabs at the port', url: null, date: '2026-02-01' },
  ])
})

test('plain text, month-first: numeric footer dates follow the article date line', () => {
  const [a] = extractItem(fileItem('text-month-first.txt', 'text')).articles
  assert.ok(a)
  assert.equal(a.meta.published, '2026-01-09')
  assert.equal(a.meta.byline, 'Dana Whitfield')
  assert.equal(a.meta.outlet?.name, 'The Lakeside Tribune')
  assert.deepEqual(a.meta.related.map((r) => [r.title, r.date]), [
    ['Tram plan faces first vote', '2026-01-02'],
    ['Residents split over tram route', '2025-12-20'],
  ])
})

test('raw mode: the text is the file verbatim and paragraph offsets index it', () => {
  const raw = 'Headline-like first line\nPublished 3 January 2026\n\n  Second block, indented.\n\n\nRelated News\nNot a footer here (04/02/2026)\n'
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(raw)])
  const [a] = extractItem(item('raw.txt', bytes, 'text'), { raw: true, published: '2026-01-05' }).articles
  assert.ok(a)
  assert.equal(a.text, raw)
  assert.equal(a.meta.title, null)
  assert.equal(a.meta.published, '2026-01-05')
  assert.deepEqual(a.meta.related, [])
  assert.deepEqual(a.paragraphs.map((p) => raw.slice(p.start, p.end)), [
    'Headline-like first line\nPublished 3 January 2026',
    'Second block, indented.',
    'Related News\nNot a footer here (04/02/2026)',
  ])
})

test('the published option fills in a date only when the input has none', () => {
  const noDate = 'A title\nThe Outlet\n\nBody text of the article goes here, with enough words.'
  assert.equal(extractItem(item('n.txt', noDate, 'text'), { published: '2026-01-05' }).articles[0]!.meta.published, '2026-01-05')
  const [dated] = extractItem(fileItem('text-month-first.txt', 'text'), { published: '2026-01-05' }).articles
  assert.equal(dated!.meta.published, '2026-01-09')
})

test('RSS: one article per item with full content preferred, item sources numbered, empty item fails alone', () => {
  const r = extractItem(fileItem('feed.rss', 'feed'))
  assert.equal(r.articles.length, 2)
  const [a, b] = r.articles
  assert.equal(a!.meta.source, `${fixture('feed.rss')}#item-1`)
  assert.equal(a!.meta.title, 'Reservoir levels rise after week of rain')
  assert.equal(a!.meta.byline, 'Priya Holm')
  assert.equal(a!.meta.outlet?.name, 'Valley Gazette')
  assert.equal(a!.meta.published, '2026-02-07T08:15:00Z')
  assert.equal(a!.meta.language, 'en')
  assert.equal(a!.paragraphs.length, 2)
  assert.ok(!a!.text.includes('teaser'))
  assert.equal(b!.meta.byline, 'Leo Brandt')
  assert.match(b!.text, /^The town library reopened/)
  assert.equal(r.failures.length, 1)
  assert.equal(r.failures[0]!.source, `${fixture('feed.rss')}#item-3`)
  assert.equal(r.failures[0]!.error.code, 'E_EXTRACT_NO_BODY')
})

test('Atom: xhtml content, author, dates and feed language', () => {
  const r = extractItem(fileItem('feed.atom', 'feed'))
  const [a] = r.articles
  assert.ok(a)
  assert.equal(a.meta.title, 'El puerto recupera la actividad tras la huelga')
  assert.equal(a.meta.url, 'https://diariodelpuerto.example/2026/01/15/puerto')
  assert.equal(a.meta.byline, 'Lucía Ferrer')
  assert.equal(a.meta.published, '2026-01-15T07:00:00+01:00')
  assert.equal(a.meta.modified, '2026-01-15T09:30:00+01:00')
  assert.equal(a.meta.language, 'es')
  assert.equal(a.paragraphs.length, 2)
})

test('a .xml file is sniffed as a feed', () => {
  const r = extractItem(item('news.xml', readFileSync(fixture('feed.atom')), null))
  assert.equal(r.articles[0]?.method, 'feed.atom')
})

test('JSON Feed: items become articles, an item without content fails alone', () => {
  const r = extractItem(fileItem('feed.json', 'json'))
  assert.equal(r.articles.length, 1)
  const [a] = r.articles
  assert.equal(a!.meta.source, `${fixture('feed.json')}#item-1`)
  assert.equal(a!.meta.outlet?.name, 'Northern Wire')
  assert.equal(a!.meta.byline, 'Sam Okafor')
  assert.equal(a!.paragraphs.length, 2)
  assert.equal(r.failures[0]?.source, `${fixture('feed.json')}#item-2`)
})

test('JSONL: records with documented fields, bad lines fail alone with their line number', () => {
  const r = extractItem(fileItem('records.jsonl', 'jsonl'))
  assert.equal(r.articles.length, 1)
  const [a] = r.articles
  assert.equal(a!.meta.source, `${fixture('records.jsonl')}#line-1`)
  assert.equal(a!.meta.outlet?.name, 'Coast Post')
  assert.equal(a!.meta.byline, 'Eva Lind, Omar Haddad')
  assert.equal(a!.meta.published, '2026-02-13')
  assert.equal(a!.paragraphs.length, 2)
  assert.deepEqual(r.failures.map((f) => [f.source.replace(/^.*#/, ''), f.error.code]), [
    ['line-3', 'E_INPUT_FORMAT'],
    ['line-4', 'E_EXTRACT_NO_BODY'],
  ])
})

test('JSON array: records are numbered from 1; HTML bodies are reduced to paragraphs', () => {
  const json = JSON.stringify([
    { title: 'One', body: '<p>First record body, long enough to keep.</p><p>Second paragraph.</p>', outlet: { name: 'Wire One' }, published: '2026-01-02' },
    { title: 'Two', text: 'Plain body.' },
  ])
  const r = extractItem(item('a.json', json, 'json'))
  assert.deepEqual(r.articles.map((a) => a.meta.source), ['a.json#1', 'a.json#2'])
  assert.equal(r.articles[0]!.text, 'First record body, long enough to keep.\n\nSecond paragraph.')
  assert.equal(r.articles[0]!.meta.outlet?.name, 'Wire One')
})

test('binary junk, empty and whitespace-only inputs fail with their codes', () => {
  const junk = new Uint8Array(4096).map((_, i) => (i * 7919) % 256)
  assert.equal(extractItem(item('junk.html', junk, 'html')).failures[0]?.error.code, 'E_INPUT_BINARY')
  assert.equal(extractItem(item('e.txt', new Uint8Array(0), 'text')).failures[0]?.error.code, 'E_INPUT_EMPTY')
  assert.equal(extractItem(item('w.txt', ' \n\t\n', 'text')).failures[0]?.error.code, 'E_INPUT_EMPTY')
  assert.equal(extractItem(item('bad.json', '{"title": ', 'json')).failures[0]?.error.code, 'E_INPUT_FORMAT')
})

test('HTML page: a byline with a date keeps only the name, a kicker stays out, and the masthead names the outlet', () => {
  const html = `<html><body><div class="masthead"><a class="logo" href="/">Fjord Times</a></div><article><p class="kicker">Economy</p><h1>Test page</h1>
    <div class="story-byline">By Nils Berg | 6 December 2025</div>${LONG_P}${LONG_P.replace('This', 'That')}</article></body></html>`
  const a = extractHtml(html, 'https://fjordtimes.example/a', { fetchedAt: FETCHED_AT })
  assert.equal(a.meta.byline, 'Nils Berg')
  assert.equal(a.meta.outlet?.name, 'Fjord Times')
  assert.match(a.text, /^This paragraph/)
})

test('bylines keep names only: dates, job titles, handles, widget words and phrases are cut off or dropped', () => {
  assert.equal(cleanByline('Dana Quill - Apr 16, 2025 8:02 pm UTC'), 'Dana Quill')
  assert.equal(cleanByline(['Lena Ortiz', 'Lena Ortiz Contributing Correspondent']), 'Lena Ortiz')
  assert.equal(cleanByline('Sports Editor, Omar Vance Sports Editor'), 'Omar Vance')
  assert.equal(cleanByline('on Riverside, Lena OrtizProfileFollowUnfollow'), 'Lena Ortiz')
  assert.equal(cleanByline('Email lena@news.example // Twitter @lena'), null)
  assert.equal(cleanByline('Por Ana de la Cruz y Tom Bell'), 'Ana de la Cruz, Tom Bell')
  assert.equal(cleanByline(['Ayşe Demir', 'Photo: Kim Lo/Reuters']), 'Ayşe Demir')
})

test('a page whose body is a fragment of a few words is reported, not stored', () => {
  const r = extractItem(item('corrupt.html', '<html><body><div><p>Half a tag <a hr', 'html'))
  assert.equal(r.articles.length, 0)
  assert.equal(r.failures[0]?.error.code, 'E_EXTRACT_NO_BODY')
  assert.match(r.failures[0]!.error.message, /only 3 words/)
})

test('word and letter counts treat exactly the characters regex \\s matches as space', () => {
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c)
    const s = `a${ch}b`
    assert.equal(countWords(s), s.split(/\s+/).filter(Boolean).length, `U+${c.toString(16)}`)
    assert.equal(nonSpaceLength(s), s.replace(/\s+/g, '').length, `U+${c.toString(16)}`)
  }
  assert.equal(countWords('  one\u00a0two\n\nthree  '), 3)
})
