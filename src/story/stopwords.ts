/**
 * @module story/stopwords — function words left out of storyline term vectors:
 * they are in every article and would make any two stories look alike.
 * English first (the main corpus language) plus the commonest Spanish, French,
 * German and Turkish function words that show up in multilingual feeds.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are around as at be because been before being below
between both but by can could did do does doing down during each even ever few for from further had has have
having he her here hers herself him himself his how however i if in into is it its itself just last like made
make many may me might more most much must my myself near new no nor not now of off on once one only or other
our ours ourselves out over own per said same say says she should since so some still such than that the their
theirs them themselves then there these they this those through to too two under until up upon us very via was
we were what when where whether which while who whom whose why will with within without would year years yet
you your yours yourself told according week weeks day days monday tuesday wednesday thursday friday saturday
sunday time people news report reported reports mr mrs ms
el la los las de del y en un una por con para que se su al lo como mas pero sus le ya o este esta
le les des du et en un une pour avec par que qui dans sur au aux est sont pas ce cette
der die das und ist nicht mit den dem ein eine zu von im auf fur sich des
ve bir bu da de ile icin olarak olan gibi daha`.split(/\s+/),
)
