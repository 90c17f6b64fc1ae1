/**
 * @module api/app — the REST API under /api: health, storylines, articles,
 * search, entities and the storyline export. Read-only; every error leaves as
 * `{error: {code, message}}` with the status from api/errors.ts.
 */
import { Hono } from 'hono'
import { toArticleJson } from '../doc/json.js'
import { StorytraceError } from '../errors.js'
import type { Store, StorylineSummary } from '../store/types.js'
import { errorBody, statusFor } from './errors.js'
import { entityEvents } from './entity-timeline.js'
import { buildExport } from './export.js'
import { parseEntityType, parseLimit, parseOffset, parseQuery } from './params.js'

/** Search hits returned when the client gives no limit. */
const DEFAULT_SEARCH_LIMIT = 20

function notFound(what: string, id: string): StorytraceError {
  return new StorytraceError('E_NOT_FOUND', `no ${what} with id "${id}"`, { [what]: id })
}

/** The storyline summary an article belongs to, or null. */
export async function storylineOf(store: Store, storylineId: string | null): Promise<StorylineSummary | null> {
  if (!storylineId) return null
  return (await store.listStorylines()).find((s) => s.id === storylineId) ?? null
}

export function createApi(store: Store): Hono {
  const api = new Hono().basePath('/api')

  api.get('/health', async (c) => c.json({ ok: true, store: store.kind, articles: await store.countArticles() }))

  api.get('/storylines', async (c) => c.json(await store.listStorylines()))

  api.get('/storylines/:id', async (c) => {
    const id = c.req.param('id')
    const storyline = await store.getStoryline(id)
    if (!storyline) {
      // A storyline merged into an older one lives on under that id: links to the old one follow it.
      const into = await store.storylineMergedInto(id)
      if (into !== null) return c.redirect(`/api/storylines/${encodeURIComponent(into)}`, 301)
      throw notFound('storyline', id)
    }
    return c.json(storyline)
  })

  api.get('/articles', async (c) => {
    const limit = parseLimit(c.req.query('limit'))
    const offset = parseOffset(c.req.query('offset'))
    return c.json(await store.listArticles({ limit, offset }))
  })

  api.get('/articles/:id', async (c) => {
    const id = c.req.param('id')
    const article = await store.getArticle(id)
    if (!article) throw notFound('article', id)
    const versions = await store.articleVersions(id)
    const self = versions.find((v) => v.id === id)
    return c.json({ ...toArticleJson(article.doc, { id }), versionOf: article.versionOf, versions, storyline: await storylineOf(store, self?.storyline ?? null) })
  })

  api.get('/search', async (c) => {
    const q = parseQuery(c.req.query('q'))
    const limit = parseLimit(c.req.query('limit'), DEFAULT_SEARCH_LIMIT)
    return c.json(await store.search(q, { limit }))
  })

  api.get('/entities', async (c) => {
    const type = parseEntityType(c.req.query('type'))
    const limit = parseLimit(c.req.query('limit'))
    return c.json(await store.listEntities(type ? { limit, type } : { limit }))
  })

  api.get('/entities/:id', async (c) => {
    const id = c.req.param('id')
    const entity = await store.getEntity(id)
    if (!entity) throw notFound('entity', id)
    return c.json(entity)
  })

  api.get('/entities/:id/timeline', async (c) => {
    const id = c.req.param('id')
    const timeline = await entityEvents(store, id)
    if (!timeline) throw notFound('entity', id)
    return c.json(timeline)
  })

  api.get('/export', async (c) => c.json(await buildExport(store)))

  api.notFound((c) =>
    c.json(errorBody(new StorytraceError('E_NOT_FOUND', `no route ${c.req.method} ${c.req.path}`, { path: c.req.path })), 404),
  )
  api.onError((err, c) => c.json(errorBody(err), statusFor(err)))
  return api
}
