#!/bin/sh
# irkg extract -f events, rule by rule: short articles written for these
# tests (none taken from a corpus), each checked for the dyads a careful
# CAMEO coder would record and for those such a coder would not. Every
# article is dated Wednesday 2025-06-11, so "on Monday" is 2025-06-09.
. "$(dirname "$0")/lib.sh"

TAB=$(printf '\t')
NCASE=0

# events_of TEXT: run extract -f events on an article whose body is TEXT
# (paragraphs separated by blank lines); the rows are left in $OUT.
events_of() {
	NCASE=$((NCASE + 1))
	printf 'date 2025-06-11 Test Wire\n\n%s\n' "$1" >"$WORK/case$NCASE.txt"
	run extract -f events "$WORK/case$NCASE.txt"
	[ "$RC" -eq 0 ] || fail "case $NCASE: extract -f events exits 0"
}

# events_with_control TEXT CODE...: events_of for a case that asserts only
# what is absent. Two positive controls keep such a case from passing when
# extraction finds nothing: the states CODE... of TEXT must be recognised
# (extract -f mentions), and a control paragraph after TEXT must give its
# event (BRA ARG 05).
events_with_control() {
	text=$1
	shift
	events_of "$text

Brazil praised Argentina on Friday."
	has BRA ARG 05 "case $NCASE: control: the paragraph after it gives BRA ARG 05"
	"$IRKG" extract -f mentions "$WORK/case$NCASE.txt" >"$WORK/mentions$NCASE" 2>/dev/null
	for code in "$@"; do
		if cut -f7 "$WORK/mentions$NCASE" | grep -qx "$code"; then
			pass "case $NCASE: control: $code is recognised"
		else
			fail "case $NCASE: control: $code is recognised"
		fi
	done
}

# field VALUE: VALUE as a regular expression for one column; '*' is any.
field() {
	if [ "$1" = '*' ]; then printf '[^%s]*' "$TAB"; else printf '%s' "$1"; fi
}

# event_re DATE SOURCE TARGET ROOT: an event row whose CAMEO code starts
# with the two-digit ROOT; any argument may be '*'.
event_re() {
	printf '^event%s%s%s%s%s%s%s%s[0-9]*%s' "$TAB" "$(field "$1")" "$TAB" \
		"$(field "$2")" "$TAB" "$(field "$3")" "$TAB" "$(field "$4")" "$TAB"
}

# joint_re DATE A B ROOT: the same for a joint act of A and B ("A and B
# signed", "the two agreed"), whose row may name either one first.
joint_re() {
	printf '^event%s%s%s(%s%s%s|%s%s%s)%s%s[0-9]*%s' "$TAB" "$(field "$1")" "$TAB" \
		"$2" "$TAB" "$3" "$3" "$TAB" "$2" "$TAB" "$4" "$TAB"
}

# relation_re TYPE A B: a relation row of TYPE between A and B, in either
# order (columns: kind, date, party, party, empty code, type).
relation_re() {
	printf '^relation%s[^%s]*%s(%s%s%s|%s%s%s)%s%s%s%s' "$TAB" "$TAB" "$TAB" \
		"$2" "$TAB" "$3" "$3" "$TAB" "$2" "$TAB" "$TAB" "$1" "$TAB"
}

expect_re() { # expect_re ERE DESCRIPTION
	if grep -qE -- "$1" "$OUT"; then pass "$2"; else fail "$2 (no row matches '$1')"; fi
}
expect_no_re() { # expect_no_re ERE DESCRIPTION
	if grep -qE -- "$1" "$OUT"; then fail "$2 (a row matches '$1')"; else pass "$2"; fi
}

# The assertions. ROOT is the two-digit CAMEO root; SRC, TGT or ROOT may
# be '*' for any. has SRC TGT ROOT DESC, has_on DATE SRC TGT ROOT DESC,
# lacks SRC TGT ROOT DESC; has_joint A B ROOT DESC, has_joint_on DATE A B
# ROOT DESC, lacks_joint A B ROOT DESC; has_rel TYPE A B DESC, lacks_rel
# TYPE A B DESC.
has() { expect_re "$(event_re '*' "$1" "$2" "$3")" "$4"; }
has_on() { expect_re "$(event_re "$1" "$2" "$3" "$4")" "$5"; }
lacks() { expect_no_re "$(event_re '*' "$1" "$2" "$3")" "$4"; }
lacks_on() { expect_no_re "$(event_re "$1" "$2" "$3" "$4")" "$5"; }
has_joint() { expect_re "$(joint_re '*' "$1" "$2" "$3")" "$4"; }
has_joint_on() { expect_re "$(joint_re "$1" "$2" "$3" "$4")" "$5"; }
lacks_joint() { expect_no_re "$(joint_re '*' "$1" "$2" "$3")" "$4"; }
lacks_joint_on() { expect_no_re "$(joint_re "$1" "$2" "$3" "$4")" "$5"; }
has_rel() { expect_re "$(relation_re "$1" "$2" "$3")" "$4"; }
lacks_rel() { expect_no_re "$(relation_re "$1" "$2" "$3")" "$4"; }

# 1. A plain verb with its object as the target; a meeting, dated.
events_of "China condemned Japan on Monday over its plans to raise defence spending."
has CHN JPN 11 "plain verb: China condemned Japan is CHN JPN 11"
lacks JPN CHN '*' "plain verb: the object is the target, not the source"

events_of "Japanese Prime Minister Shigeru Ishiba met South Korean President Lee Jae-myung in Tokyo on Monday."
has_on 2025-06-09 JPN KOR 04 "plain verb: a meeting in Tokyo on Monday is JPN KOR 04 on 2025-06-09"

# 2. Compound actors: every member of a list acts.
events_of "France, Germany and Britain demanded that Iran resume full cooperation with the International Atomic Energy Agency."
has FRA IRN 10 "compound source: France demanded (FRA IRN 10)"
has DEU IRN 10 "compound source: Germany demanded (DEU IRN 10)"
has GBR IRN 10 "compound source: Britain demanded (GBR IRN 10)"

events_of "Armenia and Azerbaijan signed an agreement on border demarcation on Tuesday."
has_joint ARM AZE 05 "compound subject of a joint act: ARM AZE 05"

events_of "Japan criticised China and Russia over joint bomber flights near its airspace."
has JPN CHN 11 "compound target: Japan criticised China (JPN CHN 11)"
has JPN RUS 11 "compound target: Japan criticised Russia (JPN RUS 11)"

# 3. Negation: what did not happen is no event.
events_with_control "Chinese President Xi Jinping did not meet Japanese Prime Minister Shigeru Ishiba during the summit." CHN JPN
lacks '*' '*' 04 "negation: 'did not meet' is no meeting"

events_with_control "India refused to sign a joint statement with Pakistan on Tuesday." IND PAK
lacks IND PAK 05 "negation: 'refused to sign' is no signing"

events_with_control "Hungary pulled back from terminating an energy agreement with Russia." HUN RUS
lacks HUN RUS 16 "negation: 'pulled back from terminating' ends no agreement"

events_of "Algeria recalled its ambassador from France on Tuesday."
has DZA FRA 16 "negation (control): a recall that happened is DZA FRA 16"

events_with_control "Algeria stopped short of recalling its ambassador from France." DZA FRA
lacks DZA FRA 16 "negation: 'stopped short of recalling' is no recall"

# 4. Modality: threats, appeals, conditions, questions and intentions.
events_of "The United States threatened to impose sanctions on Venezuela."
has USA VEN 13 "modality: 'threatened to impose sanctions' is a threat (USA VEN 13)"
lacks USA VEN 16 "modality: a threatened sanction is not imposed (no USA VEN 16)"

events_of "The European Union urged Serbia to recognise Kosovo."
has EUR SRB 02 "modality: 'urged Serbia to' is an appeal (EUR SRB 02)"
lacks SRB XKX '*' "modality: what Serbia is urged to do has not happened"

events_with_control "If talks fail, Israel could attack Iran." ISR IRN
lacks ISR IRN 19 "modality: 'If talks fail, X could attack Y' is no attack"

events_with_control "Diplomats in Washington keep asking one question. Will China attack Taiwan before 2027?" CHN TWN
lacks CHN TWN 19 "modality: a question about the future is no attack"

events_with_control "Did Russia attack Ukraine's power grid again on Monday? Officials in Kyiv gave no answer." RUS UKR
lacks RUS UKR 19 "modality: a question about the past is no attack"

events_of "The United States and Iran said on Sunday they would continue talks."
has_joint_on 2025-06-08 USA IRN 03 "modality: 'said they would continue talks' is an intent (03) dated by 'said on Sunday'"
lacks_joint USA IRN 04 "modality: talks still to come are no meeting"

events_of "Japanese Defence Minister Gen Nakatani pledged that Japan would supply the Philippine navy with radar systems."
has JPN PHL 03 "modality: a pledge to supply radar is an intent (JPN PHL 03)"
lacks JPN PHL 07 "modality: pledged radar is not yet supplied (no JPN PHL 07)"

# 5. Quoted speech opening a sentence: nothing inside the quote is coded.
events_with_control "\"We will never let Russia invade Poland,\" Polish President Andrzej Duda told reporters in Warsaw." RUS POL
lacks RUS POL '*' "quote: no Russian act on Poland from inside the quote"

events_with_control "\"China has threatened Taiwan for decades,\" a Taiwanese official said on Tuesday." CHN TWN
lacks CHN TWN '*' "quote: no Chinese threat from inside the quote"

# 6. Passives: the agent of 'by' is the source.
events_of "Three Ethiopian herders were abducted by Eritrean soldiers near the border on Sunday."
has_on 2025-06-08 ERI ETH 18 "passive: abducted by Eritrean soldiers is ERI ETH 18"
lacks ETH ERI '*' "passive: the victims are not the source"

events_of "The Democratic Republic of Congo and Rwanda signed a ceasefire agreement brokered by Qatar on Saturday."
has QAT COD 04 "passive: an agreement brokered by Qatar is QAT COD 04"
has QAT RWA 04 "passive: an agreement brokered by Qatar is QAT RWA 04"

# 7. State adjectives standing for the state's people, forces and vessels.
events_of "The Philippines accused Chinese coast guard vessels of ramming a supply boat near Second Thomas Shoal."
has PHL CHN 11 "adjective target: Chinese coast guard vessels are CHN (PHL CHN 11)"

events_of "Kenyan police arrested four Ethiopian nationals in Nairobi on Tuesday."
has KEN ETH 17 "adjective with a count: four Ethiopian nationals (KEN ETH 17)"

events_of "Israeli forces detained two Lebanese fishermen off the coast of Naqoura."
has ISR LBN 17 "adjective source and target: ISR LBN 17"

events_of "A Chinese foreign ministry spokesman criticised the American tariffs."
has CHN USA 11 "adjective target: the American tariffs are USA's (CHN USA 11)"

# 8. Hostile acts on a place: the target is the state the place lies in.
events_of "Russian drones struck an oil refinery in Ukraine's Odesa region overnight."
has RUS UKR 19 "place target: a refinery in Ukraine's Odesa region (RUS UKR 19)"

events_of "Russian missiles hit a power plant near Kyiv on Monday."
has RUS UKR 19 "place target: a power plant near Kyiv (RUS UKR 19)"

events_of "Inspectors have not visited the Fordow and Natanz sites, which Israeli warplanes bombed in June."
has_on 2025-06 ISR IRN 19 "place target: Fordow and Natanz, bombed by Israel in June (ISR IRN 19, 2025-06)"

# 9. Responses: rejecting a demand or condemning an act targets its author.
events_of "The United States demanded that Russia withdraw its troops from Ukraine. Russia rejected the demand on Tuesday."
has USA RUS 10 "response: the demand is USA RUS 10"
has RUS USA 12 "response: rejecting the demand targets its author (RUS USA 12)"

events_of "China imposed sanctions on US defence firms on Monday. Taiwan condemned the sanctions."
has CHN USA 16 "response: the sanctions are CHN USA 16"
has TWN CHN 11 "response: condemning the sanctions targets their author (TWN CHN 11)"
lacks TWN USA '*' "response: not the sanctions' target"

# 10. A possessive doer: a state's own act at home is no foreign dyad.
events_of "The European Union condemned the Georgian government's arrest of two opposition leaders."
has EUR GEO 11 "possessive: condemning the Georgian government's arrest is EUR GEO 11"
lacks GEO '*' '*' "possessive: Georgia's arrest of its own opposition is no dyad"

# 11. Groups: 'the two' and 'the two countries' stand for the states named.
events_of "Rubio spoke with Iwaya on Tuesday, and the two agreed to deepen defence cooperation."
has_joint USA JPN 03 "group: 'the two' agreed (USA JPN 03)"

events_of "China summoned the Japanese ambassador on Monday.

Relations between the two countries have deteriorated since last year."
has CHN JPN 11 "group: summoning the ambassador is CHN JPN 11"
has_rel trend CHN JPN "group: 'the two countries' are China and Japan (trend)"

# 12. Relations: alliances, disputes, sanctions in force.
events_of "The United States and the Philippines are treaty allies."
has_rel alliance USA PHL "relation: treaty allies (alliance USA PHL)"

