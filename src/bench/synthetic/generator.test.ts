import assert from 'node:assert/strict'
import { test } from 'node:test'
import { SyntheticNews } from './generator.js'

const sample = (seed: number) => [...new SyntheticNews({ seed }).articles(400)]

test('the same seed gives the same articles, another seed other ones', () => {
  assert.deepEqual(sample(5), sample(5))
  assert.notDeepEqual(sample(5)[0]!.input.doc.text, sample(6)[0]!.input.doc.text)
})

test('articles come in publication order, each copy repeats an earlier body of its own storyline', () => {
  const articles = sample(5)
  const published = articles.map((a) => a.input.doc.meta.published!)
  assert.deepEqual(published, [...published].sort())
  const byId = new Map(articles.map((a) => [a.input.id, a]))
  const copies = articles.filter((a) => a.copyOf !== null)
  assert.ok(copies.length > 0)
  for (const c of copies) {
    const original = byId.get(c.copyOf!)!
    assert.equal(original.storyline, c.storyline)
    assert.ok(c.input.doc.text.startsWith(original.input.doc.text))
  }
})

test('entity mentions point at the names they stand for', () => {
  for (const a of sample(5).slice(0, 50)) {
    for (const e of a.input.doc.layers.entities ?? []) {
      for (const m of e.mentions) assert.equal(a.input.doc.text.slice(m.start, m.end), e.name)
    }
  }
})
