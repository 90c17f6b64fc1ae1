/**
 * @module nlp/entities/words — closed word lists the entity recogniser uses as
 * cues, English and Spanish, all folded and lower-cased. Kept apart from the
 * logic so they can grow without touching it.
 */

const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/))

/** Capitalised at a sentence start only because they start it; never part of a name there. */
export const FUNCTION_WORDS = set(`
a an the this that these those there here it its he she his her they them their we our you your i my me us
in on at of for from with by to into onto over under after before since during while when where why how what
which who whom whose if as but and or nor so yet not no also still even just only then than though although
because despite about against among amid between through across around near according asked speaking
meanwhile however moreover instead later earlier last next some many most several other others such each every
both all any few more much one two three four five six seven eight nine ten first second third new
furthermore nevertheless nonetheless therefore thus hence indeed besides
officials analysts critics experts sources residents people observers diplomats supporters witnesses
nobody everyone everybody someone somebody anyone anybody none
thousands hundreds dozens millions
el la los las lo un una unos unas en de del al y o pero con por para sin tras desde durante mientras aunque
segun sobre entre hasta este esta estos estas ese esa eso sus su tambien sin embargo ademas hoy ayer
`)

export const MONTHS = set(`
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
`)

export const WEEKDAYS = set(`
monday tuesday wednesday thursday friday saturday sunday
lunes martes miercoles jueves viernes sabado domingo
`)

/** Capitalised adjectives and group nouns that are not names on their own. */
export const NOT_NAMES = set(`
european western eastern northern southern arab kurdish muslim christian jewish catholic islamic african
asian latin middle english spanish french german russian chinese arabic
god internet covid-19 covid
ceo gdp tv am pm ok id phd usd eur lng ngo ngos os ai
`)

/** Words in a name that make it an organisation. */
export const ORG_WORDS = set(`
ministry agency party bank council university committee court commission institute foundation association
union army navy forces force department office corporation company group inc ltd guard guards police
parliament assembly congress senate federation organization organisation front movement coalition alliance
authority service services center centre fund network church airlines board bureau cabinet government
administration secretariat tribunal shipping holdings logistics telecom telecoms airways
school college academy hospital
ministerio partido banco consejo universidad comision agencia fuerza fuerzas asamblea corte gobierno
fiscalia ejercito guardia frente movimiento sindicato empresa
`)

/** Words in a name that make it a place. */
export const PLACE_WORDS = set(`
province region river sea ocean mountains mountain island islands strait gulf lake valley district county
state city peninsula desert coast bay border square street avenue airport port
provincia region rio mar isla islas estado ciudad frontera
`)

/** Titles that head a role written before a name ("President", "Foreign Minister"). */
export const TITLE_HEADS = set(`
president minister secretary secretary-general chancellor king queen prince princess pope ambassador
governor mayor senator sen representative rep judge justice general gen admiral colonel col commander
spokesperson spokesman spokeswoman leader envoy director chairman chairwoman chair ceo sheikh emir
prosecutor captain capt lieutenant lt sergeant sgt speaker premier dr professor prof ayatollah
superintendent inspector constable commissioner detective
presidente presidenta vicepresidente vicepresidenta canciller ministro ministra secretario secretaria
gobernador gobernadora alcalde alcaldesa fiscal portavoz lider embajador embajadora
`)

/** Words that may precede a title head inside a role ("Vice", "Foreign", "Secretary of State"). */
export const TITLE_MODIFIERS = set(`
vice deputy foreign prime interior defence defense finance economy trade justice health energy oil acting
chief attorney supreme opposition senior top special crown state treasury staff home first presiding
majority minority
detective
of de del
`)

/** Honorifics: a cue that a name is a person, but not a role. */
export const HONORIFICS = set(`mr mrs ms miss sr sra srta don dona`)

/** Verbs after a capital or country that make it the government acting ("Ankara said"). */
export const GOVERNMENT_VERBS = set(`
said says say told offered offers offer rejected rejects refused refuses denied denies announced announces
accused accuses warned warns urged urges demanded demands insisted insists responded responds called calls
agreed agrees signed signs threatened threatens imposed imposes condemned condemns welcomed welcomes
proposed proposes sent sends gave gives wants wanted sought seeks hopes hoped plans planned expects expected
believes believed considers considered recognized recognised recognizes recognises backed backs supports
supported opposed opposes declined declines vowed vows pledged pledges confirmed confirms claimed claims
asked asks accepted accepts approved approves blamed blames criticized criticised criticizes criticises
summoned summons expelled expels sanctioned sanctions
could would will can may might should must has have had is was
dijo dice ofrecio ofrece rechazo rechaza nego niega anuncio anuncia acuso acusa advirtio advierte
exigio exige insistio insiste respondio responde propuso propone aseguro asegura afirmo afirma
hizo hace envio envia pidio pide
`)