events_of "Japan and South Korea held talks in Seoul on Monday. The two Asian nations are both allies of the United States."
has_rel alliance JPN USA "relation: Japan is an ally of the United States"
has_rel alliance KOR USA "relation: South Korea is an ally of the United States"
lacks_rel alliance JPN KOR "relation: two allies of the United States are not allies of each other"

events_of "China and Japan have a long-running dispute over the islands, which Japan calls the Senkakus."
has_rel dispute CHN JPN "relation: a dispute over the islands (dispute CHN JPN)"

events_of "The European Union imposed sanctions on Belarus on Monday."
has EUR BLR 16 "relation: imposing sanctions is EUR BLR 16"
has_rel sanctions EUR BLR "relation: imposed sanctions are a sanctions relation"

events_of "The European Union said it would impose sanctions on Belarus if the crackdown continued."
has EUR BLR 13 "relation: sanctions promised on a condition are a threat (EUR BLR 13)"
lacks EUR BLR 16 "relation: conditional sanctions are not imposed"
lacks_rel sanctions EUR BLR "relation: conditional sanctions are no sanctions relation"

# 12a. A mutual defence promise is an alliance between those who made it,
# also when told in the clause of the treaty that holds it.
events_of "Chile and Peru signed a security treaty in Lima on Monday, under which each pledged to come to the other's aid if attacked."
has_rel alliance CHL PER "relation: each promised to come to the other's aid (alliance CHL PER)"

events_of "Chile and Peru signed a trade treaty in Lima on Monday, under which each pledged to cut tariffs on the other's wine."
lacks_rel alliance CHL PER "relation: a treaty's other promises to each other are no alliance"
has_rel agreement CHL PER "relation: control: the trade treaty itself is an agreement"

events_with_control "Chile and Peru said on Monday they would not come to each other's aid." CHL PER
lacks_rel alliance CHL PER "relation: a promise of aid refused is no alliance"

# 12b. Agreements that are not made: negotiations, plans, refusals,
# drafts; a treaty still in force when only its end is planned or called
# off. And relations from the phrases news uses for them.
events_with_control "Fiji has no plans to sign a policing agreement with China, its foreign minister said." FJI CHN
lacks_rel agreement FJI CHN "agreement: 'no plans to sign' an agreement is none"

events_with_control "Vietnam and Indonesia agreed to resume negotiations on a defence cooperation agreement." VNM IDN
lacks_rel agreement VNM IDN "agreement: negotiations on an agreement are not one"

events_with_control "India and the European Union held talks over a proposed free trade agreement on Monday." IND
lacks_rel agreement IND EUR "agreement: talks over a proposed agreement are not one"

events_with_control "Ghana refused to sign a mining deal with Burkina Faso." GHA BFA
lacks_rel agreement GHA BFA "agreement: a refusal to sign is no agreement"

events_of "Kenya and Somalia signed a security agreement on Monday."
has_rel agreement KEN SOM "agreement: a signed agreement is one (control for the cases above)"

events_of "Poland said it plans to withdraw from the defence treaty with Lithuania."
has_rel agreement POL LTU "agreement: a planned withdrawal leaves the treaty in force"

events_of "Ties between Mexico and Cuba have grown warmer since last year."
has_rel trend MEX CUB "trend: ties that have grown warmer"

events_of "Seoul has pursued warmer ties with Japan since the election."
has_rel trend KOR JPN "trend: pursuing warmer ties with a state"

events_of "Russia lays claim to four Ukrainian regions, the memorandum said."
has_rel dispute RUS UKR "dispute: laying claim to a state's regions"

events_of "The trade war between Washington and Beijing has hurt exporters on both sides."
has_rel dispute USA CHN "dispute: a trade war between two states"

events_of "The deal follows the security pact that Solomon Islands and China struck in 2022."
has_rel agreement SLB CHN "agreement: a pact two states struck"

events_of "Japan tightened its curbs on exports of chipmaking equipment to China last year."
has_rel sanctions JPN CHN "sanctions: curbs on exports to a state"

# 12d. Joining a defence alliance is an alliance with it; joining another
# organisation, a bid to join, or a membership left or frozen is none.
events_of "Finland joined NATO in April 2023 after decades of neutrality."
has_rel alliance FIN NATO "membership: joining NATO is an alliance with it"

events_of "Norway sent frigates to the Baltic Sea on Monday. Sweden, which joined the alliance last year, sent two more. NATO said the patrols would continue."
lacks_rel alliance SWE NATO "membership: 'the alliance' before any alliance is named stands for none"

events_of "NATO ministers met in Brussels on Monday. Sweden, which joined the alliance last year, sent two frigates to the exercise."
has_rel alliance SWE NATO "membership: 'the alliance' after NATO is NATO"

events_of "Lithuania said on Monday that Sweden became NATO's 32nd member in March 2024."
has_rel alliance SWE NATO "membership: becoming NATO's 32nd member"

events_of "Poland, a NATO ally, hosted the drills on Monday."
has_rel alliance POL NATO "membership: 'Poland, a NATO ally'"

events_of "Estonia said on Monday that Tallinn had asked its NATO allies to hold consultations."
has_rel alliance EST NATO "membership: 'its NATO allies' are the owner's allies, even when asked for something"

events_with_control "China urged its BRICS allies on Monday to act." CHN
lacks_rel alliance CHN BRICS "membership: 'its BRICS allies' are no defence alliance's"

events_of "Kazakhstan has been a member of the Collective Security Treaty Organization since 1994."
has_rel alliance KAZ CSTO "membership: a member of the CSTO"

events_of "Turkey ratified Sweden's accession to NATO in January."
has_rel alliance SWE NATO "membership: Sweden's accession to NATO"

events_with_control "Croatia joined the European Union in 2013, and Indonesia is a member of ASEAN." HRV IDN
lacks_rel alliance HRV EUR "membership: joining the EU is no alliance"
lacks_rel alliance IDN ASEAN "membership: a member of ASEAN is no ally of it"

events_with_control "Ukraine applied to join NATO in 2022, and Georgia hopes to join the alliance." UKR GEO
lacks_rel alliance UKR NATO "membership: applying to join is no membership"
lacks_rel alliance GEO NATO "membership: hoping to join is no membership"

events_with_control "For months Hungary blocked Sweden's accession to NATO." HUN SWE
lacks_rel alliance SWE NATO "membership: a blocked accession is none"

events_with_control "Austria will not join NATO, its chancellor said, and Japan joined NATO allies in condemning the launch." AUT JPN
lacks_rel alliance AUT NATO "membership: 'will not join' is none"
lacks_rel alliance JPN NATO "membership: joining NATO allies in a protest is no membership"

events_with_control "Russian jets harassed a NATO member over the Baltic on Monday." RUS
lacks_rel alliance RUS NATO "membership: the doer of an act on 'a NATO member' is none"

events_with_control "Armenia is a member of the CSTO. Armenia froze its participation in the CSTO in 2024." ARM
lacks_rel alliance ARM CSTO "membership: frozen participation cancels the membership"

events_of "Armenia has been a member of the Moscow-led CSTO since 1992. Armenia, which lost a war with Azerbaijan, froze its participation in the Moscow-led CSTO in 2024, officials said."
has ARM CSTO 16 "membership: freezing participation in 'the Moscow-led CSTO' is ARM CSTO 16"
lacks_rel alliance ARM CSTO "membership: ... and leaves no alliance"

events_of "Armenia is a member of the CSTO, but Belarus said it would never leave the CSTO."
has_rel alliance ARM CSTO "membership: a leaving that is negated cancels nothing"

# 12e. A claim to a disputed territory is a dispute with the state that
# governs it (irkg:administeredBy); not a capture, not a claim given up,
# not a territory no one state governs.
events_of "Venezuela has claimed the oil-rich Essequibo since the 19th century."
has_rel dispute VEN GUY "claim: claiming the Essequibo is a dispute with Guyana"

events_of "Argentina's claim to the Falklands was raised at the United Nations on Monday."
has_rel dispute ARG GBR "claim: Argentina's claim to the Falklands"

events_of "Chinese ships sailed near the Senkaku Islands, which Japan controls and China claims as the Diaoyu."
has_rel dispute CHN JPN "claim: the territory a relative clause hangs on"

events_with_control "Argentina renounced its claim to the Falklands, and Chile does not claim the Essequibo." ARG CHL
lacks_rel dispute ARG GBR "claim: a claim renounced is none"
lacks_rel dispute CHL GUY "claim: a claim negated is none"

events_with_control "Russia claimed the capture of Kharkiv on Sunday, and the Philippines claims the Spratlys." RUS PHL
lacks_rel dispute RUS UKR "claim: claiming a town's capture is no territorial claim"
lacks_rel dispute PHL '[A-Z]*' "claim: a territory no one state governs gives no dispute"

events_with_control "South Korea claims Dokdo, its foreign ministry said on Monday." KOR
lacks_rel dispute KOR '[A-Z]*' "claim: the state that governs a territory is in no dispute with itself"

# 12c. Conditional threats: the warner's own state would act, aimed at the
# actor of the condition.
events_of "Iranian Foreign Minister Abbas Araghchi warned on Thursday that Tehran would respond decisively if Israel attacked Iranian territory again."
has_on 2025-06-05 IRN ISR 13 "threat: 'warned that Tehran would respond if Israel attacked' is IRN ISR 13"
lacks ISR IRN 19 "threat: the attack in the condition has not happened"

events_of "Washington has threatened to penalise buyers of Russian oil if Moscow does not accept a full ceasefire."
has USA RUS 13 "threat: its target is the actor of the condition (USA RUS 13)"

events_with_control "Egypt's foreign minister warned that the weather would worsen if the rains came early." EGY
lacks EGY '*' 13 "threat: a warning about the weather threatens no one"

# 13. Hyphenated actors: a Russian-flagged ship is Russia's.
events_of "French naval forces seized a Russian-flagged tanker off the coast of Brittany."
has FRA RUS 17 "hyphenated: seizing a Russian-flagged tanker is FRA RUS 17"

events_of "Ukrainian drones struck a Russian-flagged tanker in the Black Sea."
has UKR RUS 19 "hyphenated: striking a Russian-flagged tanker is UKR RUS 19"

# 14. Capitals as governments, but 'in CAPITAL' is a place.
events_of "Beijing accused Manila of provoking confrontations in the South China Sea."
has CHN PHL 11 "capital: Beijing accused Manila (CHN PHL 11)"

events_of "Tokyo lodged a protest with Beijing on Tuesday."
has JPN CHN 11 "capital: Tokyo protested to Beijing (JPN CHN 11)"

events_of "Moscow and Kyiv exchanged prisoners of war on Monday."
has_joint RUS UKR 08 "capital: Moscow and Kyiv exchanged prisoners (RUS UKR 08)"

events_of "Indian Prime Minister Narendra Modi met Brazilian President Luiz Inacio Lula da Silva in Beijing on Monday."
has IND BRA 04 "capital: Modi met Lula (IND BRA 04)"
lacks '*' CHN '*' "capital: 'in Beijing' is a place, not a target"
lacks CHN '*' '*' "capital: 'in Beijing' is a place, not a source"

events_of "Hanoi protested to Beijing on Thursday over the oil rig."
has_on 2025-06-05 VNM CHN 11 "capital: 'protested to Beijing' names whom it was said to (VNM CHN 11)"

events_of "The Vietnamese foreign minister flew to Beijing on Thursday."
has VNM CHN 04 "capital: 'flew to Beijing' is a visit to China (VNM CHN 04)"
lacks '*' CHN 11 "capital: 'flew to Beijing' is no protest"

# A second seat of government (Colombo, La Paz, Putrajaya) is a capital:
# the government as an actor, a place after 'in' and at a dateline.
events_of "Colombo accused New Delhi of meddling in its elections."
has LKA IND 11 "capital: a second seat of government stands for it (LKA IND 11)"

events_of "Peruvian and Chilean envoys held talks in La Paz on Tuesday."
has_joint PER CHL 04 "capital: talks in La Paz are between the two envoys (PER CHL 04)"
lacks BOL '*' '*' "capital: 'in La Paz' is a place, not an actor"
lacks '*' BOL '*' "capital: 'in La Paz' is a place, not a target"

# 15. The object of a relative clause: 'ECOWAS, which Niger quit'.
events_of "The Nigerian president called for unity in ECOWAS, which Niger quit in January."
has_on 2025-01 NER ECOWAS 16 "relative object: ECOWAS, which Niger quit in January (NER ECOWAS 16, 2025-01)"
lacks NGA ECOWAS 16 "relative object: Nigeria did not quit"

events_of "Leaders met on Monday to discuss the future of ECOWAS, which Niger quit in January along with Mali."
has NER ECOWAS 16 "relative object: Niger quit ECOWAS"
has MLI ECOWAS 16 "relative object: 'along with Mali' adds MLI ECOWAS 16"

# 16. Dates, from the Wednesday 2025-06-11 the article was published.
events_of "Nigerian President Bola Tinubu met Ghanaian President John Mahama last month."
has_on 2025-05 NGA GHA 04 "date: 'last month' is 2025-05"

events_of "Poland expelled two Russian diplomats in May."
has_on 2025-05 POL RUS 16 "date: 'in May' is 2025-05"

events_of "Indian warplanes bombed targets in Pakistan in 2019."
has_on 2019 IND PAK 19 "date: 'in 2019' is 2019"

