/**
 * @module eval/extraction/worker
 * Runs one extractor on one page inside a worker thread, so the evaluation can
 * stop a page that takes too long (terminate the thread) without losing the
 * run. Answers every task, failures included, with the same shape.
 */
import { parentPort } from 'node:worker_threads'
import { Readability } from '@mozilla/readability'
import { JSDOM, VirtualConsole } from 'jsdom'
import { extractHtml } from '../../extract/index.js'
import type { ExtractionTask, Extraction } from './extractors.js'

function runOurs(task: ExtractionTask): Extraction {
  const article = extractHtml(task.html, task.source, { fetchedAt: task.fetchedAt, url: task.url })
  const m = article.meta
  return {
    ok: true,
    body: article.text,
    meta: { title: m.title, byline: m.byline, published: m.published, siteName: m.outlet?.name ?? null, lang: m.language },
  }
}

function runReadability(task: ExtractionTask): Extraction {
  // A silent console: page CSS and markup errors are jsdom's noise, not results.
  const dom = new JSDOM(task.html, { url: task.url ?? 'http://fakehost/page.html', virtualConsole: new VirtualConsole() })
  try {
    const parsed = new Readability(dom.window.document).parse()
    if (!parsed) return { ok: false, error: 'Readability found no article' }
    return {
      ok: true,
      body: parsed.textContent ?? '',
      meta: {
        title: parsed.title ?? null,
        byline: parsed.byline ?? null,
        published: parsed.publishedTime ?? null,
        siteName: parsed.siteName ?? null,
        lang: parsed.lang ?? null,
      },
    }
  } finally {
    dom.window.close()
  }
}

parentPort?.on('message', (task: ExtractionTask) => {
  let result: Extraction
  try {
    result = task.tool === 'ours' ? runOurs(task) : runReadability(task)
  } catch (err) {
    result = { ok: false, error: err instanceof Error ? err.message : String(err) }
  }
  parentPort?.postMessage(result)
})
