import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { EntityType } from '../../doc/types.js'
import { entityId } from '../../util/text.js'
import { mergeIdentities, type IdentityRef } from './merge.js'

const ref = (type: EntityType, name: string, known = false): IdentityRef => ({ id: entityId(type, name), name, type, known })

test('a lone surname from one article joins the one full name another article gives', () => {
  const merged = mergeIdentities([ref('PERSON', 'Alvarez'), ref('PERSON', 'Carlos Álvarez'), ref('PLACE', 'Turkey', true)])
  assert.deepEqual([...merged], [['person:alvarez', 'person:carlos-alvarez']])
})

test('two full names sharing the surname leave the lone surname alone', () => {
  const merged = mergeIdentities([ref('PERSON', 'Alvarez'), ref('PERSON', 'Carlos Alvarez'), ref('PERSON', 'Lucía Alvarez')])
  assert.equal(merged.size, 0)
})

test('an untyped name joins the same name typed elsewhere, and an acronym the one organisation it abbreviates', () => {
  const merged = mergeIdentities([
    ref('OTHER', 'Zentrix'),
    ref('ORG', 'Zentrix'),
    ref('OTHER', 'CFA'),
    ref('ORG', 'Coastal Fisheries Authority'),
  ])
  assert.deepEqual(Object.fromEntries(merged), { 'other:zentrix': 'org:zentrix', 'other:cfa': 'org:coastal-fisheries-authority' })
})

test('known identities are never merged away', () => {
  assert.equal(mergeIdentities([ref('PERSON', 'Maduro', true), ref('PERSON', 'Nicolás Maduro')]).size, 0)
})