events_of "Vietnam and the United States held talks last week."
has_joint_on 2025-06 VNM USA 04 "date: 'last week' (2 to 8 June) is 2025-06"

events_of "Turkey hosted talks between Russian and Ukrainian delegations in Istanbul on Thursday."
has_on 2025-06-05 TUR RUS 04 "date: a past 'on Thursday' is 2025-06-05"

events_of "French President Emmanuel Macron is expected to visit Seoul on Friday."
has_on 2025-06-13 FRA KOR 04 "date: a planned visit 'on Friday' is 2025-06-13"

# 17. Boilerplate: sign-offs, 'Related' lists, page navigation and footers.
events_of "Argentina and Chile signed a border agreement on Monday.

Reporting by Lucinda Elliott in Montevideo; Editing by Daniel Wallis

Related: Mexico, Brazil sign energy deal"
has_joint ARG CHL 05 "boilerplate: the story itself is read (ARG CHL 05)"
lacks MEX BRA '*' "boilerplate: nothing after the sign-off is read"

cat >"$WORK/page.html" <<'EOF'
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Egypt and Sudan sign Nile water accord | The Test Herald</title>
<meta property="article:published_time" content="2025-06-11T09:00:00+02:00">
</head>
<body>
<header class="site-header">
  <nav class="main-nav">
    <ul>
      <li><a href="/world">World</a></li>
      <li><a href="/americas/mexico">Mexico</a></li>
      <li><a href="/americas/brazil">Brazil</a></li>
    </ul>
  </nav>
</header>
<main>
<article class="story">
  <h1>Egypt and Sudan sign Nile water accord</h1>
  <div class="story-body">
    <p>CAIRO — Egypt and Sudan signed an agreement on sharing the waters of the Nile on Monday.</p>
  </div>
</article>
<aside class="most-read">
  <h2>Most read</h2>
  <ol>
    <li><a href="/americas/peru-bolivia">Peru recalls its ambassador from Bolivia</a></li>
  </ol>
</aside>
</main>
<footer class="site-footer">
  <p>Related: Mexico condemns Brazil over border shooting</p>
  <p>&copy; 2025 The Test Herald.</p>
</footer>
</body>
</html>
EOF
NCASE=$((NCASE + 1))
run extract -f events "$WORK/page.html"
[ "$RC" -eq 0 ] || fail "case $NCASE: extract -f events exits 0 on an HTML page"
has_joint_on 2025-06-09 EGY SDN 05 "boilerplate: the story in an HTML page is read (EGY SDN 05)"
lacks PER BOL '*' "boilerplate: a 'Most read' headline is not read"
lacks MEX BRA '*' "boilerplate: nav links and the footer are not read"

# 18. Cases the tests above first found wrong, fixed since.
events_of "France, Germany and Britain demanded that Iran resume full cooperation with the International Atomic Energy Agency."
lacks IRN IAEA '*' "content: what is demanded is no event of its own"
has FRA IRN 10 "content (control): the demand itself is FRA IRN 10"

events_of "Russian forces shelled Kharkiv on Monday, the regional governor said."
has_on 2025-06-09 RUS UKR 19 "place hit: shelling Kharkiv is RUS UKR 19"

events_of "Russian forces attacked Kyiv with missiles and drones overnight, Ukrainian officials said."
has RUS UKR 19 "place hit: attacking Kyiv is RUS UKR 19"

events_of "The United States threatened to impose sanctions on Venezuela over the disputed election."
has USA VEN 13 "threat: threatened sanctions are 13"
lacks_rel sanctions USA VEN "threat: sanctions only threatened are no sanctions relation"

events_of "Secretary of State Marco Rubio spoke with Japanese Foreign Minister Takeshi Iwaya on Tuesday about North Korea."
has_on 2025-06-10 USA JPN 04 "consultation: spoke with is 04"

events_of "Nigeria hosted a summit of ECOWAS, which Niger quit in January along with Mali."
expect_no_re "$(event_re 2025-01 NGA ECOWAS '*')" "date: a date in a later relative clause is not the main act's"
has_on 2025-01 NER ECOWAS 16 "date: the relative clause's own act keeps it"

events_of "US and Iranian negotiators said on Sunday they would continue talks in Muscat."
has_joint_on 2025-06-08 USA IRN 03 "intent: negotiators saying they would continue talks is 03 on Sunday"

events_of "Vietnam and the United States held trade talks in Hanoi last week, the ministry said."
has_joint_on 2025-06 VNM USA 04 "consultation: held trade talks last week is 04 in 2025-06"

events_of "India and Pakistan fought a war in 1999 over the Kargil heights, historians say."
has_joint_on 1999 IND PAK 19 "fight: fought a war in 1999 is 19"

events_of "Tehran would respond decisively if Israel attacked Iranian territory again, and he accused Washington of giving Israel a free hand, Foreign Minister Abbas Araghchi said."
has IRN USA 11 "hypothetical: 'if' ends at ', and'"
lacks ISR IRN 19 "hypothetical: the attack after 'if' is no event"

# A trailing "Related:" line is boilerplate.
events_of "Brazil and Argentina signed a trade agreement in Brasilia on Monday, officials said.

Related: Mexico, Peru sign energy deal"
has_joint BRA ARG 05 "boilerplate: the story's own signing stays"
lacks_joint MEX PER '*' "boilerplate: a 'Related:' headline yields nothing"

events_of "China and Pakistan, which describe each other as strategic partners, held a joint naval exercise in the Arabian Sea earlier this month."
has_rel partnership CHN PAK "'as' naming a role does not end the clause: the relative clause's partners"
has_joint CHN PAK 06 "a joint exercise held is military cooperation"

events_with_control "India suspended its participation in the treaty in April, a day after gunmen killed 26 people near Pahalgam, officials said." IND
lacks IND '*' 18 "people not coded: gunmen killing is no act of India"

events_of "Ukraine's foreign minister, Andrii Sybiha, thanked Turkey for hosting the talks on Friday."
has UKR TUR 05 "praise: thanked Turkey"
lacks UKR '*' 04 "a gerund after 'for' is done by the one thanked, not the thanker"

events_of "Colombia and Venezuela agreed on Wednesday to deploy troops jointly along their shared border to fight armed groups."
has_joint COL VEN 03 "agreeing to act together is an intent to cooperate"
lacks_joint COL VEN 13 "what two sides agree to do is no threat"

events_of "Venezuela said on Monday it was ready to talk to Washington about the destroyers, a week after its foreign minister flew to Havana."
has_on 2025-06-09 VEN USA 03 "'talk to Washington' is the US government: an intent to talk"
lacks VEN CUB '*' "'flew to Havana' is a place, and no act with Cuba"

events_of "Japan is expected to host South Korean President Lee Jae-myung in Tokyo in February, officials said."
has_on 2026-02 JPN KOR 04 "date: a month without its year for a planned act is the next one"

events_of "Tajikistan and Kyrgyzstan signed a border treaty in March, the two governments said."
has_joint_on 2025-03 TJK KGZ 05 "date: a month without its year for a past act is the last one"

events_of "Sudan cut diplomatic ties with the United Arab Emirates in May, and in March it accused Abu Dhabi of arming its enemies, officials said."
has SDN ARE 16 "ties cut: SDN ARE 16"
has SDN ARE 11 "pronoun: 'it' as a subject is the subject its sentence opened with"

# "the country" in what a state says is that state
printf 'date 2025-06-11 Test Wire\n\nEstonia said on Tuesday that two Russian fighter jets had flown into the country'"'"'s airspace over the Gulf of Finland.\n' >"$WORK/country.txt"
run extract -f mentions "$WORK/country.txt"
expect_true "'the country' after a sentence opened by Estonia is Estonia" \
	grep -Eq "${TAB}EST${TAB}[^${TAB}]*${TAB}[^${TAB}]*${TAB}the country\$" "$OUT"

events_of "Estonia said on Tuesday that two Russian fighter jets had entered the country's airspace over the Gulf of Finland."
has_on 2025-06-10 RUS EST 15 "\"'s\" in a pattern: entering the country's airspace is RUS EST 15"

events_of "The European Union and Japan, whose carmakers ran short of magnets in the spring, have separately urged China to ease its export licensing."
has EUR CHN 02 "'whose' aside: the EU urged China"
has JPN CHN 02 "'whose' aside: Japan urged China"

events_of "Washington and Beijing raised tariffs on each other's goods to more than 100% in April, officials said."
has_joint_on 2025-04 USA CHN 16 "mutual: tariffs raised on each other's goods"

events_of "U.S. Trade Representative Jamieson Greer and Chinese Vice Premier He Lifeng met in Geneva on Thursday.

Greer, who spoke to reporters after the talks, urged Beijing to speed up purchases of American soybeans."
has_joint_on 2025-06-05 USA CHN 04 "an official in an office the knowledge base lacks: 'U.S. Trade Representative Jamieson Greer'"
has USA CHN 02 "the same official later by family name: 'Greer ... urged Beijing'"

# dates of acts beside clauses that carry their own
events_of "China's trade negotiator met the U.S. trade representative in Geneva to review the truce that the two sides struck last month."
has_joint USA CHN 04 "relative clause: the meeting is found"
lacks_joint_on 2025-05 USA CHN 04 "relative clause: 'that ... struck last month' dates the striking, not the meeting"

events_of "The United States demanded that Venezuela accept deportation flights, a State Department spokesman said on Tuesday."
has_on 2025-06-10 USA VEN 10 "a 'that' clause closed by a comma: the date of the attribution after it is the demand's"

events_of "China said on Friday it had lifted a ban on rare earth exports to Japan, a day after Japanese and Chinese trade ministers met in Geneva."
has_joint_on 2025-06-05 JPN CHN 04 "'a day after' counted from Friday: the ministers met on Thursday"

events_of "Japan and South Korea expelled each other's diplomats on Monday."
has_on 2025-06-09 JPN KOR 16 "reciprocal: Japan expelled South Korea's diplomats"
has_on 2025-06-09 KOR JPN 16 "reciprocal: South Korea expelled Japan's diplomats"

events_of "India and Pakistan accused each other of violating the ceasefire."
has IND PAK 11 "reciprocal: India accused Pakistan"
has PAK IND 11 "reciprocal: Pakistan accused India"

events_of "Ethiopian and Eritrean troops exchanged fire near the border on Sunday."

has ETH ERI 19 "mutual without 'each other': the side named first"
lacks ERI ETH 19 "mutual without 'each other': one row a pair, not two"

events_of "ISTANBUL, June 11 (Test Wire) - Armenia and Azerbaijan agreed on Tuesday to open their border to trade after three days of talks mediated by Kazakhstan."
has KAZ ARM 04 "mediation: the mediator's targets are the parties the sentence is about (past a dateline's place)"
has KAZ AZE 04 "mediation: each party"
lacks ARM KAZ 04 "mediation: the parties did not mediate"

events_with_control "The truce was brokered by Qatar and Egypt." QAT EGY
lacks_joint QAT EGY 04 "mediation: co-mediators did not mediate between each other"

events_of "Laos and Vietnam agreed on Tuesday to reopen two crossings, after three days of talks hosted by the Thai prime minister."
has THA LAO 04 "hosting: talks hosted by a leader are between the states the sentence is about"
has THA VNM 04 "hosting: each party"

events_of "Fighting between Kenya and Somalia flared along the border in May.

The clashes ended with a truce brokered by Egypt and Turkey."
has EGY KEN 04 "mediation: a truce brokered after clashes of two states in the sentence before is between them"
has TUR SOM 04 "mediation: each mediator, each party"
lacks_joint EGY TUR 04 "mediation: the co-mediators did not mediate between each other"

events_of "At the African Union, Kenyan President William Ruto urged Ethiopia and Somalia on Monday to settle their dispute."
has KEN ETH 02 "an opening setting ('At the African Union,') is not a conjunct of the subject after its comma"
lacks AU '*' 02 "the setting's organisation is not the speaker"

events_of "At the African Union, Kenya and Uganda urged Ethiopia on Monday to settle the dispute."
has KEN ETH 02 "a coordination after an opening setting keeps its members"
has UGA ETH 02 "a coordination after an opening setting: each member"

events_with_control "Kenya welcomed a visit by the Thai prime minister.

The truce was brokered by Qatar." KEN THA QAT
lacks QAT '*' 04 "mediation: a brokered truce with no parties near it is for no one"

events_of "Pakistan accused the Taliban government of sheltering militants."
has PAK AFG 11 "the Taliban government is Afghanistan's"

events_of "Congo recalled its ambassador from Rwanda, while the Republic of Congo stayed silent."
has COD RWA 16 "wire style: 'Congo' alone is the Democratic Republic of the Congo"

events_of "Marcos told reporters on Thursday he had discussed the incident by telephone with Takaichi the previous evening."
has_on 2025-06-04 PHL JPN 04 "'the previous evening' counted from Thursday"

events_of "The leaders of Spain, Portugal and Morocco signed a declaration on Monday on a joint bid to host the games."
has_joint_on 2025-06-09 ESP PRT 05 "a declaration signed by a compound signer: one row a pair"
has_joint_on 2025-06-09 PRT MAR 05 "a declaration signed by a compound signer: the third pair"

