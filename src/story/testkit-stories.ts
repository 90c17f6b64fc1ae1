/**
 * @module story/testkit-stories — written storylines for the tests of
 * storyline merges (cluster.ts): one story whose first two reports share
 * their content but none of their leading words, so the second cannot find
 * the first and starts its own storyline until a third report links them;
 * and two earthquakes of one week in one country, with an agency report on
 * both, which must stay two storylines.
 */
import { entityId } from '../util/text.js'
import { article } from './testkit.js'
import type { StoryInput } from './types.js'

const SHARED =
  'The crew put forty passengers into lifeboats within three hours, the port master said, and a boom was laid around an oil leak. ' +
  'Coast guard tugs sprayed water on the hull while ambulances waited on the quay.'

/** A ferry fire reported first as "the Tern fire", then as "a blaze on a vessel", then by a report that names both. */
export function ferryFire(): StoryInput[] {
  return [
    article({
      id: 'tern-1',
      outlet: 'Harbor Ledger',
      published: '2026-03-02',
      text:
        'Ferry Tern fire: smoke poured from the Tern, a ferry moored at the north pier of Corvale harbour, on Monday morning. ' +
        'Firefighters said the fire began in the engine room; sirens sounded as firefighters arrived. ' +
        `${SHARED} Smoke and sirens filled the morning.`,
    }),
    article({
      id: 'tern-2',
      outlet: 'Valmora Times',
      published: '2026-03-03',
      text: `Blaze guts passenger vessel. A blaze in the engine room of a vessel at the north pier of Corvale harbour forced a quick evacuation on Monday night. It took hours to bring the blaze under control. ${SHARED}`,
    }),
    article({
      id: 'tern-3',
      outlet: 'Island Post',
      published: '2026-03-04',
      text:
        'The blaze that gutted the ferry Tern started in the engine room, the port master said on Wednesday. ' +
        'The Tern burned for three hours at the north pier of Corvale harbour after the blaze; the vessel will be towed once the oil leak is contained.',
    }),
  ]
}

const TURKIYE = ['PLACE', 'Türkiye', 'Türkiye'] as const
const AFAD = ['ORG', 'AFAD', 'AFAD'] as const
const MALATYA = entityId('PLACE', 'Malatya')
const VAN = entityId('PLACE', 'Van')

/** Quakes in Malatya and Van ten days apart, two reports each, then AFAD on both. */
export function twoQuakes(): StoryInput[] {
  const malatya = [TURKIYE, AFAD, ['PLACE', 'Malatya', 'Malatya'], ['PLACE', 'Doğanşehir', 'Doğanşehir'], ['PERSON', 'Seda Aksoy', 'Seda Aksoy']] as const
  const van = [TURKIYE, AFAD, ['PLACE', 'Van', 'Van'], ['PLACE', 'Erciş', 'Erciş'], ['PERSON', 'Kemal Durak', 'Kemal Durak']] as const
  return [
    article({
      id: 'malatya-1',
      outlet: 'Anatolia Wire',
      published: '2026-02-10',
      text:
        'A magnitude 6.1 earthquake struck Malatya province in eastern Türkiye early on Tuesday, collapsing dozens of buildings in Doğanşehir. ' +
        'AFAD said rescue teams had pulled forty people from the rubble, and Governor Seda Aksoy closed the schools.',
      entities: malatya,
      events: [{ sentence: 'A magnitude 6.1 earthquake struck Malatya province', trigger: 'earthquake', type: 'earthquake', place: MALATYA, from: '2026-02-10' }],
    }),
    article({
      id: 'malatya-2',
      outlet: 'Harbor Ledger',
      published: '2026-02-11',
      text:
        'Rescuers in Doğanşehir dug through a freezing night as AFAD raised the toll of the Malatya earthquake to twenty-three. ' +
        'Governor Seda Aksoy asked families to stay out of cracked buildings in Türkiye.',
      entities: malatya,
    }),
    article({
      id: 'van-1',
      outlet: 'Anatolia Wire',
      published: '2026-02-20',
      text:
        'Fishing boats capsized and old stone houses cracked in Erciş on the shore of Lake Van when a tremor measured at 5.6 rocked the province on Friday. ' +
        'Mayor Kemal Durak said two fishermen were missing; AFAD flew divers in from Erzurum to Türkiye\'s far east.',
      entities: van,
      events: [{ sentence: 'a tremor measured at 5.6 rocked the province', trigger: 'tremor', type: 'earthquake', place: VAN, from: '2026-02-20' }],
    }),
    article({
      id: 'van-2',
      outlet: 'Caribbean Wire',
      published: '2026-02-21',
      text:
        'Divers searched the shore of Lake Van at Erciş for the two missing fishermen, mayor Kemal Durak said, as the boats were hauled ashore. ' +
        'AFAD put up tents in the town for families in Türkiye whose stone houses cracked in the tremor.',
      entities: van,
    }),
    article({
      id: 'afad',
      outlet: 'Anatolia Wire',
      published: '2026-02-22',
      text:
        'AFAD said on Sunday its teams were still working after two earthquakes in eastern Türkiye this month: in Malatya province, where buildings collapsed in Doğanşehir, ' +
        'and in Van province, where stone houses cracked in Erciş. Governor Seda Aksoy and mayor Kemal Durak thanked the rescue teams.',
      entities: [TURKIYE, AFAD, ['PLACE', 'Malatya', 'Malatya'], ['PLACE', 'Doğanşehir', 'Doğanşehir'], ['PERSON', 'Seda Aksoy', 'Seda Aksoy'], ['PLACE', 'Van', 'Van'], ['PLACE', 'Erciş', 'Erciş'], ['PERSON', 'Kemal Durak', 'Kemal Durak']],
      events: [
        { sentence: 'buildings collapsed in Doğanşehir', trigger: 'collapsed', type: 'earthquake', place: MALATYA },
        { sentence: 'stone houses cracked in Erciş', trigger: 'cracked', type: 'earthquake', place: VAN },
      ],
    }),
  ]
}
