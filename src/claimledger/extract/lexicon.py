"""Word lists the attribution rules read: reporting verbs and the frames they take, source nouns, hedges."""
from __future__ import annotations

# Quotation marks, as spaCy tokenizes them ("''" and "``" are the doubled-apostrophe style of some newspapers), and
# those that can open a quotation (the straight and doubled ones also close one).
QUOTE_MARKS = frozenset("\"'“”‘’«»„") | {"``", "''", "’’"}
OPEN_QUOTES = frozenset({"“", '"', "``", "«", "„", "‘", "''"})
# Dashes as tokens: a signature's ("- said the minister"), an aside's ("Gen Milley - the top officer - warned").
DASHES = frozenset({"―", "—", "–", "--", "-"})

# Verbs of appearance ("the plan seems unworkable", "Cruz seemed to blame ...") and the subjects that stand for no
# one ("it seems", "there appear to be"): read by the hedge rule, the seeming-speaker pass and the raising step.
SEEMING_VERBS = frozenset({"seem", "appear"})
EMPTY_SUBJECTS = frozenset({"it", "there"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})

# Reporting verbs by lemma. Every verb takes a clausal complement ("said that ..."); the sets below also let
# some take a direct object ("denied the report") or a prepositional topic ("reported on ...").
REPORTING_VERBS = frozenset("""
say tell report state announce claim add note write remind summarize summarise indicate explain declare insist
argue assert allege suggest warn believe think fear estimate assess conclude acknowledge admit confirm deny
reject dismiss reveal disclose stress emphasize emphasise underline point mention recall predict forecast
expect hope caution complain accuse charge contend maintain reiterate repeat testify answer reply respond
tweet post publish read show find conclude concede agree disagree promise vow pledge threaten urge demand
believe suspect understand learn hear know observe recount describe characterize brief inform notify
announce proclaim affirm attest certify verify refute rebut contradict counter dispute question doubt
speculate guess calculate project signal hint imply acknowledge specify clarify highlight
call cite criticize criticise attack blast slam condemn praise defend support want plan pledge vow refuse
decline ask respond continue mention propose recommend suggest encourage accuse insist
""".split())
OBJECT_CUES = frozenset("""
deny confirm announce acknowledge admit reject dismiss reveal disclose report claim refute rebut dispute
verify describe predict promise pledge threaten demand urge allege call cite criticize criticise attack blast slam
condemn praise defend support show find mention propose recommend
""".split())
# Reporting verbs whose report is a clause or a quotation only: with a noun for object they mean something else
# ("the government added Zelenskyy to the wanted list", "Sanders maintains a wide lead", "the crowd observed a
# minute's silence", "he continued his career").
CLAUSE_ONLY_CUES = frozenset("add maintain observe continue".split())
# Verbs the learned cue model may never make cues of: they carry no content of their own.
NEVER_CUES = frozenset("be have do get make go come take give become seem".split())
# Acts of force, never cues however a learned model reads them: "Russian troops stormed the city", "the brigade
# repelled an attack". Political news uses none of them for speech.
FORCE_VERBS = frozenset("""
storm repel invade regain recapture shell bomb bombard besiege encircle occupy liberate annex intercept
""".split())
# Armed forces and their weapons: what they do with a verb outside the reporting lexicon is an act, not a report
# ("Russian forces continued their siege", "drones pummel the cities"); they report with "said", "reported".
ARMED_FORCE_HEADS = frozenset("""
force troop army soldier unit brigade battalion regiment navy fleet militant artillery paratrooper marine
missile drone rocket warplane warship
""".split())
# Events, which do not speak: "the blockade threatens to cause a famine", "Russia's invasion passed the 100-day mark",
# "The strikes raised concerns about ..." are the writer's, not claims of the blockade, the invasion or the strikes.
EVENT_NOUNS = frozenset("""
invasion war attack conflict offensive counteroffensive fighting crisis bombardment shelling explosion blast
pandemic outbreak strike siege occupation blockade assault mobilisation mobilization escalation
""".split())
# Verbs of intention whose content is an infinitive: "wants to build", "pledged to cut", "refused to comment".
INTENTION_CUES = frozenset("want plan pledge vow promise refuse decline agree threaten intend hope ask urge".split())
# Nouns of speech and attitude whose owner is a source: "Trump's criticism of the Fed", "her claim that ...".
STANCE_NOUNS = frozenset("""
support attack view call criticism question claim decision plan suggestion concern comment report proposal
opposition promise endorsement appeal remark request doubt demand fear hope warning statement accusation
allegation denial pledge vow threat praise condemnation insistence assertion argument belief assessment
estimate prediction admission acknowledgment acknowledgement confirmation announcement complaint objection
rejection recommendation charge description position stance opinion argument defense defence advocacy
commitment vision message explanation account characterization assurance refusal insinuation suspicion
""".split())
# Light verbs that make a cue with a speech or attitude noun: "made the case that", "took aim at", "raised
# questions about"; the nouns below join STANCE_NOUNS for them.
LIGHT_VERBS = frozenset("make take have give raise offer voice express issue draw level pose share".split())
FRAME_NOUNS = frozenset("""
case point aim issue stand note remarks comments questions concerns doubts reservations misgivings objections
thoughts words reference references pitch shot shots swipe jab dig mention observation joke jokes apology apologies
plea""".split())
# Speech verbs whose report by a named speaker the ledger keeps as the rules find it ("the governor reminds that").
SPEECH_VERBS = frozenset("""
say tell report state announce claim remind write add note explain insist argue warn ask reply respond declare
assert allege testify tweet post reiterate stress emphasize emphasise acknowledge admit confirm deny read
""".split())
# Adverbs that say someone reported it, and adverbs of the writer's impression: hedged claims with no source.
REPORTED_ADVERBS = frozenset("reportedly allegedly purportedly supposedly".split())
IMPRESSION_ADVERBS = frozenset("seemingly apparently".split())
# Adjectives of attitude after "be": "has been critical of", "were sure that", "is opposed to".
STANCE_ADJECTIVES = frozenset("""
critical sure certain confident clear concerned worried afraid skeptical sceptical optimistic pessimistic
supportive opposed aware convinced hopeful eager willing determined adamant unsure uncertain vocal frank
dismissive doubtful fearful proud angry upset unhappy happy pleased disappointed frustrated furious
enthusiastic wary suspicious careful quick reluctant open committed
""".split())
# Verbs of feeling. In the passive the one who feels is the subject and the agent is what they feel about: "We were
# impressed by the mayor" is no word of the mayor's.
EMOTION_VERBS = frozenset("""
impress surprise shock disappoint anger frustrate alarm worry concern encourage inspire move touch please upset
stun amaze astonish dismay trouble bother disturb delight excite scare frighten horrify offend embarrass puzzle
outrage hearten baffle annoy irritate infuriate enrage thrill satisfy reassure disgust appal appall sadden
startle unsettle unnerve rattle
""".split())
# Verbs whose passive subject feels or believes what is reported: "were frustrated that ...", "is convinced that ..."
OF_A_MIND_VERBS = EMOTION_VERBS | {"convince", "persuade"}
# Where something was said, not what about: "wrote on Twitter", "made the announcement on Telegram".
MEDIA_CHANNELS = frozenset("""
twitter telegram facebook instagram youtube tiktok vkontakte weibo x television tv radio website blog podcast air
""".split())
# Participles that name the source another cites: "Reuters reported, citing two officials, ...".
CITING_WORDS = frozenset({"citing", "quoting"})
TOPIC_CUES = frozenset("report comment write speak inform brief warn talk".split())
DENY_CUES = frozenset("deny reject dismiss refute rebut dispute disprove contradict".split())
CONFIRM_CUES = frozenset("confirm acknowledge admit verify corroborate concede certify".split())
ASSESSMENT_CUES = frozenset("""
summarize summarise assess believe think conclude estimate argue suggest warn fear expect predict forecast
suspect speculate calculate project doubt consider judge reckon characterize
""".split())
# Verbs that only count as cues when a document or speech noun is their subject ("the message reads").
DOCUMENT_CUES = frozenset("read show find state indicate".split())
# Occasions a speaker speaks at, which say nothing themselves: "said at a news conference announcing ..."
OCCASION_NOUNS = frozenset({"conference", "briefing", "interview", "speech", "hearing", "rally", "event", "appearance",
                            "meeting", "session", "address", "call", "forum"})