events_with_control "Spain signed a declaration of emergency on Monday." ESP
lacks ESP '*' 05 "a declaration one state signs alone is no act between states"

events_of "The deployment is covered by an agreement that was signed last week by the defence ministers of Lithuania and Germany."
has_joint LTU DEU 05 "'an agreement that was signed ... by' names its signers"

events_of "Uzbekistan signed a water-sharing agreement with Tajikistan on Wednesday.

The deal was signed by the presidents of Uzbekistan and Tajikistan in Tashkent."
has_on 2025-06-11 UZB TJK 05 "the signing is dated"
lacks_joint_on '' UZB TJK 05 "the signing told again undated in the next sentence is the same act"

events_of "Kremlin spokesman Dmitry Peskov on Friday dismissed the declaration.

He warned Poland that Russia would respond if the batteries were moved."
has RUS POL 13 "a person pronoun opening its paragraph stands for the one person named in the sentence before"

events_of "Kremlin spokesman Dmitry Peskov met the Chinese foreign minister, Wang Yi, on Friday.

He warned Poland that Russia would respond if the batteries were moved."
lacks CHN POL 13 "a person pronoun with two persons named in the sentence before stands for neither"

events_of "Australia pledged A\$25 million (\$16.4 million) in emergency aid to Tonga on Tuesday.

The United States pledged \$2 million through the State Department.

France flew 20 tonnes of supplies to Tonga on Monday."
has_on 2025-06-10 AUS TON 03 "a sum in a foreign dollar with its conversion in brackets passes the gap"
has USA TON 03 "aid with no recipient named is for the one the aid acts before it were for"
has_on 2025-06-09 FRA TON 07 "flying supplies to a state is humanitarian aid"

events_of "Japan pledged \$5 million in aid to Tonga and Fiji.

Canada pledged \$1 million on Tuesday."
has JPN FJI 03 "aid pledged to two states: each"
lacks CAN TON 03 "aid with no recipient named, after aid to two states: no recipient guessed"
lacks CAN FJI 03 "aid with no recipient named, after aid to two states: neither"

events_of "Mexico on Thursday announced tariffs of up to 25% on about \$6 billion worth of U.S. farm goods."
has_on 2025-06-05 MEX USA 16 "tariffs announced on a state's goods"

events_of "Sheinbaum said she remained open to talks with Trump."
has MEX USA 03 "open to talks: intent to negotiate"
lacks_joint MEX USA 04 "open to talks: no meeting inside it"

events_of "Japan's prime minister, Sanae Takaichi, flew to Seoul on Friday.

President Lee Jae-myung hosted her for a dinner on Saturday."
has_on 2025-06-07 KOR JPN 04 "an object pronoun is not its clause's subject: 'Lee hosted her' is Lee hosting Takaichi"

# a possessive opening no paragraph of its own stays unresolved: its owner
# is often someone the knowledge base does not know
printf 'date 2025-06-11 Test Wire\n\nThe commission said Museveni had won the vote.\n\nWine has been held at his home by soldiers, his party said.\n' >"$WORK/possessive.txt"
run extract -f mentions "$WORK/possessive.txt"
expect_true "control: Museveni is found" grep -q "${TAB}UGA${TAB}.*${TAB}Museveni\$" "$OUT"
expect_true "'his' after an unknown person is not the person of the sentence before" \
	sh -c '! grep -Eq "	his\$" "$1"' sh "$OUT"

# A pair of states in one word (extract/pair.c; "SRC - TGT" patterns): the
# pair met, is in dispute, rivals, allies, partners, agreed or grew warmer.
events_of "The India-Pakistan talks in Geneva ended on Monday without a statement."
has_joint_on 2025-06-09 IND PAK 04 "pair: the India-Pakistan talks are a meeting of the two"
events_of "Oman, which has mediated U.S.-Iranian nuclear talks since April, named no date for the next round."
has_joint USA IRN 04 "pair: U.S.-Iranian nuclear talks, with a qualifier and an adjective"
events_of "Russia-Ukraine peace negotiations resumed in Istanbul on Monday."
has_joint RUS UKR 04 "pair: negotiations"
events_with_control "The United Nations called for India-Pakistan talks." IND PAK
lacks_joint IND PAK '*' "pair: talks another asks for are no act of the pair"
events_with_control "The envoy went on to India — Pakistan talks of hosting him later in the year." IND PAK
lacks_joint IND PAK 04 "pair: a dash with spaces sets off an aside and joins no pair"
events_with_control "The envoy went on to India—Pakistan talks of hosting him later in the year." IND PAK
lacks_joint IND PAK 04 "pair: an em dash sets off an aside and joins no pair"
events_of "Saudi Arabia hosted the Iran–Pakistan talks on Monday."
has_joint_on 2025-06-09 IRN PAK 04 "pair: an en dash joins a pair as a hyphen does"
events_of "The US-China trade war hit farmers hard, officials said."
has_rel dispute USA CHN "pair: the US-China trade war is a dispute"
events_of "Shelling worsened along the frontier as the Thailand-Cambodia border dispute flared again."
has_rel dispute THA KHM "pair: a border dispute"
events_of "The Israeli-Palestinian conflict dominated the meeting of Arab ministers."
has_rel dispute ISR PSE "pair: two adjectives"
events_of "The India-Pakistan rivalry shaped the summit."
has_rel rivalry IND PAK "pair: rivalry"
events_of "Japan-South Korea ties have warmed since the spring."
has_rel trend JPN KOR "pair: ties that warmed are a trend, a name running on past the word"
events_with_control "Japan-South Korea ties were on the agenda." JPN KOR
lacks_rel '[a-z]*' JPN KOR "pair: ties alone are no relation"
events_of "The US-Japan alliance turned 65 this year."
has_rel alliance USA JPN "pair: an alliance"
events_of "The Armenia-Azerbaijan peace deal signed in Washington in August ended decades of war."
has_rel agreement ARM AZE "pair: the peace deal that exists is an agreement"
events_with_control "Negotiations on an Armenia-Azerbaijan peace deal resumed on Monday." ARM AZE
lacks_rel agreement ARM AZE "pair: a peace deal under negotiation is no agreement"
events_with_control "Diplomats said the proposed Thailand-Cambodia ceasefire would be discussed on Friday." THA KHM
lacks_rel agreement THA KHM "pair: a proposed ceasefire is no agreement"
events_with_control "Hong Kong-based traders sold US-made drones to Pakistan-backed militants, Indian officials said." USA PAK
lacks USA '*' '*' "not a pair: US-made drones give nothing"
lacks '*' PAK '*' "not a pair: Pakistan-backed militants are no pair with anyone"
lacks_rel '[a-z]*' '[A-Z]*' '[A-Z]*' "not a pair: no relation either"

# A split pair does not change what identifies the article: its IRI is
# that of the same text in lower case, whose pair stays one word.
printf 'date 2025-06-11 Test Wire\n\nThe talks were India-Pakistan\n' >"$WORK/pair-iri.txt"
printf 'date 2025-06-11 Test Wire\n\nthe talks were india-pakistan\n' >"$WORK/pair-iri-lower.txt"
run extract -f mentions "$WORK/pair-iri.txt"
cp "$OUT" "$WORK/pair-iri.out"
expect_true "pair: the split word gives two mentions" grep -q "${TAB}PAK${TAB}" "$WORK/pair-iri.out"
run extract -f mentions "$WORK/pair-iri-lower.txt"
expect_true "pair: the article's IRI is the same as before the split" \
	test "$(head -n 1 "$WORK/pair-iri.out" | cut -f1)" = "$(head -n 1 "$OUT" | cut -f1)"

# A combining form opens a pair ("Sino-Japanese"); a past war named by its
# pair is no dispute now.
events_of "Sino-Japanese ties have warmed since the spring, and the Franco-German partnership held."
has_rel trend CHN JPN "pair: a combining form (Sino) opens a pair"
has_rel partnership FRA DEU "pair: Franco-German partnership"
events_with_control "Veterans of the 1971 India-Pakistan war and of the Russo-Japanese War met historians in Delhi." IND PAK
lacks_rel dispute IND PAK "pair: a war alone, often a past one, is no dispute"
lacks_rel dispute RUS JPN "pair: a named past war is no dispute"

# The object a pair in one word opens is both of the pair.
events_of "Oman has mediated US-Iran nuclear talks since April."
has OMN USA 04 "pair as object: Oman mediated for the US"
has OMN IRN 04 "pair as object: and for Iran"
events_of "Qatar praised Iran — Oman hosted the talks on Monday."
has QAT IRN 05 "pair as object (control): the praise of Iran"
lacks QAT OMN '*' "pair as object: a dash that sets off a new clause joins no pair"

# Real news language that gave wrong facts (issue 15): each case with a
# positive control in the same shape.
events_with_control "Australian wheat exports to Indonesia fell by a third last year, and imports of steel from Vietnam rose." AUS IDN VNM
lacks AUS IDN 06 "trade flow: 'exports to Indonesia fell' is a statistic, not an act"
lacks '*' VNM 06 "trade flow: 'imports of steel from Vietnam' is a statistic, not an act"
events_of "Indonesia resumed imports from Australia on Monday."
has_on 2025-06-09 IDN AUS 08 "trade flow (control): resuming imports is an act, the end of a ban (IDN AUS 085)"
events_of "Indonesia resumed trade with Australia on Monday."
has_on 2025-06-09 IDN AUS 06 "trade flow (control): resumed trade is trade (IDN AUS 061)"

events_with_control "The threat of tariffs pushed officials from Peru, Chile and Ecuador to make concessions." PER CHL ECU
lacks_joint PER CHL 08 "co-actors: those who yielded together did not yield to each other"
lacks_joint CHL ECU 08 "co-actors: those who yielded together did not yield to each other (2)"
events_of "Thailand and Cambodia declared a ceasefire on Monday."
has_joint_on 2025-06-09 THA KHM 08 "co-actors (control): a ceasefire is declared between the two"
events_of "Peru and Chile held talks on Monday."
has_joint_on 2025-06-09 PER CHL 04 "co-actors (control): talks are held with each other"

events_with_control "To date, talks with Chile have made little progress. A Plan To Ease Ties. Chile welcomed the plan." CHL
lacks VNM '*' '*' "a family name that is a preposition: 'To date' is no Vietnamese leader"

events_with_control "Officials said a meeting between Kenya and Uganda could take place in Nairobi next month." KEN UGA
lacks_joint KEN UGA 04 "a noun subject of 'could': a meeting that could take place is no meeting"
events_of "Talks between Kenya and Uganda were held in Nairobi on Monday."
has_joint_on 2025-06-09 KEN UGA 04 "a noun subject (control): talks that were held are a meeting"

events_with_control "Kenya and Uganda reached an outline in May, but signing a deal has proved elusive." KEN UGA
lacks_joint KEN UGA 05 "a gerund subject of 'has proved elusive': the deal was not signed"
events_with_control "Kenya settled the row, but signing a deal with Uganda has proved elusive." KEN UGA
lacks_rel agreement KEN UGA "a gerund subject of 'has proved elusive': no agreement with the partner named"
events_of "Kenya and Uganda reached an outline in May, and signing a deal with Uganda took Kenya a week."
has_rel agreement KEN UGA "a gerund subject (control): a deal signed is an agreement"
events_of "Peru's congress ordered the suspension on Monday, accusing Chile of failing to honour the treaty."
has_on 2025-06-09 PER CHL 11 "a gerund after a comma is a verb, not a subject: 'accusing Chile of failing to' is an accusation"
lacks USA '*' '*' "'Peru's congress' is not the US Congress"

events_with_control "Russia and Belarus have been accused of blocking food convoys in an attempt to force Ukraine to withdraw." RUS BLR UKR
lacks RUS UKR 17 "'have been accused of': what is alleged is not told as fact"
events_of "Russia blocked food convoys on Monday in an attempt to force Ukraine to withdraw."
has RUS UKR 17 "'accused of' (control): an attempt told as fact is coercion"

events_with_control "The envoy was part of a campaign to get Serbia to recognise Kosovo." SRB XKX
lacks SRB XKX '*' "'a campaign to get Serbia to recognise Kosovo': wanted, not done"

events_with_control "Japan condemned the launch as a clear violation of U.N. Security Council resolutions." JPN
lacks JPN '*' 12 "a bare 'violation of' names no doer: not the one who condemned it"
events_of "Japan condemned North Korea's violation of U.N. Security Council resolutions on Monday."
has PRK UNSC 12 "'violation of' (control): the owner of the violation is its doer"

events_with_control "The United States has been training Syrian opposition forces since May. Russian rebels attacked Ukraine on Monday." USA UKR
lacks USA SYR '*' "'Syrian opposition forces' are not the Syrian state"
lacks RUS UKR '*' "'Russian rebels' are not the Russian state"
events_of "The United States has been training Syrian troops since May."
has USA SYR 07 "a state adjective (control): 'Syrian troops' are the state's"

events_with_control "The United Nations on Monday regretted the announcement made by the United States." USA
lacks USA UNO '*' "a statement made by X is made for no one: not for who regretted it"
events_of "Armenia and Azerbaijan held talks hosted by Turkey on Monday."
has TUR ARM 04 "passive (control): talks hosted by Turkey are hosted for who held them"

