/**
 * @module eval/bcubed
 * BCubed precision, recall and F1 of a clustering against a gold clustering
 * (Bagga & Baldwin 1998): per item, the share of its predicted cluster that is
 * in its gold cluster (precision) and the share of its gold cluster that is in
 * its predicted cluster (recall), averaged over items.
 */

export interface BCubed {
  readonly precision: number
  readonly recall: number
  readonly f1: number
}

/** `gold` and `predicted` map each item to its cluster label; items missing from `predicted` are singletons. */
export function bcubed(gold: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>): BCubed {
  const goldSize = new Map<string, number>()
  const predSize = new Map<string, number>()
  const both = new Map<string, number>()
  const predOf = (item: string): string => predicted.get(item) ?? `\u0000singleton:${item}`
  for (const [item, g] of gold) {
    const p = predOf(item)
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1)
    predSize.set(p, (predSize.get(p) ?? 0) + 1)
    const key = `${g}\u0000${p}`
    both.set(key, (both.get(key) ?? 0) + 1)
  }
  let precision = 0
  let recall = 0
  for (const [item, g] of gold) {
    const p = predOf(item)
    const shared = both.get(`${g}\u0000${p}`) ?? 0
    precision += shared / (predSize.get(p) ?? 1)
    recall += shared / (goldSize.get(g) ?? 1)
  }
  const n = gold.size || 1
  precision /= n
  recall /= n
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}