# Nouns that stand for a claim in an aside after it: "..., a claim the Kremlin denies", "... – a statement the
# ministry confirmed"
CLAIM_NOUNS = frozenset("""
something claim allegation accusation charge assertion suggestion report account version contention statement
assessment finding estimate figure conclusion prediction forecast
""".split())
DOCUMENT_NOUNS = frozenset("""
message statement report document letter note post text release communique communiqué announcement
publication survey study analysis assessment review bulletin dispatch telegram video transcript resolution
poll average data figure record image footage photo photograph result estimate tally email memo tweet filing
recording research statistic autopsy file
""".split())
# Words that leave any source unnamed, whatever its head: "an unnamed head of state", "anonymous volunteers".
UNNAMED_WORDS = frozenset("unnamed anonymous unidentified undisclosed".split())
# Nouns that make an unnamed source: "according to intelligence", "officials said".
VAGUE_HEADS = frozenset("""
intelligence official officials source sources expert experts analyst analysts observer observers media report
reports people person resident residents witness witnesses diplomat diplomats insider insiders someone somebody
investigators investigator rumour rumor rumours rumors blogger bloggers channel channels account accounts estimate
estimates data figures
""".split())
# The singular people among VAGUE_HEADS: "a local official said ... He said" is that official.
PERSON_NOUNS = frozenset("""
analyst blogger diplomat expert insider investigator observer official person resident witness
""".split())
# Institutions that are unnamed when bare ("the authorities") but specific with an owner ("Moldova's border police").
INSTITUTION_HEADS = frozenset("""
authorities authority government governments military army police ministry service agency office intelligence
guard guards command headquarters administration
""".split())
# Nominal anaphors that point back to a named source ("the agency", "the message").
ANAPHOR_HEADS = frozenset("""
agency service ministry department message statement report group team organisation organization company
office spokesman spokeswoman spokesperson institute directorate committee council monitor mission body
government outlet newspaper publication intelligence
""".split())
PRONOUNS = frozenset("he she it they we i you his her its their him them".split())
# Relative pronouns that open a clause about a noun ("Kamin, who said ...", "the report, which found ...").
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
# Hedges within a claim's content or its cue.
HEDGES = frozenset("""
appear seem apparently reportedly allegedly expectedly presumably probably possibly perhaps maybe likely
unlikely may might could suspect suggest believed alleged purported purportedly supposedly unconfirmed
estimated
""".split())
PLAN_WORDS = frozenset("plan intend aim prepare seek propose schedule plot".split())
# Sentences in which the outlet says the information stands alone.
UNCONFIRMED_PATTERNS = (
    r"\bno (?:independent |other )?confirmation\b",
    r"\b(?:could|can|cannot|can't|could not|couldn't|was unable to|were unable to|is unable to|has not been able to)"
    r"\s+(?:be\s+)?(?:independently\s+)?(?:verif|confirm)",
    r"\b(?:has|have|had) not been (?:independently )?(?:verified|confirmed)\b",
    r"\bnot (?:been )?independently (?:verified|confirmed)\b",
    r"\bunable to (?:independently )?(?:verify|confirm)\b",
    r"\bthere is no (?:other |independent )?(?:evidence|confirmation|proof)\b",
)
# Offices that identify one holder: "the regional governor", "the commander" name someone who can be looked up.
ROLE_HEADS = frozenset("""
governor minister president mayor commander spokesman spokeswoman spokesperson ambassador prosecutor chief head
director general secretary chancellor premier king queen prince envoy judge ombudsman chairman chairwoman chair
ceo founder leader deputy adviser advisor pope patriarch archbishop bishop cardinal rabbi imam senator
congressman congresswoman colonel admiral marshal commissioner member
""".split())
# The head of a phrase that names one person: a post ("the minister") or a person noun ("the analyst").
PERSON_HEADS = ROLE_HEADS | PERSON_NOUNS