events_with_control "American Kevin King and Australian Timothy Weeks were handed over on Tuesday.

The men were flown out on helicopters. Their release came hours after the Afghan government freed three Taliban prisoners and sent them to Qatar." USA AUS AFG
lacks AFG USA 08 "'freed three prisoners and sent them': 'them' are the prisoners, not the group named before"
events_of "American Kevin King and Australian Timothy Weeks were seized in 2016.

The men were held for three years. The Afghan government freed them on Tuesday."
has AFG USA 08 "a plural pronoun (control): 'freed them' after the group is the group"

events_with_control "Mexican President Claudia Sheinbaum met his rival Joe Biden on Monday." MEX USA
lacks_rel rivalry MEX USA "a rival who is a person is an electoral or personal rival, not a rival state"
events_of "Egypt warned its regional rival Ethiopia on Monday."
has_rel rivalry EGY ETH "a rival (control): a rival state is a rivalry"

events_with_control "A trade deal between Kenya and Uganda was supposed to be a quick win for both leaders." KEN UGA
lacks_rel agreement KEN UGA "'was supposed to be': an expected deal is no agreement"
events_of "A trade deal between Kenya and Uganda took effect on Monday."
has_rel agreement KEN UGA "a noun subject (control): a deal that took effect is an agreement"

# The city of a mission stands for its state when ties are cut (161).
events_of "France closed its embassy in Kabul on Monday."
has_on 2025-06-09 FRA AFG 16 "161: an embassy closed in Kabul is FRA AFG 161"
events_of "Colombia recalled its ambassador in Washington for consultations."
has COL USA 16 "161: an ambassador recalled from his post in Washington is COL USA 161"
events_with_control "Colombia recalled its ambassador for consultations in Bogota on Monday." COL
lacks COL '*' 16 "161: consultations in the recaller's own capital name no target"

# A call between two named leaders, with no 'with': the engine pairs the
# subjects, as for 'met'.
events_of "Canadian Prime Minister Mark Carney and Mexican President Claudia Sheinbaum spoke by telephone on Tuesday."
has_joint_on 2025-06-10 CAN MEX 04 "041: two leaders who spoke by telephone"
events_with_control "Canadian Prime Minister Mark Carney spoke by telephone on Tuesday." CAN
lacks CAN '*' 04 "041: one speaker alone has no one to have called"

# Congratulations sent as a message.
events_of "Chinese President Xi Jinping sent Ugandan President Yoweri Museveni a message of congratulations on Sunday."
has CHN UGA 05 "051: a message of congratulations sent to a leader"
events_with_control "Chinese President Xi Jinping sent a message on Sunday, state media said." CHN
lacks CHN '*' 05 "051: a message with no congratulations is no praise"

# "...": the whole person handed over passes between the act and its
# target, inside one noun phrase only.
events_of "Colombia suspended the extradition of a senior commander of a drug cartel to the United States on Monday."
has_on 2025-06-09 COL USA 12 "1213: an extradition suspended past a long object is COL USA 1213"
events_of "Peru extradited a former minister wanted for fraud to Brazil on Monday."
has_on 2025-06-09 PER BRA 06 "063: extradited past a long object to its target"
events_with_control "Peru extradited the banker, who had fled to Brazil in 2019." PER BRA
lacks PER BRA 06 "063: a '...' gap does not cross a comma into a relative clause"
events_with_control "Peru extradited the banker after he returned to Brazil." PER BRA
lacks PER BRA 06 "063: a '...' gap does not cross a clause word"

# A date that refers back: "that month" is the month told just before.
events_of "Relations soured after the election in January 2024.

That month, Venezuela expelled Colombian diplomats."
has_on 2024-01 VEN COL 16 "date: 'that month' is the month told in the sentence before"
events_of "The two sides signed a truce in 2019.

Officials said Japan criticised China that day."
expect_no_re "$(event_re '2019[^	]+' JPN CHN 11)" "date: 'that day' after a year alone gives no day"
has JPN CHN 11 "date (control): the act is still coded"

# A date inside a clause with no "that" ("the rules it introduced in
# April") is that clause's, not the act's.
events_of "The European Union urged China to lift the licensing rules it introduced in April."
has EUR CHN 02 "date: the appeal is coded"
lacks_on 2025-04 EUR CHN 02 "date: 'it introduced in April' does not date the appeal"
events_of "Japan urged China to return it in April."
has_on 2025-04 JPN CHN 02 "date (control): an object pronoun before the date leaves it the act's"

# A count with "more" or "other" before the people of a state.
events_of "Russia barred 45 more Estonian officials from entering the country on Monday."
has_on 2025-06-09 RUS EST 17 "172: '45 more Estonian officials' are Estonia's"
events_with_control "Russia barred 45 more officials from entering the country on Monday." RUS
lacks RUS '*' 17 "172: officials of no named state give no target"
# The head of a state's or union's mission summoned.
events_of "Russia summoned the head of the EU delegation in Moscow on Monday."
has_on 2025-06-09 RUS EUR 11 "114: the head of the EU delegation summoned"
events_with_control "Russia summoned the head of the delegation on Monday." RUS
lacks RUS '*' 11 "114: a delegation of no named party gives no target"

# A denial cancels the act of the clause "that" opens, its subject
# included, up to the denier's next verb.
events_with_control "Rwanda's foreign minister denied that Rwandan forces had crossed into Congolese territory." RWA COD
lacks RWA COD 19 "denial: 'denied that Rwandan forces had crossed' is no crossing"
events_with_control "Rwanda rejected claims that its troops had shelled Congo." RWA COD
lacks RWA COD 19 "denial: 'rejected claims that its troops had shelled' is no shelling"
events_of "Venezuela's defence minister denied that any troops had entered Guyanese territory and accused Guyana of inventing the incident."
has VEN GUY 11 "denial (control): the denier's next act after 'and' stands"
events_of "Rwanda said that Rwandan troops had shelled Congo."
has RWA COD 19 "denial (control): 'said that' cancels nothing"

# Two titles joined by "and" share their owner: the second is not the
# last minister of that office named before.
events_of "Rwanda's foreign minister met Congo's foreign minister on Monday.

Qatar's prime minister and foreign minister spoke by telephone with President Felix Tshisekedi on Tuesday."
has QAT COD 04 "title: 'Qatar's prime minister and foreign minister' called Tshisekedi"
lacks RWA COD 041 "title: the second title is Qatar's, not Rwanda's foreign minister named before"
# A denial of an act the other side charged (016): the state whose border
# the denied act would have crossed is the accuser.
events_of "Ecuador denied that any soldiers had crossed into Peruvian territory."
has ECU PER 01 "016: a denial that soldiers crossed into a neighbour's territory"
events_with_control "Ecuador denied that Colombian soldiers had crossed into Peruvian territory." ECU COL PER
lacks ECU '*' 01 "016: another state's soldiers between 'denied that' and the border: no denial of one's own act"

# An offer of mediation welcomed or accepted is the intent to accept
# mediation (038), with the mediator as the target.
events_of "Guyana welcomed the Brazilian offer of mediation on Monday."
has_on 2025-06-09 GUY BRA 03 "038: a welcomed offer of mediation is GUY BRA 038"
lacks GUY BRA 05 "038: not also the praise of the offer"
events_of "Guyana welcomed the Brazilian offer of loans on Monday."
lacks GUY BRA 03 "038: a welcomed offer of loans is no mediation"

# "both delegations" stands for the two states of the talks before.
events_of "Armenia and Azerbaijan held talks in Istanbul on Monday.

Turkey praised both delegations for their restraint."
has TUR ARM 05 "group: 'both delegations' is the two sides of the talks (ARM)"
has TUR AZE 05 "group: 'both delegations' is the two sides of the talks (AZE)"
events_with_control "Turkey praised both delegations for their restraint." TUR
lacks TUR '*' 05 "group: 'both delegations' with no two states before is no one"

# A name behind its lower-case Arabic article ("al-Shaibani") is a name.
events_of "Syrian Foreign Minister Asaad al-Shaibani spoke in Damascus on Monday.

Jordan criticised al-Shaibani on Tuesday."
has_on 2025-06-10 JOR SYR 11 "name: 'al-Shaibani' is the minister named before"
events_with_control "Syrian Foreign Minister Asaad al-Shaibani spoke in Damascus on Monday.

Jordan criticised al-shaibani on Tuesday." SYR JOR
lacks JOR SYR 11 "name: an article before a lower-case word is no name"

# A scare quote after "what X called" is passed whole: the target is the
# one whose conduct is quoted.
events_of "Germany condemned what it called the \"reckless conduct\" of Russian pilots."
has DEU RUS 11 "target: past 'what it called the \"...\"' to the doer of the quoted conduct"
events_with_control "Germany condemned what it called the \"reckless\" behaviour of pilots flying near Russian bases." DEU RUS
lacks DEU RUS 11 "target: a state further on, past the quoted phrase's own object, is none"

# A separate or bilateral meeting held by two is a meeting of the two.
events_of "Argentina and Chile held a separate two-hour meeting on Monday."
has_joint_on 2025-06-09 ARG CHL 04 "040: two who held a separate meeting met each other"
events_with_control "Argentina held an emergency meeting after Chilean troops crossed the border." ARG CHL
lacks ARG CHL 04 "040: an emergency meeting held alone names no other side"

# A protest over another state's presence or activities names it.
events_of "Japan lodged a protest over the presence of Chinese warships on Monday."
has_on 2025-06-09 JPN CHN 11 "114: a protest over the presence of Chinese warships is JPN CHN 114"
events_with_control "Jordan lodged a protest over the killing of Palestinian civilians." JOR PSE
lacks JOR PSE 11 "114: the victims of what is protested are no target"

# "called the NOUN unjustified": the doer of the act the noun names.
events_of "Mali expelled two French diplomats on Monday.

France called the expulsions unjustified."
has FRA MLI 11 "111: 'called the expulsions unjustified' answers Mali's expulsion"
events_with_control "Mali expelled two French diplomats on Monday.

France called the tariffs unjustified." FRA MLI
lacks FRA MLI 11 "111: a noun that names no act told before answers none"

# U.S. envoys in the knowledge base (a person and nationality, no post).
events_of "Steve Witkoff met Israeli Prime Minister Benjamin Netanyahu on Monday."
has_on 2025-06-09 USA ISR 04 "kb: Steve Witkoff is American"
events_of "Tom Barrack met Syrian President Ahmed al-Sharaa on Monday."
has_on 2025-06-09 USA SYR 04 "kb: Tom Barrack is American"
events_with_control "Steve Whitman met Israeli Prime Minister Benjamin Netanyahu on Monday." ISR
lacks USA ISR 04 "kb: a name the knowledge base does not know is no one"

# A capital joined by "and" to a capital that stands for its government
# stands for its own ("warned Tokyo and Manila").
events_of "China warned Tokyo and Manila on Monday."
has_on 2025-06-09 CHN PHL 13 "capital: the conjunct of a government is a government (PHL)"
has_on 2025-06-09 CHN JPN 13 "capital: the first conjunct stays a government (JPN)"
events_with_control "China warned Japan after talks in Seoul and Manila on Monday." CHN JPN
lacks CHN PHL 13 "capital: the conjunct of a place is a place"

# A joint declaration adopted by two leaders is signed (057).
events_of "Argentina and Chile adopted a joint declaration on Monday."
has_joint_on 2025-06-09 ARG CHL 05 "057: a joint declaration adopted by two states"
events_with_control "Argentina and Chile adopted a joint approach to fishing on Monday." ARG CHL
lacks_joint ARG CHL 05 "057: a joint approach adopted is no signed text"

# Embargoes in the plural are a sanctions regime as the singular is.
events_of "Spain and Slovenia imposed arms embargoes on Israel last year."
has_rel sanctions ESP ISR "sanctions: arms embargoes imposed on Israel (ESP)"
has_rel sanctions SVN ISR "sanctions: arms embargoes imposed on Israel (SVN)"
events_with_control "Spain and Slovenia did not impose arms embargoes on Israel." ESP SVN ISR
lacks_rel sanctions ESP ISR "sanctions: embargoes not imposed are none"

# Relations from the phrases held-out news used for them (issue 15), each
# with a near miss that must give nothing.
events_of "Norway and Iceland have been at odds for years over fishing quotas."
has_rel dispute NOR ISL "dispute: at odds for years over an issue"
events_with_control "Norway and Iceland have been at sea for years over the winter." NOR ISL
lacks_rel dispute NOR ISL "dispute: 'at sea for years' is no dispute"

events_of "Peru and Ecuador agreed to demarcate their disputed Amazonian border."
has_rel dispute PER ECU "dispute: their disputed border, presupposed by an agreement to demarcate it"
events_with_control "Peru and Ecuador agreed to demarcate a new border crossing." PER ECU
lacks_rel dispute PER ECU "dispute: a border crossing to demarcate is no dispute"

events_of "Kenya and Uganda took a step towards ending two decades of conflict over the islands."
has_rel dispute KEN UGA "dispute: decades of conflict over an issue"
events_with_control "Kenya and Uganda celebrated two decades of cooperation over the islands." KEN UGA
lacks_rel dispute KEN UGA "dispute: decades of cooperation are no dispute"

