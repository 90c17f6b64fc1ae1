/**
 * @module web/app — the server-rendered web UI: storyline list, storyline,
 * article, entity, article list and search pages. Works without JavaScript;
 * every page is a pure renderer (web/pages/*) fed from the Store.
 */
import { Hono } from 'hono'
import { storylineOf } from '../api/app.js'
import { entityEvents } from '../api/entity-timeline.js'
import { statusFor } from '../api/errors.js'
import { parseEntityType, parseLimit, parseOffset } from '../api/params.js'
import { StorytraceError } from '../errors.js'
import type { Store, StoredArticle } from '../store/types.js'
import { diffParagraphs } from './diff.js'
import { errorPage } from './layout.js'
import { type VersionDiff, renderArticle } from './pages/article.js'
import { renderEntity, renderEntityList } from './pages/entity.js'
import { renderArticleList, renderHome } from './pages/home.js'
import { renderSearch } from './pages/search.js'
import { renderStoryline } from './pages/storyline.js'

/** Search results shown on the search page. */
const SEARCH_PAGE_HITS = 50
/** Entities listed on the entity index. */
const ENTITY_PAGE_SIZE = 200
/** At most this many consecutive-version diffs are computed for one article page. */
const MAX_VERSION_DIFFS = 10

function notFound(what: string, id: string): StorytraceError {
  return new StorytraceError('E_NOT_FOUND', `There is no ${what} with id “${id}”.`, { [what]: id })
}

/** Diffs between consecutive stored versions, newest pairs kept when there are many. */
async function versionDiffs(store: Store, article: StoredArticle, versions: Awaited<ReturnType<Store['articleVersions']>>): Promise<VersionDiff[]> {
  const pairs = versions.slice(-(MAX_VERSION_DIFFS + 1))
  const docs = await Promise.all(pairs.map((v) => (v.id === article.id ? article : store.getArticle(v.id))))
  const diffs: VersionDiff[] = []
  for (let i = 1; i < pairs.length; i++) {
    const before = docs[i - 1]
    const after = docs[i]
    if (before && after) diffs.push({ from: pairs[i - 1]!, to: pairs[i]!, ops: diffParagraphs(before.doc.text, after.doc.text) })
  }
  return diffs
}

export function createWeb(store: Store): Hono {
  const web = new Hono()

  web.get('/', async (c) => c.html(renderHome(await store.listStorylines(), await store.countArticles())))

  web.get('/storylines/:id', async (c) => {
    const id = c.req.param('id')
    const storyline = await store.getStoryline(id)
    if (!storyline) {
      // A storyline merged into an older one lives on under that id: links to the old one follow it.
      const into = await store.storylineMergedInto(id)
      if (into !== null) return c.redirect(`/storylines/${encodeURIComponent(into)}`, 301)
      throw notFound('storyline', id)
    }
    return c.html(renderStoryline(storyline))
  })

  web.get('/articles', async (c) => {
    const limit = parseLimit(c.req.query('limit'))
    const offset = parseOffset(c.req.query('offset'))
    const [articles, total] = await Promise.all([store.listArticles({ limit, offset }), store.countArticles()])
    return c.html(renderArticleList({ articles, offset, limit, total }))
  })

  web.get('/articles/:id', async (c) => {
    const id = c.req.param('id')
    const article = await store.getArticle(id)
    if (!article) throw notFound('article', id)
    const versions = await store.articleVersions(id)
    const self = versions.find((v) => v.id === id)
    const [storyline, diffs] = await Promise.all([storylineOf(store, self?.storyline ?? null), versionDiffs(store, article, versions)])
    return c.html(renderArticle({ article, storyline, versions, diffs }))
  })

  web.get('/entities', async (c) => {
    const type = parseEntityType(c.req.query('type'))
    const entities = await store.listEntities(type ? { limit: ENTITY_PAGE_SIZE, type } : { limit: ENTITY_PAGE_SIZE })
    return c.html(renderEntityList(entities, type))
  })

  web.get('/entities/:id', async (c) => {
    const id = c.req.param('id')
    const entity = await store.getEntity(id)
    if (!entity) throw notFound('entity', id)
    return c.html(renderEntity(entity, (await entityEvents(store, id)) ?? []))
  })

  web.get('/search', async (c) => {
    const q = c.req.query('q')?.trim() ?? ''
    return c.html(renderSearch(q, q ? await store.search(q, { limit: SEARCH_PAGE_HITS }) : []))
  })

  web.onError((err, c) => {
    const status = statusFor(err)
    const message = err instanceof StorytraceError && status !== 500 ? err.message.replace(/^\[[A-Z_]+\] /, '') : 'Something went wrong while building this page.'
    const title = status === 404 ? 'Not found' : status === 400 ? 'Bad request' : 'Error'
    return c.html(errorPage(title, message), status)
  })
  return web
}

/** The HTML 404 page for addresses no route serves. */
export function notFoundPage(path: string): string {
  return errorPage('Not found', `Nothing lives at ${path}.`)
}
