/**
 * @module engine/rebuild-storylines
 * Recomputes the story graph from every current article and saves it. The
 * story stage is a pure function of the article set, so the result does not
 * depend on the order articles arrived in (concepts.md: "re-ingesting in
 * another order gives the same final state").
 */
import type { Store } from '../store/types.js'
import { computeStoryGraph } from '../story/index.js'
import type { StoryGraph, StoryInput } from '../story/types.js'

export async function rebuildStorylines(store: Store): Promise<StoryGraph> {
  const inputs: StoryInput[] = []
  for await (const a of store.currentArticles()) inputs.push({ id: a.id, doc: a.doc })
  const graph = computeStoryGraph(inputs)
  await store.saveStoryGraph(graph)
  return graph
}