events_of "Ties between Chile and Bolivia have been strained since March."
has_rel trend CHL BOL "trend: ties that have been strained since a date"
events_with_control "Ties between Chile and Bolivia have been steady since March." CHL BOL
lacks_rel trend CHL BOL "trend: steady ties are no trend"

events_of "The report describes a contest for influence in Africa between Russia on one side and France on the other."
has_rel rivalry RUS FRA "rivalry: a contest for influence between two states"
events_with_control "The report describes a contest for the trophy between Russia on one side and France on the other." RUS FRA
lacks_rel rivalry RUS FRA "rivalry: a contest for a trophy is no rivalry"

events_of "Brazil, Argentina's main ally, called for calm."
has_rel alliance BRA ARG "alliance: a state's main ally"
events_with_control "Brazil, Argentina's main trading hub, called for calm." BRA ARG
lacks_rel alliance BRA ARG "alliance: a main trading hub is no ally"

events_of "Canada has adopted a series of sanctions packages against Iran since 2019."
has_rel sanctions CAN IRN "sanctions: sanctions packages against a state"
events_with_control "Canada has adopted a series of aid packages for Iran since 2019." CAN IRN
lacks_rel sanctions CAN IRN "sanctions: aid packages are no sanctions"

events_of "Ankara halted all trade with Israel in May."
has_rel sanctions TUR ISR "sanctions: halting all trade with a state is an embargo"
events_with_control "Ankara halted all flights to Israel in May." TUR ISR
lacks_rel sanctions TUR ISR "sanctions: halted flights are no embargo"

events_of "The United States imposed visa restrictions on Ugandan officials."
has_rel sanctions USA UGA "sanctions: visa restrictions on a state's officials"
events_with_control "The United States eased visa rules for Ugandan students." USA UGA
lacks_rel sanctions USA UGA "sanctions: eased visa rules are no sanctions"

events_of "Peru and Chile signed a joint declaration on Monday."
has_rel agreement PER CHL "agreement: a joint declaration two states signed"
events_of "Greece and Turkey signed a declaration on friendly relations in Athens."
has_rel agreement GRC TUR "agreement: a declaration on friendly relations two states signed"
events_with_control "Greece and Turkey refused to sign a declaration on friendly relations." GRC TUR
lacks_rel agreement GRC TUR "agreement: a declaration refused is no agreement"

# A relation that a cue's verb presupposes holds whatever the cue
# (cues.txt, presuppose): easing curbs, honouring an accord.
events_of "An official said Tokyo could consider easing its curbs on exports of machine tools to China."
has_rel sanctions JPN CHN "presuppose: curbs that might be eased are there"
events_with_control "An official said Tokyo could impose curbs on exports of machine tools to China." JPN CHN
lacks_rel sanctions JPN CHN "presuppose: curbs that might be imposed are not"

events_of "Malaysia urged Laos and Vietnam on Wednesday to honour the accord that the two neighbours signed in October."
has_rel agreement LAO VNM "presuppose: the accord two states are urged to honour was signed"
events_with_control "Malaysia urged Laos and Vietnam on Wednesday to sign a border accord." LAO VNM
lacks_rel agreement LAO VNM "presuppose: an accord they are urged to sign is none"

events_with_control "Niger and Mali are seeking to ease tensions with their coastal neighbours." NER MLI
lacks_rel dispute NER MLI "presuppose: tensions with unnamed neighbours are none between the two"

events_of "An official said Tokyo could consider easing its curbs on exports of machine tools to China if Beijing resumed rare earth sales."
has_rel sanctions JPN CHN "presuppose: a condition on easing the curbs leaves the curbs there"

events_of "Aoun called the strikes a violation of the ceasefire that Syria and Jordan accepted in May."
has_rel agreement SYR JOR "agreement: the ceasefire two states accepted"
events_with_control "Aoun said the ceasefire that Syria proposed in May was dead." SYR
lacks_rel agreement SYR JOR "agreement: a ceasefire one side proposed is no agreement"

# A negation inside a relation's own words cancels it as one before it does.
events_with_control "Relations between Chile and Peru have not deteriorated, the minister said." CHL PER
lacks_rel trend CHL PER "negation: relations that have not deteriorated are no trend"
events_of "Relations between Chile and Peru have deteriorated, the minister said."
has_rel trend CHL PER "negation: control: relations that have deteriorated"

events_of "Relations between India and Canada remain tense."
has_rel dispute IND CAN "dispute: relations that remain tense"
events_with_control "Relations between India and Canada remain warm." IND CAN
lacks_rel dispute IND CAN "dispute: relations that remain warm are no dispute"

events_of "Canada, a founding member of NATO, sent four jets."
has_rel alliance CAN NATO "membership: a founding member of NATO"
events_of "Poland and Lithuania are NATO allies."
has_rel alliance POL NATO "membership: states that are NATO allies (POL)"
has_rel alliance LTU NATO "membership: states that are NATO allies (LTU)"
events_with_control "Poland and Lithuania are not NATO allies." POL LTU
lacks_rel alliance POL NATO "membership: states that are not NATO allies"

events_of "Georgia signed a strategic partnership with China in 2023."
has_rel partnership GEO CHN "partnership: a strategic partnership signed"
events_with_control "Peru and Chile want to sign a strategic partnership next year." PER CHL
lacks_rel partnership PER CHL "partnership: a strategic partnership only wanted"

# A relation whose end is told is over (cues.txt, ended); an end negated or
# only planned leaves it.
events_with_control "The United States lifted sanctions on Syria in May." USA SYR
lacks_rel sanctions USA SYR "ended: sanctions lifted are no sanctions"
events_of "The United States has not lifted its sanctions on Cuba."
has_rel sanctions USA CUB "ended: sanctions not lifted are there"
events_of "The United States plans to lift its sanctions on Belarus."
has_rel sanctions USA BLR "ended: sanctions only planned to be lifted are there"
events_with_control "Peru and Chile resolved their border dispute in 2014." PER CHL
lacks_rel dispute PER CHL "ended: a dispute resolved is none"

events_of "Japan, a close U.S. ally, condemned the launch."
has_rel alliance JPN USA "alliance: a state that is another's close ally"
events_with_control "Russia attacked a U.S. ally on Monday, Japan said." RUS JPN
lacks_rel alliance RUS USA "alliance: the target of an act on 'a U.S. ally' is no ally of the doer"

events_of "Japan and India are rivals of China in Asia."
has_rel rivalry JPN CHN "rivalry: states that are rivals of another (JPN)"
has_rel rivalry IND CHN "rivalry: states that are rivals of another (IND)"
lacks_rel rivalry JPN IND "rivalry: two rivals of a third are not rivals of each other"
events_with_control "Peru and Chile are not rivals, the minister said." PER CHL
lacks_rel rivalry PER CHL "rivalry: states that are not rivals"

events_of "Venezuela claims two-thirds of Guyana's territory."
has_rel dispute VEN GUY "dispute: claiming a share of a state's territory"
events_with_control "Venezuela mapped two-thirds of Guyana's territory." VEN GUY
lacks_rel dispute VEN GUY "dispute: mapping a state's territory is no claim"

events_of "The accord reached by Peru and Chile in March ended the row."
has_rel agreement PER CHL "agreement: an accord reached by two states"
events_with_control "The accord was brokered by Qatar and praised by Peru." QAT PER
lacks_rel agreement QAT PER "agreement: the broker and a bystander are no parties"

events_of "Russia's ally Belarus hosted the drills."
has_rel alliance RUS BLR "alliance: a state's ally named after it"
events_with_control "Russia's ally attacked Ukraine on Monday." RUS UKR
lacks_rel alliance RUS UKR "alliance: the target of 'Russia's ally' is no ally"

events_of "Ties between Peru and Chile hit a new low on Monday."
has_rel trend PER CHL "trend: ties between two states at a new low"
events_with_control "Trade between Peru and Chile hit a new low on Monday." PER CHL
lacks_rel trend PER CHL "trend: trade at a low is no trend of relations"

events_of "India and Pakistan have been bitter rivals since 1947."
has_rel rivalry IND PAK "rivalry: states that have been bitter rivals"

# An initialled agreement is agreed on, not yet signed (issue 15: no false
# agreements).
events_with_control "The leaders of Laos and Vietnam initialled the text of a peace agreement in May." LAO VNM
lacks_rel agreement LAO VNM "agreement: an initialled peace agreement is not yet one"
events_of "The leaders of Laos and Vietnam signed the text of a peace agreement in May."
has_rel agreement LAO VNM "agreement: control: a signed peace agreement is one"

# Relation phrases of unseen news (issue 15, relations-s): ties that sour
# or break, disputes, partnerships, alliances and agreements in force; and
# negotiations, refusals, hopes and vetoes that make none.
events_of "Relations between Peru and Bolivia have collapsed since the election."
has_rel trend PER BOL "trend: relations between two states that have collapsed"
events_of "Chile's ties with Bolivia have soured sharply."
has_rel trend CHL BOL "trend: a state's ties with another that have soured"
events_of "Relations between Ghana and Togo are at their lowest point in years."
has_rel trend GHA TGO "trend: relations at their lowest point"
events_of "Tensions have been rising between Laos and Cambodia."
has_rel trend LAO KHM "trend: tensions rising between two states"
events_with_control "Trade has been rising between Laos and Cambodia." LAO KHM
lacks_rel trend LAO KHM "trend: trade rising is no trend of relations"
events_of "Mali cut diplomatic ties with Algeria in April."
has_rel dispute MLI DZA "dispute: ties cut"
events_of "Nicaragua broke off relations with the Netherlands last year."
has_rel dispute NIC NLD "dispute: relations broken off"
events_of "Relations between Iran and Bahrain have been severed since 2016."
has_rel dispute IRN BHR "dispute: relations severed"
events_with_control "Iran and Bahrain have restored diplomatic ties." IRN BHR
lacks_rel dispute IRN BHR "dispute: ties restored are no dispute"
events_of "Sudan and Egypt have long been at loggerheads with Ethiopia."
has_rel dispute SDN ETH "dispute: at loggerheads with a state"
events_of "Hungary and Romania have long been at odds."
has_rel dispute HUN ROU "dispute: two states long at odds"
events_of "Relations between Chad and Sudan have been tense since 2023."
has_rel dispute TCD SDN "dispute: relations that have been tense"
events_of "Cuba regards the base at Guantanamo as part of its territory, and Beijing views self-governed Taiwan as its own territory."
has_rel dispute CHN TWN "dispute: regarding a state as one's own territory"
events_of "Serbia considers Kosovo a breakaway province."
has_rel dispute SRB XKX "dispute: considering a state a breakaway province"
events_with_control "Serbia considers Kosovo a promising market." SRB XKX
lacks_rel dispute SRB XKX "dispute: a market is no claim"
events_of "Algeria's longtime rival Morocco hosted the summit."
has_rel rivalry DZA MAR "rivalry: a state's longtime rival named after it"
events_of "Indonesia elevated ties with Japan to a comprehensive strategic partnership."
has_rel partnership IDN JPN "partnership: ties elevated to a strategic partnership"
events_of "Brazil remains Argentina's key economic partner."
has_rel partnership BRA ARG "partnership: a state's key economic partner"
events_of "Kenya's largest trading partner Uganda imposed new fees."
has_rel partnership KEN UGA "partnership: a state's largest trading partner named after it"
events_of "Sweden became a NATO member in 2024."
has_rel alliance SWE NATO "membership: becoming a NATO member"
events_with_control "Sweden hopes to become a NATO member within two years, its prime minister said on Monday." SWE
lacks_rel alliance SWE NATO "membership: hoping to become a member is none"
events_of "Norway and Denmark are fellow NATO members."
has_rel alliance NOR NATO "membership: fellow NATO members"
events_of "Britain is obliged under a 1949 treaty to defend Norway."
has_rel alliance GBR NOR "alliance: obliged under a treaty to defend a state"
events_of "Chile and Peru are parties to the 1929 border treaty."
has_rel agreement CHL PER "agreement: parties to a treaty"
events_of "Egypt and Sudan share the river under the 1959 water agreement."
has_rel agreement EGY SDN "agreement: acting under an agreement"
events_of "The truce between Armenia and Azerbaijan has held since March."
has_rel agreement ARM AZE "agreement: a truce between two states"
events_with_control "Qatar called for a truce between Armenia and Azerbaijan." ARM AZE
lacks_rel agreement ARM AZE "agreement: a truce called for is none"
events_with_control "Chile and the EU are negotiating a free trade agreement." CHL
lacks_rel agreement CHL EUR "agreement: negotiating an agreement makes none"
events_with_control "Bolivia rejected a gas deal with Brazil." BOL BRA
lacks_rel agreement BOL BRA "agreement: a deal rejected is none"
events_with_control "The two sides hope to reach a trade deal by June, Peru and Chile said." PER CHL
lacks_rel agreement PER CHL "agreement: a deal hoped for is none"
events_with_control "Slovakia vetoed new EU sanctions against Belarus." SVK BLR
lacks_rel sanctions EUR BLR "sanctions: sanctions vetoed are not imposed"
events_with_control "The EU proposed a new sanctions package against Belarus." BLR
lacks_rel sanctions EUR BLR "sanctions: a package proposed is not imposed"
events_of "The EU imposed a new sanctions package against Belarus."
has_rel sanctions EUR BLR "sanctions: control: a package imposed is sanctions"