# What people do rather than posts they hold: "the expert", "the political scientist" refers back to the person the
# text gave that title or, bare, to the latest person quoted ("... - said the politician" in translated news).
OCCUPATION_HEADS = frozenset("""
politician expert analyst journalist diplomat scholar scientist economist historian publicist commentator researcher
professor lawyer
""".split())
POLITICIAN = "politician"  # the one occupation any holder of a post has

# Kin, who speak for one of their own: "her husband followed suit by saying ...", "his daughter told reporters"
FAMILY_NOUNS = frozenset("""
husband wife spouse widow widower mother father son daughter brother sister grandson granddaughter grandmother
grandfather uncle aunt nephew niece cousin fiance fiancee boyfriend girlfriend
""".split())
# Nouns for people, by lemma, beyond the roles above and PERSON_NOUNS: what a "they" may refer back to when it
# stands for speakers ("Democrats are focused on inflation. They argue ..."; not "Debates ... They call ...").
PEOPLE_NOUNS = frozenset("""
source lawmaker legislator politician soldier troop fighter serviceman activist protester protestor student
journalist reporter correspondent researcher scientist economist author critic supporter opponent voter citizen worker
farmer parent relative child victim survivor refugee lawyer attorney rescuer doctor medic nurse officer guard
representative delegate negotiator traveler traveller tourist guide civilian volunteer player athlete executive
investor trader banker manager employee colleague friend neighbour neighbor villager local people man woman militant
separatist rebel occupier invader partisan ally partner organiser organizer participant candidate campaigner
commentator pilot sailor crew marine hacker monitor inspector regulator pollster historian scholar academic professor
teacher priest cleric councillor councilor prisoner detainee captive hostage owner user fan family couple staff team
patient midwife dictator interlocutor
""".split()) | FAMILY_NOUNS
FEMININE_PRONOUNS = frozenset({"she", "her"})
MASCULINE_PRONOUNS = frozenset({"he", "his", "him"})
# Honorifics, and the pronouns that may refer back to the person who bears one.
HONORIFICS = {"mr": MASCULINE_PRONOUNS, "mr.": MASCULINE_PRONOUNS, "ms": FEMININE_PRONOUNS, "ms.": FEMININE_PRONOUNS,
              "mrs": FEMININE_PRONOUNS, "mrs.": FEMININE_PRONOUNS, "miss": FEMININE_PRONOUNS}
# What a web headline tags itself with, after a dash ("Grain exports doubled, says farm minister – video") or before a
# colon ("Video: ...")
MEDIA_LABELS = frozenset("video audio live watch podcast photos pictures".split())
