/**
 * @module story/entities — a storyline's key entities: every entity its
 * articles mention, with mention and article counts, most salient first.
 * Salience is how many of the storyline's articles mention the entity (a key
 * actor is in most reports), then how often; copies are left out so that
 * syndication does not inflate what the story is about.
 */
import type { EntityType } from '../doc/types.js'
import type { Article } from './articles.js'
import { compareStrings } from './articles.js'
import type { StoryEntity } from './types.js'

interface Tally {
  id: string
  name: string
  type: EntityType
  mentions: number
  articles: number
}

/** The `limit` most salient entities of the given articles (copies already removed by the caller). */
export function storyEntities(articles: readonly Article[], limit: number): StoryEntity[] {
  const tallies = new Map<string, Tally>()
  for (const article of articles) {
    const seen = new Set<string>()
    for (const e of article.doc.layers.entities ?? []) {
      let t = tallies.get(e.id)
      if (!t) {
        t = { id: e.id, name: e.name, type: e.type, mentions: 0, articles: 0 }
        tallies.set(e.id, t)
      }
      t.mentions += e.mentions.length
      if (!seen.has(e.id)) {
        seen.add(e.id)
        t.articles++
      }
    }
  }
  return [...tallies.values()]
    .sort((a, b) => b.articles - a.articles || b.mentions - a.mentions || compareStrings(a.id, b.id))
    .slice(0, limit)
    .map((t) => ({ ...t }))
}