# A seat city stands for the organisation seated there (irkg:seatOf:
# Brussels, the EU) when the article names the organisation and not the
# city's state as an actor; otherwise for the state, as any capital.
events_of "The European Union filed a complaint against Vietnam on Monday, officials said in Brussels. Relations between Brussels and Hanoi have soured since March."
has_rel trend EUR VNM "seat: Brussels after the EU is named is the EU"
lacks_rel trend BEL VNM "seat: Brussels after the EU is named is not Belgium"
events_of "The European Union and Belgium hosted a conference on Monday. Relations between Brussels and Hanoi have soured since March."
has_rel trend BEL VNM "seat: Brussels in an article that names Belgium is Belgium"
events_of "Relations between Brussels and Hanoi have soured since March, officials said on Monday."
has_rel trend BEL VNM "seat: Brussels in an article that names no EU is Belgium"
# A meeting's counterpart is in its own clause, not in one of time after
# it; a reaction's cause may be ("voiced disappointment after Tokyo ...").
events_with_control "Argentina held emergency talks on Monday after Chilean troops crossed the border." ARG CHL
lacks_joint ARG CHL 04 "040: no counterpart from an 'after' clause"
events_of "Argentina held emergency talks with Chile on Monday after Chilean troops crossed the border."
has_joint_on 2025-06-09 ARG CHL 04 "040 (control): the counterpart named in the meeting's clause"
events_of "Argentina voiced disappointment on Monday after Chile closed the border."
has ARG CHL 11 "111 (control): a reaction's cause after 'after' is still its target"

# An act told in a clause of time is background: a day named before the
# clause is not its day; one inside it is.
events_of "Russia summoned the Polish ambassador on Tuesday, a month after Polish jets shot down three Russian drones."
has_on 2025-06-10 RUS POL 11 "date: the summons is on Tuesday"
has_on '' POL RUS 19 "date: the downing 'a month after' carries no date"
lacks_on 2025-06-10 POL RUS 19 "date: the downing is not dated by the main clause's Tuesday"
events_of "Russia summoned the Polish ambassador after Polish jets shot down three Russian drones on Tuesday."
has_on 2025-06-10 POL RUS 19 "date (control): a day inside the clause of time dates its act"
events_of "Pakistan closed the border with Afghanistan in May 2025, after the deadliest clashes between the two countries in years."
has_joint_on 2025-05 PAK AFG 19 "date (control): a month before 'after' dates a noun with no subject of its own"

# A date after a later coordinated verb is that verb's, not the first's.
events_of "The European Union imposed tariffs on Chinese steel and sanctioned Russian banks in 2024."
has_on 2024 EUR RUS 16 "date: the later verb keeps its date"
has_on '' EUR CHN 16 "date: the first verb takes no date from a later verb"
events_of "France and Poland signed a friendship and defence treaty in May 2025."
has_joint_on 2025-05 FRA POL 05 "date (control): 'and' inside the act's own words does not cut its date"
events_of "The European Union imposed tariffs on Chinese steel in 2024."
has_on 2024 EUR CHN 16 "date (control): a date after a single verb dates it"

# The object noun of a verb pattern passes up to two words of its own
# before it ("brokered a peace deal", "held ceasefire talks"), but not a
# preposition, an actor or a deictic.
events_of "Qatar brokered a peace deal between Sudan and Chad on Monday."
has_on 2025-06-09 QAT SDN 04 "045: 'brokered a peace deal between' passes the noun's own word"
events_of "Argentina held ceasefire talks with Chile on Monday."
has_joint_on 2025-06-09 ARG CHL 04 "040: 'held ceasefire talks with' is a meeting"
events_with_control "Argentina hosted a press conference about the talks with Chile." ARG CHL
lacks_joint ARG CHL 04 "043: a noun of another act before 'about the talks' is no hosting"
events_with_control "Argentina held a press briefing at which Chile was criticised." ARG CHL
lacks_joint ARG CHL 04 "040: a briefing is not talks"

# A verb in its bare form after "and", with no subject of its own, shares
# the mood of the verb before it; a verb with its own tense does not.
events_of "Turkey said it would open its border with Armenia and establish diplomatic relations with Yerevan."
expect_re "^event${TAB}[^${TAB}]*${TAB}TUR${TAB}ARM${TAB}05[0-9]*${TAB}[^${TAB}]*${TAB}[^${TAB}]*${TAB}planned" \
	"plan: 'would open ... and establish' plans the second act too"
events_of "Russia said the sanctions would not change its course and accused Armenia of sabotage."
has RUS ARM 11 "plan (control): 'and accused' has a tense of its own: an act"
expect_no_re "^event${TAB}[^${TAB}]*${TAB}RUS${TAB}ARM${TAB}[^${TAB}]*${TAB}[^${TAB}]*${TAB}[^${TAB}]*${TAB}planned" \
	"plan (control): 'and accused' is not planned by 'would' before it"

# A gap passes a possessive pronoun ("placed its troops on high alert"),
# not a name; force posed at a border faces the state across it.
events_of "Burundi placed its troops on high alert along its border with Rwanda on Monday."
has_on 2025-06-09 BDI RWA 15 "152: its troops on high alert along its border with Rwanda"
events_with_control "Burundi placed Rwandan forces on high alert on Monday." BDI RWA
lacks BDI RWA 15 "152: a gap does not pass a state's name"
events_with_control "Burundi placed its troops on high alert while Rwanda reopened its border with Tanzania." BDI TZA
lacks BDI TZA 15 "152: a border in another clause is not the one faced"

# A response to "the move", "the decision" answers a hostile act done to
# the responder in its sentence or the one before, whatever the noun.
events_of "The EU filed a complaint against China on Monday. Beijing condemned the move."
has CHN EUR 11 "111: 'condemned the move' answers the complaint against it just before"
events_with_control "The EU filed a complaint against China on Monday. Mexico praised Peru on Monday. Chile praised Peru on Monday. Beijing condemned the move." CHN
lacks CHN EUR 11 "111: an act three sentences back that the noun does not name is not answered"
events_with_control "The EU offered aid to China on Monday. Beijing condemned the move." CHN
lacks CHN EUR 11 "111: an offer of aid is no hostile act to answer"

# A state's or an organisation's name that only modifies the next word of
# a pattern passes the gap or the object noun: without a TGT slot it is
# the target (who invited, whose proposal); with one it is nobody's. Not
# after "of" (whose act it is) nor a hyphened "X-brokered".
events_of "Chile and Peru accepted the Argentine invitation on Monday."
has_on 2025-06-09 CHL ARG 03 "036: 'accepted the Argentine invitation' is accepted from Argentina"
has_on 2025-06-09 PER ARG 03 "036: and for the second of the compound source"
lacks_joint CHL PER 03 "036: the two accepting are not each other's partners"
events_of "Iceland joined the tough EU sanctions against Belarus in 2021."
has_on 2021 ISL BLR 16 "163: 'joined the tough EU sanctions against Belarus' passes the EU"
lacks ISL EUR 16 "163: the bloc whose sanctions are joined is not their target"
events_with_control "Ecuador praised the deployment of Colombian troops." ECU COL
lacks ECU COL 15 "154: a name after 'of' is whose deployment it is, not its target"
events_with_control "Georgia and Armenia held Iran-brokered talks." GEO ARM
lacks GEO IRN 04 "040: 'Iran-brokered talks' are not talks with Iran"

# The words that lead to an amount ("of up to 25%", "by 10 percent", "to
# 50%") pass between the words of a pattern, as the amount does.
events_of "Last year Canada imposed tariffs of up to 25% on Chinese-made steel."
has_on 2024 CAN CHN 16 "163: 'tariffs of up to 25% on' passes the size of the tariffs"
events_of "In May Brazil raised duties to 40 percent on Argentine wine."
has_on 2025-05 BRA ARG 16 "163: 'raised duties to 40 percent on' passes the size"

# A month or weekday before a name opens no longer name of its own: "In
# March Russia" is Russia.
events_of "In March Russia expelled two Latvian diplomats."
has_on 2025-03 RUS LVA 16 "161: 'In March Russia' names Russia"

# A state's forces under a name of their own act for it ("the Kenya
# Defence Forces"); another unknown name after a state's is no state.
events_of "The Uganda Defence Force shelled South Sudanese positions on Monday."
has_on 2025-06-09 UGA SSD 19 "194: 'The Uganda Defence Force' is Uganda's"
events_with_control "In a speech on Monday, Chad Wolf sharply criticised Iran over its nuclear programme and its missile tests." IRN
lacks TCD IRN 11 "a family name after a state's name is someone else's"

# The plural of a state's adjective names its people ("Americans",
# "Pakistanis"); the slot of a hostile act passes their number.
events_of "Iran has deported more than a million Pakistanis since 2023."
has IRN PAK 17 "174: 'deported more than a million Pakistanis' is done to Pakistan"
events_with_control "Spain will receive up to 3,000 Moroccans a month under the deal." ESP MAR
lacks ESP MAR 04 "043: receiving a number of people is no visit"

# Verbs of news that PETRARCH2's dictionary has, in irkg's own patterns.
events_of "Rwandan troops have been fighting alongside Burundian soldiers since March."
has RWA BDI 06 "062: 'fighting alongside Burundian soldiers' is military cooperation"
events_of "On Monday Chile scrapped most of its retaliatory tariffs on Peruvian goods."
has_on 2025-06-09 CHL PER 08 "085: 'scrapped most of its tariffs on Peruvian goods' eases the boycott"
events_of "In May Canada revoked Maduro's visa."
has_on 2025-05 CAN VEN 17 "172: 'revoked Maduro's visa' is done to the holder's state"
events_of "South Korea responded by halting imports of North Korean coal."
has KOR PRK 16 "163: 'halting imports of North Korean coal' is an embargo"
events_with_control "South Korea refused to halt imports of North Korean coal." KOR PRK
lacks KOR PRK 16 "163: a refusal to halt imports is no embargo"
events_of "The International Monetary Fund suspended new lending to Argentina on Monday."
has_on 2025-06-09 IMF ARG 16 "1621: 'suspended new lending to Argentina' stops economic aid"

# A body's abbreviation before a rebel noun is a rebel group's name.
events_with_control "Ugandan soldiers attacked the ADF rebel group in eastern Congo on Monday." UGA
lacks UGA AUS 19 "the ADF rebel group is not the Australian Defence Force"

# Ordering a state's forces to leave is an expulsion, not a demand.
events_of "Niger ordered American troops to leave its territory on Monday."
has_on 2025-06-09 NER USA 16 "166: 'ordered American troops to leave' is an expulsion"
lacks NER USA 10 "166: and no demand"
events_of "Russia ordered Ukraine to stop shelling the border on Monday."
has RUS UKR 10 "100: an order to do something else stays a demand"

# A pair in one word before a capitalised noun names both states: the
# capitalised word after it opens no longer name with the second.
events_of "Laos has borrowed heavily for the China-Laos Economic Corridor."
has_rel partnership CHN LAO "pair before a name: 'the China-Laos Economic Corridor' is a partnership"
events_of "Kenya and Ethiopia renewed the Kenya-Ethiopia Agreement on border trade in May."
has_rel agreement KEN ETH "pair before a name: 'the Kenya-Ethiopia Agreement' keeps Ethiopia"
events_with_control "Chad Wolf and Niger Delta activists spoke in Lagos." NGA
lacks_rel '[a-z]*' TCD NER "pair before a name: a name inside an unknown name with no dash stays no name"

# A defence pact signed is the alliance it makes, not an agreement besides;
# its signing stays an event, and another pact signed an agreement.
events_of "Chile and Peru signed a mutual defence pact in 2024."
has_rel alliance CHL PER "defence pact signed: the alliance"
lacks_rel agreement CHL PER "defence pact signed: no agreement besides the alliance"
has_joint_on 2024 CHL PER 05 "defence pact signed: the signing is an event (057)"
events_of "Chile and Peru signed a trade pact in 2024."
has_rel agreement CHL PER "a trade pact signed is an agreement"
lacks_rel alliance CHL PER "a trade pact signed makes no alliance"

# A claim two states share is their dispute: in a relative clause, in the
# passive, or to a place; "disputed" with a subject of two states too. A
# claim with a clause after it is about something said, not land.
events_of "Bhutan protested to Nepal over a new road to the pass, a grazing ground that both countries claim."
has_rel dispute BTN NPL "joint claim: 'a grazing ground that both countries claim'"
events_of "The atoll, a rich fishing ground, is claimed by both Vietnam and Malaysia."
has_rel dispute VNM MYS "joint claim: 'is claimed by both Vietnam and Malaysia'"
events_of "Bhutan and China have disputed the area for decades."
has_rel dispute BTN CHN "dispute: 'have disputed the area' between the subject's parties"
events_with_control "Peru and Chile claimed that the vote had been rigged." PER CHL
lacks_rel dispute PER CHL "joint claim: 'claimed that' is something said, no land"
events_with_control "Peru and Chile claimed victory in the vote on Monday." PER CHL
lacks_rel dispute PER CHL "joint claim: 'claimed victory' is no land"

