/**
 * @module nlp/quotes/deed-cues — deeds that attribute a position to their
 * doer: putting something forward ("unveiled a plan", "touted his record"),
 * judging someone in public ("lauded the mayor", "grilled the chief
 * executive", "railed against the deal"), deciding ("vetoed the bill",
 * "voted against the rule") and documenting ("the film chronicles …").
 * Political news reports stances through such deeds as often as through
 * "said", and attribution corpora count them (PolNeAR: "unleashed a flurry of
 * tweets", "took aim at"). Their object is what the doer holds or shows, not
 * a proposition the doer asserts, so each is a stance: the claims stage
 * relays no claim for it.
 */
import type { AttributionAct } from '../../doc/types.js'

/** [lemma, forms (present and past), present participle(s), act], as the attitude rows of cues.ts. */
export type DeedRow = readonly [string, string, string, AttributionAct]

export const DEED_ROWS: readonly DeedRow[] = [
  // Putting forward what one holds or proposes.
  ['unveil', 'unveil unveils unveiled', 'unveiling', 'stance'],
  ['outline', 'outline outlines outlined', 'outlining', 'stance'],
  ['lay out', 'lay lays laid', 'laying', 'stance'],
  ['detail', 'details detailed', 'detailing', 'stance'],
  ['tout', 'tout touts touted', 'touting', 'stance'],
  ['highlight', 'highlights highlighted', 'highlighting', 'stance'],
  ['underscore', 'underscores underscored', 'underscoring', 'stance'],
  ['reference', 'references referenced', 'referencing', 'stance'],
  ['invoke', 'invoke invokes invoked', 'invoking', 'stance'],
  ['echo', 'echoes echoed', 'echoing', 'stance'],
  ['recite', 'recites recited', 'reciting', 'stance'],
  ['proclaim', 'proclaims proclaimed', 'proclaiming', 'stance'],
  ['express', 'expresses expressed', 'expressing', 'stance'],
  ['voice', 'voices voiced', 'voicing', 'stance'],
  ['discuss', 'discusses discussed', 'discussing', 'stance'],
  ['talk about', 'talk talks talked', 'talking', 'stance'],
  ['speak about', 'speak speaks spoke spoken', 'speaking', 'stance'],
  ['speak of', 'speak speaks spoke spoken', 'speaking', 'stance'],
  ['speak against', 'speak speaks spoke spoken', 'speaking', 'stance'],
  ['warn against', 'warn warns warned', 'warning', 'stance'],
  ['warn of', 'warn warns warned', 'warning', 'stance'],
  ['extol', 'extol extols extolled', 'extolling', 'stance'],
  ['unleash', 'unleashes unleashed', 'unleashing', 'stance'],
  ['retweet', 'retweets retweeted', 'retweeting', 'stance'],
  ['seize on', 'seize seizes seized', 'seizing', 'stance'],
  // Judging someone or something in public.
  ['laud', 'lauds lauded', 'lauding', 'stance'],
  ['exhort', 'exhorts exhorted', 'exhorting', 'stance'],
  ['hail', 'hails hailed', 'hailing', 'stance'],
  ['thank', 'thanks thanked', 'thanking', 'stance'],
  ['commend', 'commends commended', 'commending', 'stance'],
  ['scold', 'scolds scolded', 'scolding', 'stance'],
  ['grill', 'grills grilled', 'grilling', 'stance'],
  ['rebuke', 'rebukes rebuked', 'rebuking', 'stance'],
  ['chide', 'chides chided', 'chiding', 'stance'],
  ['lambaste', 'lambastes lambasted', 'lambasting', 'stance'],
  ['berate', 'berates berated', 'berating', 'stance'],
  ['deride', 'derides derided', 'deriding', 'stance'],
  ['ridicule', 'ridicules ridiculed', 'ridiculing', 'stance'],
  ['disparage', 'disparages disparaged', 'disparaging', 'stance'],
  ['belittle', 'belittles belittled', 'belittling', 'stance'],
  ['downplay', 'downplays downplayed', 'downplaying', 'stance'],
  ['rail against', 'rail rails railed', 'railing', 'stance'],
  ['lash out', 'lash lashes lashed', 'lashing', 'stance'],
  ['hit out', 'hit hits', 'hitting', 'stance'],
  // Deciding for or against something: votes, vetoes, rulings.
  ['approve', 'approve approves approved', 'approving', 'stance'],
  ['veto', 'vetoes vetoed', 'vetoing', 'stance'],
  ['repeal', 'repeals repealed', 'repealing', 'stance'],
  ['overturn', 'overturns overturned', 'overturning', 'stance'],
  ['overrule', 'overrules overruled', 'overruling', 'stance'],
  ['block', 'blocks blocked', 'blocking', 'stance'],
  ['strike down', 'strike strikes struck', 'striking', 'stance'],
  ['vote for', 'vote votes voted', 'voting', 'stance'],
  ['vote against', 'vote votes voted', 'voting', 'stance'],
  ['sign', 'signs signed', 'signing', 'stance'],
  // Issuing what one puts forward ("issued a statement", "offered no proof").
  ['offer', 'offers offered', 'offering', 'stance'],
  ['issue', 'issues issued', 'issuing', 'stance'],
  ['publish', 'publishes published', 'publishing', 'stance'],
  // Documenting: a film, a book or a report shows what its author holds.
  ['document', 'documents documented', 'documenting', 'stance'],
  ['chronicle', 'chronicles chronicled', 'chronicling', 'stance'],
  ['depict', 'depicts depicted', 'depicting', 'stance'],
  ['portray', 'portrays portrayed', 'portraying', 'stance'],
]