/** Verbs that make a country (not a capital) the government: no auxiliaries or copulas ("Turkey is"). */
export const COUNTRY_GOVERNMENT_EXCLUDED = set(`could would will can may might should must has have had is was`)

/** Nouns after a possessive capital that make it the government ("Ankara's offer"). */
export const GOVERNMENT_NOUNS = set(`
offer proposal position stance decision move policy response support plan demand demands government officials
refusal rejection overture mediation invitation request warning envoy ambassador backing
displeasure anger patience pressure ultimatum threat threats sanctions diplomacy approach message reaction
deadline terms conditions answer reply efforts role influence concerns objections priorities interests
ally allies partner partners rival rivals enemy enemies relations ties
action actions intervention ambitions annexation
`)

/** Verbs and phrases around a bare outlet name that show it is being cited ("Time reported"). */
export const CITING_AFTER = set(`
reported reports report wrote writes published publishes revealed reveals quoted quotes cited cites obtained
reviewed saw confirmed learned said says
informo publico reporto revelo
`)
export const CITING_BEFORE = set(`according told to in by with citing cited
segun dijo a en por`)

/**
 * Common nouns for a person's occupation or standing, as written right before
 * a name ("AFAD official Ayla Demir") or heading an apposition after it
 * (", a retired engineer"). Words ending in -ist, -man, -woman or -ista count
 * too (see mentions.ts), so they are not listed.
 */
export const PERSON_NOUNS = set(`
official lawmaker legislator deputy researcher scholar academic professor lecturer teacher student lawyer
attorney judge doctor surgeon nurse paramedic engineer architect farmer shopkeeper trader merchant banker
worker driver pilot sailor captain officer soldier veteran commander diplomat ambassador envoy adviser advisor
consultant analyst expert critic historian politician candidate activist campaigner organizer organiser
leader member founder director manager executive chairman owner resident villager survivor witness victim
mother father son daughter brother sister wife husband widow widower grandmother grandfather relative neighbour
neighbor friend guy colleague volunteer rescuer firefighter mayor governor minister senator spokesperson
writer author editor reporter correspondent photographer filmmaker actor singer artist player coach
priest imam rabbi bishop pastor monk retiree pensioner nurse midwife pharmacist technician mechanic
electrician carpenter builder contractor fisher baker butcher cook chef waiter clerk secretary
diputado diputada investigador investigadora profesor profesora abogado abogada medico medica enfermera enfermero
maestro maestra vecino vecina residente dirigente lider portavoz politologo politologa sociologo sociologa
exdiplomatico exministro exministra exdiputado exdiputada jubilado jubilada madre padre hijo hija
`)

/**
 * Common nouns that make a neighbouring unknown name an organisation ("its
 * operator, Nordlink," / "the company Vexa said"). Ships, cables and other
 * things are deliberately absent: "a bulk carrier" names an object.
 */
export const ORG_NOUNS = set(`
operator company firm group agency organisation organization institution body charity party union
provider supplier maker manufacturer producer retailer lender insurer broker bank subsidiary startup
conglomerate utility broadcaster newspaper publisher airline shipowner consortium cooperative
ministry department regulator authority watchdog council committee association federation alliance
network chain brand developer
empresa compania operadora grupo agencia organizacion partido sindicato proveedora aseguradora
`)

/** Nouns before "of" that make the following name a place ("the island of Samos", "the port of Kotka"). */
export const PLACE_NOUNS = set(`
city town village island province region district county port capital state municipality suburb
neighbourhood neighborhood enclave peninsula coast
ciudad pueblo isla provincia region distrito puerto capital estado municipio barrio
`)

/** Verbs of speech that, written before a name, attribute a quote to a person ("said Ana Ruiz"). */
export const SPEECH_BEFORE = set(`said says told added asked explained recalled wrote dijo afirmo explico anadio senalo`)

/**
 * Words of dealings between governments: before "to/from/with" they make a
 * capital the party dealt with ("pressure from Washington", "ties to Moscow"),
 * not a place one travels to.
 */
export const DEALINGS = set(`
pressure orders order ties links relations contacts contact talks negotiations dialogue quarrel dispute rift
tensions tension favour favor message messages deal agreement overture overtures appeal request demand
demands letter concession concessions loyalty support opposition criticism threat threats warning signal
proposal offer apology reply response answer closer close allied aligned hostile deference rapprochement
communicated conveyed sent delivered relayed presented passed handed offered extradited
presion ordenes relaciones lazos contactos dialogo negociaciones mensaje oferta propuesta acuerdo
`)