# Words that are no act of a state: the month of a date ("March 2024 to"
# is no march), sanctions only kept in place, what reports allege, and
# a state's cartels.
events_with_control "The EU agreed in March 2024 to open accession talks with Albania." ALB
lacks EUR ALB 14 "date: the month 'March' before a year is no march (141)"
events_of "Peruvian farmers marched to the Chilean embassy in Lima on Monday."
has PER CHL 14 "date (control): the verb 'marched to' is still a demonstration"
events_with_control "Japan, which already maintains broad sanctions on Russian banks, criticised Moscow on Monday." JPN RUS
lacks JPN RUS 12 "1244: sanctions a state already maintains are no act of refusal"
events_of "The EU decided on Monday to maintain sanctions on Belarus."
has_on 2025-06-09 EUR BLR 12 "1244: a decision to maintain sanctions is one"
events_with_control "Peru recalled its envoy after reports that Chilean agents had spied on Peruvian diplomats." CHL PER
lacks CHL PER 16 "alleged: 'after reports that' agents had spied is not told as fact"
events_of "Chilean agents spied on Peruvian diplomats last year."
has CHL PER 16 "alleged (control): spying told as fact is an event"
events_with_control "The United States designated several Mexican cartels as terrorist organisations last year." USA MEX
lacks USA MEX 16 "faction: 'Mexican cartels' are not Mexico"

# A relation verb after ", and" shares the main clause's subject, as an
# act does: not the object of the verb before it.
events_of "Since 2021, Canada has supported Ukraine, and sanctioned Belarusian officials in 2022."
has_rel sanctions CAN BLR "', and sanctioned': the main clause's subject sanctions"
lacks_rel sanctions UKR BLR "', and sanctioned': not the object of the verb before"

# A city that names a pact or talks is no party to them: "parties to the
# Kuala Lumpur accord" are the parties named.
events_of "Laos and Vietnam are parties to the Phnom Penh accord."
has_rel agreement LAO VNM "a city naming a pact: its parties are those named"
lacks_rel agreement LAO KHM "a city naming a pact: the city's state is no party"
lacks_rel agreement VNM KHM "a city naming a pact: nor to the second party"

# A pair in one word that runs on to a third name: a relation among all.
events_of "Peru, Chile and Colombia began the first review of the Peru-Chile-Colombia Agreement on Monday."
has_rel agreement PER CHL "a chain of three names: first and second"
has_rel agreement PER COL "a chain of three names: first and third"
has_rel agreement CHL COL "a chain of three names: second and third"

# Relations told in other words: ties improved with a partner, ties
# raised to a partnership, a declaration between two states, a forces
# agreement, a declaration signed.
events_of "Oman's relations with Yemen have also improved over the past year."
has_rel trend OMN YEM "trend: 'X's relations with Y have also improved'"
events_of "Chile and Peru raised their ties to a strategic partnership in 2021."
has_rel partnership CHL PER "partnership: 'raised their ties to a strategic partnership'"
events_of "Kenya brokered the Nairobi Declaration between Uganda and Tanzania in May."
has_rel agreement UGA TZA "agreement: 'the Nairobi Declaration between Uganda and Tanzania'"
lacks_rel agreement KEN UGA "agreement: the broker of a declaration is no party"
events_of "Japan and Peru signed a status of forces agreement in 2019."
has_rel agreement JPN PER "agreement: 'a status of forces agreement'"
events_of "Chile and Peru signed a non-binding declaration on maritime cooperation in 2019."
has_rel agreement CHL PER "agreement: 'signed a non-binding declaration on'"

# ", and" opens a clause whose subject is no object of the one before.
events_of "Japan and Peru signed a forces agreement in 2019, and Chile and Bolivia raised their ties to a partnership in 2023."
has_rel agreement JPN PER "', and': the agreement's parties are its own subject"
lacks_rel agreement JPN CHL "', and': the next clause's subject is no party to the agreement"

# Whom a verb of address speaks to is a capital's government, past the
# verb's object and adverbs ("conveyed its concerns directly to"); a
# journey to a capital after it is still a place.
events_of "Ottawa conveyed its strong objections privately to Beijing on Monday."
has_on 2025-06-09 CAN CHN 11 "114: 'conveyed its strong objections privately to Beijing' addresses China"
events_of "The Kenyan envoy had spoken to Museveni by telephone on Monday."
has_on 2025-06-09 KEN UGA 04 "041: 'had spoken to Museveni by telephone'"

# A state's diplomats ordered out are an expulsion of diplomats (161),
# even when the title names the target ("the Danish ambassador"); its
# troops ordered out are 166; other people ordered out of the country 174.
events_of "Belarus ordered three Lithuanian diplomats to leave the country on Monday."
has_on 2025-06-09 BLR LTU 161 "161: 'ordered three Lithuanian diplomats to leave the country'"
lacks BLR LTU 17 "161: and no deportation (174)"
events_of "Venezuela ordered the Argentine ambassador on Monday to leave within 48 hours."
has_on 2025-06-09 VEN ARG 161 "161: the title 'the Argentine ambassador' ends in the pattern's noun"
events_of "Chad ordered some 900 French soldiers to leave the country in 2024."
has_on 2024 TCD FRA 166 "166: 'some 900 French soldiers' are a state's forces"
events_of "Latvia declared a Russian embassy clerk persona non grata on Monday."
has_on 2025-06-09 LVA RUS 161 "161: 'declared a Russian embassy clerk persona non grata'"
events_of "In May Lithuania closed the last Belarusian consulate on its soil."
has_on 2025-05 LTU BLR 161 "161: 'closed the last Belarusian consulate' cuts Belarus's mission"
events_of "Niger suspended its cooperation with the IAEA in March."
has_on 2025-03 NER IAEA 16 "160: 'suspended its cooperation with' passes the possessive"
lacks NER IAEA 05 "160: and is no cooperation"

# A quantity before a state's adjective passes into the slot ("many",
# "some"); a package of sanctions approved, a ban extended to a state's
# goods and a surcharge halved are sanctions imposed and eased.
events_of "In 2024 Washington imposed 25 percent tariffs on many Canadian products."
has_on 2024 USA CAN 16 "163: 'tariffs on many Canadian products'"
events_of "The EU approved a fresh package of sanctions against Belarus on Monday."
has_on 2025-06-09 EUR BLR 16 "163: 'approved a fresh package of sanctions against Belarus'"
events_of "On Monday Peru halved its 20 percent surcharge on Chilean fruit."
has_on 2025-06-09 PER CHL 08 "085: 'halved its 20 percent surcharge on Chilean fruit' eases it"

# What a warning says the warner's side could or would do is a threat, its
# condition notwithstanding; a warning about anyone else's act is not.
events_of "Blinken warned that Washington could suspend its security partnership with Niger if the junta stayed."
has USA NER 13 "1313: 'warned that Washington could suspend ... if' is a threat"
lacks USA NER 16 "1313: and nothing is suspended yet"
events_with_control "The minister warned that talks with Iran could collapse." IRN
lacks '*' IRN 04 "a warning that talks could collapse is no meeting"
lacks '*' IRN 13 "a warning that talks could collapse is no threat"
events_of "The spokesman said Pakistan would not hesitate to order fresh strikes if India attacked again."
has PAK IND 13 "138: 'would not hesitate to order fresh strikes if India' is a threat"
lacks PAK IND 19 "138: and no strike"
events_of "Beijing said China would respond in kind to Japan."
has CHN JPN 13 "130: 'would respond in kind' announces retaliation"
events_with_control "Seoul said it would not retaliate against Japan." KOR JPN
lacks KOR JPN 13 "130: 'would not retaliate' is no threat"
events_with_control "Israel warned on Monday that Iran could attack shipping in the Gulf." ISR IRN
lacks IRN '*' 13 "a warning of another state's act is no threat of that state"
lacks ISR IRN 13 "nor of the warner"

# A verb pattern read after "a", "an" or "the" and a sum or share is a
# noun ("a 20 percent levy"): it tells no act and hides none after it; a
# count before the verb is its subject ("the two agreed to").
events_of "On Monday Peru announced a 15 percent levy and cut its tariffs on Chilean copper."
has_on 2025-06-09 PER CHL 08 "085: 'cut its tariffs on Chilean copper', not hidden by the noun 'levy'"
lacks PER CHL 16 "a levy announced is no tariff levied on Chile"
events_of "On Monday Peru levied 15 percent duties on Chilean copper."
has_on 2025-06-09 PER CHL 16 "163: 'levied 15 percent duties on' is the verb"
events_of "Kenya's president telephoned his Ugandan counterpart on Monday, and the two agreed to reopen the border crossing."
has_on 2025-06-09 KEN UGA 03 "030: 'the two agreed to': the count is the subject"

# A reply announced in a proportionate or reciprocal manner is a threat of
# retaliation; whom it answers ("to Warsaw's decision") is its target; quote
# marks in the gap count as no word.
events_of "Belarus would respond to Vilnius's decision \"in a proportionate way\", its foreign ministry said."
has BLR LTU 13 "130: 'would respond to Vilnius's decision \"in a proportionate way\"'"
events_with_control "Belarus responded to Lithuania's decision in a proportionate way on Monday." BLR LTU
lacks BLR LTU 13 "a reply made is no threat"
events_with_control "Belarus would not respond to Lithuania's decision in a reciprocal manner, the minister said." BLR LTU
lacks BLR LTU 13 "'would not respond' is no threat"
events_with_control "Iran would reply to Germany's questions in writing, the minister said." IRN DEU
lacks IRN DEU 13 "a reply in writing is no threat"

# An offer with the one offered it before the thing offered ("offered Mali
# a pact", "offered Syria direct talks"); a border reopened past "its".
events_of "On Monday Kenya offered Somalia and Ethiopia a joint border security pact."
has_on 2025-06-09 KEN SOM 03 "030: 'offered Somalia and Ethiopia a joint border security pact'"
has_on 2025-06-09 KEN ETH 03 "030: second dyad"
events_of "Turkey offered Syria direct talks on Monday."
has_on 2025-06-09 TUR SYR 03 "036: 'offered Syria direct talks'"
events_with_control "Turkey never offered Syria a trade deal, the minister said." TUR SYR
lacks TUR SYR 03 "'never offered' is no offer"
events_of "Chad reopened its main border crossing with Sudan on Monday."
has_on 2025-06-09 TCD SDN 08 "081: 'reopened its main border crossing with Sudan'"

# An offer with the recipient before what is offered ("offered Mali a
# pact"), after a date phrase; the offer's recipient answers it.
events_of "The European Union on Monday offered Serbia and Montenegro a new trade agreement. Serbia dismissed the offer on Tuesday."
has_on 2025-06-09 EUR SRB 03 "030: 'on Monday offered Serbia and Montenegro a new trade agreement'"
has_on 2025-06-09 EUR MNE 03 "030: the second recipient of the offer"
has_on 2025-06-10 SRB EUR 12 "120: 'dismissed the offer' answers the offer's maker"
events_of "Qatar offered Lebanon emergency aid on Monday."
has QAT LBN 03 "033: 'offered Lebanon emergency aid'"
events_of "Russia offered Ukraine direct talks on Monday."
has RUS UKR 03 "036: 'offered Ukraine direct talks'"
events_with_control "Brazil did not offer Argentina a trade deal." ARG
lacks BRA ARG 03 "030: an offer not made is none"

# A response to "the decision", "the move": the latest act of its kind
# done to the responder (help or easing for a welcome, a hostile act for a
# disapproval); farther back than the sentence before only when every
# such act in reach had the same doers. A response is never the act the
# next one answers.
events_of "Argentina halved its surcharge on Chilean wine on Monday. Argentina had accused Chile of dumping in May. Chile welcomed the decision on Tuesday."
has_on 2025-06-10 CHL ARG 05 "051: 'welcomed the decision' answers the easing two sentences back"
events_with_control "Argentina halved its surcharge on Chilean wine on Monday. Peru lifted its ban on Chilean fruit on Monday. Officials said more talks were planned. Chile welcomed the decision on Tuesday." CHL ARG PER
lacks CHL ARG 05 "051: two easings by two states: 'the decision' answers neither"
lacks CHL PER 05 "051: nor the later one"
events_of "China suspended imports of Japanese seafood on Monday. Japan's foreign ministry called the ban \"extremely regrettable\"."
has CHN JPN 16 "163: the ban itself"
has JPN CHN 11 "111: 'called the ban extremely regrettable' answers it"
events_of "The United States said on Monday it regretted Brazil's decision to leave the pact."
has USA BRA 11 "110: 'regretted Brazil's decision'"
events_of "Brazil recalled its ambassador from Peru on Monday. Officials said the step was final. Analysts were surprised. Peru deeply regretted the decision on Tuesday. Chile criticised the decision on Wednesday."
has_on 2025-06-10 PER BRA 11 "110: 'regretted the decision' answers the recall done to Peru"
lacks CHL PER 11 "111: Chile criticising 'the decision' does not answer Peru's regret"

# "welcomed the package": the doers of the package told before.
events_of "The EU approved a new package of sanctions against Russia on Monday. Ukraine welcomed the package on Tuesday."
has_on 2025-06-10 UKR EUR 05 "051: 'welcomed the package' answers the EU's package"
lacks UKR RUS 05 "051: not the package's target"
events_with_control "Ukraine welcomed the package on Tuesday." UKR
lacks UKR '*' 05 "051: a package no one was told to make has no target"
