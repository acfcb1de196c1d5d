/* gen_articles: a deterministic synthetic corpus of news articles.
 *
 *   gen_articles N OUTDIR [SEED]
 *
 * Writes N plain-text articles OUTDIR/art-000001.txt ... in the layout
 * that irkg's reader takes (see tests/articles/): a `date YYYY-MM-DD
 * Outlet` line, the headline, an optional byline, a dateline paragraph
 * (`SEOUL, Nov 18 (Asia Wire) - ...`), further paragraphs separated by
 * blank lines, then web-page boilerplate: `Related Topics` and its link
 * lines, `Recent Stories` with a few headlines, and an `About Us |
 * Contact Us` and copyright footer. OUTDIR must exist. SEED (default 1)
 * picks another corpus; the same N and SEED always give the same bytes
 * (a seeded xorshift generator, no rand(), no clock, no locale), and a
 * smaller N gives a prefix of the files of a larger one.
 *
 * The text is meant for benchmarking the reader (sentences/s, MB/s), not
 * for judging extraction. Each article is about two states and one topic
 * and has 8-20 paragraphs of 1-3 sentences, about 3-5 KB in all.
 * Sentences are built from the templates below, with slots filled by
 * real states, their adjectives, capitals (as metonyms) and leaders,
 * international organisations, dates and quotations; every sentence has
 * 8 to 40 words. Dates fall in 2015-2025.
 *
 * On success it prints one line to stdout: files, bytes and the number
 * of body sentences written (the dateline paragraph and the paragraphs
 * after it; headlines and boilerplate are not counted). Exit status 2
 * for a usage error, 1 for an I/O error. Compile with
 *   cc -std=c11 -O2 -D_POSIX_C_SOURCE=200809L -o gen_articles gen_articles.c
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

struct state {
	const char *name;    /* as in running text: "the United States" */
	const char *adj;     /* "U.S.", "Japanese" */
	const char *capital; /* also the government, by metonymy */
	const char *leader;  /* title and full name */
	const char *surname; /* second mention */
	const char *general; /* a military officer, or NULL */
	const char *region;
};

/* most reported first: articles pick early rows more often */
static const struct state states[] = {
	{"the United States", "U.S.", "Washington", "President Joe Biden",
	 "Biden", "Gen. Mark Milley", "Americas"},
	{"China", "Chinese", "Beijing", "President Xi Jinping", "Xi",
	 "Gen. Zhang Youxia", "East Asia"},
	{"Russia", "Russian", "Moscow", "President Vladimir Putin", "Putin",
	 "Gen. Valery Gerasimov", "Europe"},
	{"Japan", "Japanese", "Tokyo", "Prime Minister Fumio Kishida",
	 "Kishida", "Gen. Yoshihide Yoshida", "East Asia"},
	{"South Korea", "South Korean", "Seoul", "President Yoon Suk Yeol",
	 "Yoon", NULL, "East Asia"},
	{"North Korea", "North Korean", "Pyongyang", "leader Kim Jong Un",
	 "Kim", NULL, "East Asia"},
	{"India", "Indian", "New Delhi", "Prime Minister Narendra Modi", "Modi",
	 "Gen. Anil Chauhan", "South Asia"},
	{"Britain", "British", "London", "Prime Minister Keir Starmer",
	 "Starmer", "Adm. Tony Radakin", "Europe"},
	{"France", "French", "Paris", "President Emmanuel Macron", "Macron",
	 "Gen. Thierry Burkhard", "Europe"},
	{"Germany", "German", "Berlin", "Chancellor Olaf Scholz", "Scholz",
	 "Gen. Carsten Breuer", "Europe"},
	{"Iran", "Iranian", "Tehran", "President Masoud Pezeshkian",
	 "Pezeshkian", "Maj. Gen. Mohammad Bagheri", "Middle East"},
	{"Israel", "Israeli", "Jerusalem", "Prime Minister Benjamin Netanyahu",
	 "Netanyahu", "Lt. Gen. Herzi Halevi", "Middle East"},
	{"Ukraine", "Ukrainian", "Kyiv", "President Volodymyr Zelenskiy",
	 "Zelenskiy", "Gen. Oleksandr Syrskyi", "Europe"},
	{"Turkey", "Turkish", "Ankara", "President Tayyip Erdogan", "Erdogan",
	 "Gen. Metin Gurak", "Middle East"},
	{"Saudi Arabia", "Saudi", "Riyadh", "Crown Prince Mohammed bin Salman",
	 "Prince Mohammed", NULL, "Middle East"},
	{"Pakistan", "Pakistani", "Islamabad", "Prime Minister Shehbaz Sharif",
	 "Sharif", "Gen. Asim Munir", "South Asia"},
	{"Australia", "Australian", "Canberra",
	 "Prime Minister Anthony Albanese", "Albanese", NULL, "Asia-Pacific"},
	{"Canada", "Canadian", "Ottawa", "Prime Minister Justin Trudeau",
	 "Trudeau", NULL, "Americas"},
	{"Brazil", "Brazilian", "Brasilia",
	 "President Luiz Inacio Lula da Silva", "Lula", NULL, "Americas"},
	{"Egypt", "Egyptian", "Cairo", "President Abdel Fattah al-Sisi", "Sisi",
	 NULL, "Middle East"},
	{"Nigeria", "Nigerian", "Abuja", "President Bola Tinubu", "Tinubu",
	 "Gen. Christopher Musa", "Africa"},
	{"South Africa", "South African", "Pretoria",
	 "President Cyril Ramaphosa", "Ramaphosa", NULL, "Africa"},
	{"Mexico", "Mexican", "Mexico City", "President Claudia Sheinbaum",
	 "Sheinbaum", NULL, "Americas"},
	{"Argentina", "Argentine", "Buenos Aires", "President Javier Milei",
	 "Milei", NULL, "Americas"},
	{"Indonesia", "Indonesian", "Jakarta", "President Joko Widodo",
	 "Widodo", NULL, "Southeast Asia"},
	{"the Philippines", "Philippine", "Manila",
	 "President Ferdinand Marcos Jr.", "Marcos", NULL, "Southeast Asia"},
	{"Vietnam", "Vietnamese", "Hanoi", "Prime Minister Pham Minh Chinh",
	 "Chinh", NULL, "Southeast Asia"},
	{"Italy", "Italian", "Rome", "Prime Minister Giorgia Meloni", "Meloni",
	 NULL, "Europe"},
	{"Spain", "Spanish", "Madrid", "Prime Minister Pedro Sanchez",
	 "Sanchez", NULL, "Europe"},
	{"Poland", "Polish", "Warsaw", "Prime Minister Donald Tusk", "Tusk",
	 NULL, "Europe"},
	{"Hungary", "Hungarian", "Budapest", "Prime Minister Viktor Orban",
	 "Orban", NULL, "Europe"},
	{"Kenya", "Kenyan", "Nairobi", "President William Ruto", "Ruto", NULL,
	 "Africa"},
	{"Ethiopia", "Ethiopian", "Addis Ababa", "Prime Minister Abiy Ahmed",
	 "Abiy", NULL, "Africa"},
	{"Venezuela", "Venezuelan", "Caracas", "President Nicolas Maduro",
	 "Maduro", NULL, "Americas"},
	{"Colombia", "Colombian", "Bogota", "President Gustavo Petro", "Petro",
	 NULL, "Americas"},
	{"Chile", "Chilean", "Santiago", "President Gabriel Boric", "Boric",
	 NULL, "Americas"},
	{"Qatar", "Qatari", "Doha", "Emir Sheikh Tamim bin Hamad al-Thani",
	 "Sheikh Tamim", NULL, "Middle East"},
	{"the United Arab Emirates", "Emirati", "Abu Dhabi",
	 "President Sheikh Mohamed bin Zayed al-Nahyan", "Sheikh Mohamed", NULL,
	 "Middle East"},
	{"Syria", "Syrian", "Damascus", "President Bashar al-Assad", "Assad",
	 NULL, "Middle East"},
	{"Bangladesh", "Bangladeshi", "Dhaka", "Prime Minister Sheikh Hasina",
	 "Hasina", NULL, "South Asia"},
	{"Thailand", "Thai", "Bangkok", "Prime Minister Srettha Thavisin",
	 "Srettha", NULL, "Southeast Asia"},
	{"Malaysia", "Malaysian", "Kuala Lumpur",
	 "Prime Minister Anwar Ibrahim", "Anwar", NULL, "Southeast Asia"},
	{"Taiwan", "Taiwanese", "Taipei", "President Lai Ching-te", "Lai", NULL,
	 "East Asia"},
	{"Serbia", "Serbian", "Belgrade", "President Aleksandar Vucic", "Vucic",
	 NULL, "Europe"},
	{"Greece", "Greek", "Athens", "Prime Minister Kyriakos Mitsotakis",
	 "Mitsotakis", NULL, "Europe"},
	{"Sweden", "Swedish", "Stockholm", "Prime Minister Ulf Kristersson",
	 "Kristersson", NULL, "Europe"},
	{"Finland", "Finnish", "Helsinki", "President Alexander Stubb", "Stubb",
	 NULL, "Europe"},
	{"Belarus", "Belarusian", "Minsk", "President Alexander Lukashenko",
	 "Lukashenko", NULL, "Europe"},
	{"Algeria", "Algerian", "Algiers", "President Abdelmadjid Tebboune",
	 "Tebboune", NULL, "Africa"},
	{"Morocco", "Moroccan", "Rabat", "King Mohammed VI", "King Mohammed",
	 NULL, "Africa"},
	{"Mongolia", "Mongolian", "Ulaanbaatar",
	 "President Ukhnaagiin Khurelsukh", "Khurelsukh", NULL, "East Asia"},
	{"Ghana", "Ghanaian", "Accra", "President Nana Akufo-Addo",
	 "Akufo-Addo", NULL, "Africa"},
};

static const char *const orgs[] = {
	"NATO",
	"the United Nations",
	"the European Union",
	"ASEAN",
	"the African Union",
	"the G20",
	"the World Trade Organization",
	"the International Atomic Energy Agency",
	"the U.N. Security Council",
	"the Gulf Cooperation Council",
	"the Organization of American States",
	"the Shanghai Cooperation Organisation",
	"the International Monetary Fund",
	"the World Bank",
};

struct topic {
	const char *phrase; /* in running text */
	const char *brief;  /* in headlines */
	const char *label;  /* under Related Topics */
};

static const struct topic topics[] = {
	{"tariffs on steel and aluminium imports", "steel tariffs", "Trade"},
	{"the disputed maritime boundary", "sea border", "Territory"},
	{"a long-running territorial dispute", "territory", "Territory"},
	{"the nuclear programme", "nuclear", "Nuclear Weapons"},
	{"exports of advanced semiconductors", "chip exports", "Technology"},
	{"natural gas supplies", "gas", "Energy"},
	{"fishing rights in shared waters", "fishing", "Fisheries"},
	{"the treatment of migrant workers", "migrants", "Migration"},
	{"climate finance for poorer countries", "climate", "Climate"},
	{"the detention of foreign journalists", "journalists", "Human Rights"},
	{"water sharing on a cross-border river", "river water", "Water"},
	{"grain exports through the Black Sea", "grain", "Food Security"},
	{"visa rules for students and business travellers", "visas",
	 "Migration"},
	{"joint military exercises near the border", "drills", "Defence"},
	{"arms sales and defence procurement", "arms deal", "Defence"},
	{"access to critical minerals", "minerals", "Mining"},
	{"a series of cyber attacks on government networks", "hacking",
	 "Cyber Security"},
	{"the restructuring of sovereign debt", "debt", "Finance"},
	{"the construction of a new oil pipeline", "pipeline", "Energy"},
	{"alleged interference in domestic elections", "meddling", "Elections"},
	{"the return of refugees displaced by fighting", "refugees",
	 "Refugees"},
	{"wartime history and compensation for forced labour", "history",
	 "History"},
	{"investment in ports and railways", "infrastructure",
	 "Infrastructure"},
	{"a proposed free trade agreement", "free trade", "Trade"},
};

struct outlet {
	const char *name, *dateline;
};

/* invented outlets, like the one in tests/articles */
static const struct outlet outlets[] = {
	{"Asia Wire Service", "Asia Wire"},
	{"Global News Agency", "GNA"},
	{"Continental Press", "Continental"},
	{"World Affairs Daily", "WAD"},
	{"Meridian News", "Meridian"},
	{"The Atlantic Courier", "Courier"},
	{"Pan-African Dispatch", "Dispatch"},
	{"Southern Cross Media", "SCM"},
	{"Eurasia Report", "Eurasia Report"},
	{"International Ledger", "Ledger"},
};

static const char *const first_names[] = {
	"Hana",	 "David", "Amina",  "Lukas", "Priya", "Mateo", "Yuki",
	"Olga",	 "Kwame", "Sofia",  "Chen",  "Farid", "Emma",  "Ravi",
	"Lucia", "Omar",  "Ingrid", "Tomas", "Leila", "Jun",
};

static const char *const last_names[] = {
	"Seo",	   "Miller", "Okafor", "Becker", "Sharma", "Alvarez", "Tanaka",
	"Petrova", "Mensah", "Rossi",  "Wei",	 "Haddad", "Dubois",  "Nair",
	"Moreno",  "Khalil", "Larsen", "Novak",	 "Karimi", "Park",
};

static const char *const months[] = {
	"January", "February", "March",	    "April",   "May",	   "June",
	"July",	   "August",   "September", "October", "November", "December",
};
static const char *const months_dateline[] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun",
	"Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
};
static const char *const months_ap[] = {
	"Jan.", "Feb.", "March", "April", "May",  "June",
	"July", "Aug.", "Sept.", "Oct.",  "Nov.", "Dec.",
};
static const char *const weekdays[] = {
	"Sunday",   "Monday", "Tuesday",  "Wednesday",
	"Thursday", "Friday", "Saturday",
};

/* Templates. {A} {B} {C} are the article's two states and a third one
 * picked per sentence; a second letter picks a field: a adjective,
 * c capital, l leader, s leader's surname, g military officer. Other
 * slots: {O} organisation, {S} topic, {s} topic in brief, {R} another
 * topic, {T} time expression, {W} weekday, {D} a date like "Jan. 5",
 * {Y} a recent year, {H} an older year, {N} a number, {n} a small number,
 * {Q} a quotation. Sentences get their capital letter and final stop
 * after expansion. */

static const char *const times[] = {
	"on {W}",
	"on {W}",
	"on {W}",
	"late on {W}",
	"last week",
	"last month",
	"earlier this week",
	"in {Y}",
	"on {D}",
	"this week",
	"on {D}",
	"last year",
};

static const char *const leads_coop[] = {
	"{A} and {B} signed an agreement {T} to expand cooperation on {S}, "
	"in a move officials in both capitals described as a turning point",
	"{Al} met {Bl} in {Bc} {T} and pledged to deepen ties, including "
	"on {S}",
	"{Al} arrived in {Bc} {T} for a {n}-day state visit aimed at "
	"strengthening relations between the two countries",
	"{Aa} and {Ba} officials agreed {T} to resume talks on {S} after a "
	"pause of more than a year",
	"{A} pledged ${N} million in assistance to {B} {T}, the largest "
	"package it has offered since {Y}",
	"Foreign ministers from {A} and {B} held talks in {Bc} {T}, their "
	"first face-to-face meeting since {Y}",
	"{A} will send a trade delegation to {B} next month, the {Aa} "
	"foreign ministry said {T}",
	"{Ac} and {Bc} agreed {T} to set up a joint working group on {S}",
	"{Al} visited {B} {T}, the first visit by a {Aa} leader in more "
	"than a decade",
};

static const char *const leads_conflict[] = {
	"{A} accused {B} {T} of violating an agreement on {S} and "
	"threatened to impose sanctions if {Bc} did not change course",
	"{Al} condemned {B} {T} over {S}, calling the move a serious "
	"breach of international law",
	"{A} recalled its ambassador from {Bc} {T} in protest at what it "
	"called provocative actions by {Ba} forces",
	"{A} lodged a formal protest with {B} {T} over {S}, escalating a "
	"dispute that has simmered for months",
	"{Aa} officials expressed concern {T} about {Ba} military "
	"exercises near the border and urged {Bc} to show restraint",
	"{A} threatened to impose sanctions on {B} {T} unless {Bc} changed "
	"its position on {S}",
	"{A} expelled {n} {Ba} diplomats {T}, accusing them of activities "
	"incompatible with their status",
	"{Ac} criticised {B} sharply {T} over {S}",
	"{A} said {T} it would suspend talks with {B} on {S} until further "
	"notice",
};

static const char *const bodies[] = {
	"The two countries have been at odds over {S} since {Y}, when "
	"talks on the issue collapsed",
	"{Bl} rejected the accusation, saying {Bc} had acted within its "
	"rights",
	"{Ba} officials did not immediately respond to a request for "
	"comment",
	"{Bs} is expected to travel to {Ac} later this year, according to "
	"a person familiar with the plans",
	"{O} urged both sides to resolve their differences through dialogue",
	"{C} called on {A} and {B} {T} to return to the negotiating table",
	"{Cl} said {T} that {Cc} was watching the situation closely",
	"Trade between {A} and {B} reached ${N} billion in {Y}, according "
	"to official figures",
	"{As} and {Bs} last met on the sidelines of a summit in {Cc} in {Y}",
	"The U.S. State Department said {T} it supported efforts to reduce "
	"tension between the two governments",
	"{Ag} told lawmakers {T} that the armed forces were prepared for "
	"any contingency",
	"{A} has long accused {B} of interfering in its internal affairs, a "
	"charge {Bc} denies",
	"Analysts said the agreement could open the way for closer "
	"cooperation on {R}",
	"{Aa} media reported that the talks ran for more than {n} hours",
	"The {Aa} foreign ministry summoned the {Ba} ambassador {T} to "
	"protest against the remarks",
	"{A} is a member of {O}, while {B} has observer status",
	"The visit follows a phone call between {As} and {Bs} {T}, during "
	"which the two leaders discussed {S}",
	"Shares in {Aa} exporters fell after the announcement, and the "
	"currency weakened against the dollar",
	"{Ca} officials expressed concern {T} that the dispute could "
	"disrupt regional supply chains",
	"Under the agreement, {A} will help {B} with {R} over the next {n} "
	"years",
	"Diplomats said a joint statement was being drafted but that "
	"differences over {S} remained",
	"{Al} also visited {Cc} {T}, where talks with {Cl} covered {R}",
	"Neither government gave details of the proposed timetable",
	"Protesters gathered outside the {Ba} embassy in {Ac} {T}, holding "
	"banners and chanting slogans",
	"The dispute dates back to {Y}, when {A} first raised objections "
	"to {Ba} plans",
	"{O} said in a statement that it was ready to help mediate between "
	"{Ac} and {Bc}",
	"{As} has made improving relations with {B} a priority since taking "
	"office",
	"{A} and {B} established diplomatic relations in {H}",
	"The U.N. Secretary-General called for calm and said both "
	"governments should avoid steps that could escalate the situation",
	"{Aa} officials said {T} that the sanctions would target banks, "
	"shipping companies and senior {Ba} officials",
	"Economists estimate the measures could cost {B} as much as {n} "
	"percent of its annual exports",
	"{B} denied the accusations {T}, calling them baseless and "
	"politically motivated",
	"A joint military exercise involving {A}, {B} and {C} is planned "
	"for later this year",
	"The meeting, held at a government guesthouse on the outskirts of "
	"{Bc}, lasted about {n} hours, officials said",
	"{Bl} welcomed the decision {T}, saying it reflected a shared "
	"commitment to stability",
	"Opposition lawmakers in {Ac} criticised the government for moving "
	"too slowly on {S}",
	"Representatives of {O} are due to meet in {Cc} on {D} to review "
	"progress",
	"It was not clear whether the talks would resume before the end of "
	"the year",
	"{Ba} state media said {T} that {Bc} would take \"all necessary "
	"measures\" to protect its interests",
	"In {Y}, {A} and {B} signed a memorandum of understanding on {S}, "
	"but progress has been slow",
	"The {Aa} embassy in {Bc} declined to comment",
	"Talks are expected to resume in {Cc} next month",
	"{C} has offered to host the next round of negotiations",
	"{Ag} visited units stationed near the frontier {T}, the defence "
	"ministry said",
	"{Aa} exports to {B} have more than doubled since {Y}, driven by "
	"demand for machinery and farm goods",
	"{Bl} is due to attend a meeting of {O} in {Cc} on {D}",
	"{A} warned {T} that it would respond if {Bc} went ahead with its "
	"plans",
	"{Cl} met {As} in {Cc} {T} and urged a peaceful settlement",
	"Relations between {Ac} and {Bc} have swung between cooperation and "
	"rivalry for decades",
	"The {Aa} defence ministry said {T} that it had tracked {n} {Ba} "
	"aircraft near its airspace",
	"{O} has repeatedly called on its members to settle disputes over "
	"{S} peacefully",
	"A {Ba} foreign ministry spokesperson said {T} that the country "
	"would not bow to pressure",
};

static const char *const tails[] = {
	", officials said",
	", according to a statement from the {Aa} foreign ministry",
	", two people familiar with the matter said on condition of "
	"anonymity because they were not authorised to speak publicly",
	" amid growing tension over {S}",
	", a move likely to be welcomed in {Cc}",
	", {Ba} media reported",
	" as part of a broader effort to stabilise relations",
	", according to diplomats in {Cc}",
};

static const char *const quotes[] = {
	"\"{Q},\" {Al} said at a news conference in {Ac}",
	"\"{Q},\" a spokesperson for the {Aa} foreign ministry told "
	"reporters {T}",
	"\"{Q},\" said {Bl}",
	"\"{Q},\" {Bs} told reporters in {Bc}",
	"\"{Q},\" the {Ba} foreign ministry said in a statement",
	"{As} told parliament {T}: \"{Q}.\"",
	"\"{Q},\" {Ag} said",
	"\"{Q},\" {Cl} said in {Cc} {T}",
};

static const char *const quote_texts[] = {
	"We are ready to work together on {S}, but trust has to be earned",
	"Our position on {S} has not changed and will not change",
	"This is an important step for both our countries and for the "
	"wider region",
	"We will not accept any attempt to change the status quo by force",
	"The door to dialogue remains open",
	"We urge all parties to exercise restraint and avoid further "
	"escalation",
	"These measures are unjustified and we reserve the right to respond",
	"There is a great deal of work ahead of us, but we have made real "
	"progress",
	"We expect {O} to play a constructive role",
	"Our relationship is stronger today than at any time in the past "
	"decade",
	"We have made it clear that such actions carry consequences",
	"Nobody gains from a trade war",
	"We have always believed that differences between neighbours can be "
	"settled at the table",
};

static const char *const heads_coop[] = {
	"{A}, {B} sign deal on {s}",
	"{Aa} leader visits {Bc} in push for closer ties",
	"{A} pledges aid to {B} after talks in {Bc}",
	"{A} and {B} agree to resume talks on {s}",
	"{As} and {Bs} meet, vow to deepen cooperation",
	"{Ac}, {Bc} set up working group on {s}",
};

static const char *const heads_conflict[] = {
	"{A} accuses {B} of breaching {s} deal",
	"{A} threatens sanctions on {B} over {s}",
	"{Aa} ministry summons {Ba} envoy in {s} row",
	"{A} condemns {Ba} move, recalls ambassador from {Bc}",
	"{Ac} warns {Bc} as {s} dispute deepens",
	"{A} expels {Ba} diplomats amid {s} dispute",
};

static const char *const footers[] = {
	"About Us | Contact Us | Advertise | Privacy Policy | Terms of Use",
	"About Us | Contact Us | Careers | Corrections | Privacy",
	"Home | World | About Us | Contact Us | Subscribe",
};

/* xorshift64*, seeded by splitmix64 */
static uint64_t rng_state;

static void seed_random(uint64_t seed)
{
	uint64_t z = seed + 0x9E3779B97F4A7C15ull;

	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
	z ^= z >> 31;
	rng_state = z ? z : 0x2545F4914F6CDD1Dull;
}

static uint64_t next_random(void)
{
	uint64_t x = rng_state;

	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	rng_state = x;
	return x * 0x2545F4914F6CDD1Dull;
}

/* 0 .. n-1 */
static size_t below(size_t n)
{
	return (size_t)((next_random() >> 32) % n);
}

static int chance(int percent)
{
	return (int)below(100) < percent;
}

/* a state, the earlier rows more likely (triangular law) */
static size_t pick_state(void)
{
	size_t a = below(N_OF(states)), b = below(N_OF(states));

	return a < b ? a : b;
}

static size_t pick_other(size_t x, size_t y)
{
	size_t s;

	do
		s = below(N_OF(states));
	while (s == x || s == y);
	return s;
}

struct text {
	char *p;
	size_t len, cap;
};

static void put_n(struct text *t, const char *s, size_t n)
{
	if (t->len + n >= t->cap) {
		/* templates are short: this is a bug, not a data error */
		fprintf(stderr, "gen_articles: text buffer overflow\n");
		exit(1);
	}
	memcpy(t->p + t->len, s, n);
	t->len += n;
	t->p[t->len] = '\0';
}

static void put(struct text *t, const char *s)
{
	put_n(t, s, strlen(s));
}

static void putf_int(struct text *t, const char *fmt, int v)
{
	char num[32];

	snprintf(num, sizeof(num), fmt, v);
	put(t, num);
}

struct article {
	size_t st[3]; /* A, B and the sentence's third state */
	const struct topic *topic, *topic2;
	int year, month, day, wday;
};

static void expand(struct text *t, const char *tpl, const struct article *a);

static void expand_slot(struct text *t, const char *key, size_t klen,
			const struct article *a)
{
	static const int big[] = {2,  3,  4,  5,  6,  8,   10,	12,
				  15, 20, 25, 40, 50, 120, 300, 500};
	char tmp[64];

	if (klen >= 1 && klen <= 2 && key[0] >= 'A' && key[0] <= 'C') {
		const struct state *s = &states[a->st[key[0] - 'A']];

		switch (klen == 2 ? key[1] : 'n') {
		case 'n':
			put(t, s->name);
			return;
		case 'a':
			put(t, s->adj);
			return;
		case 'c':
			put(t, s->capital);
			return;
		case 'l':
			put(t, s->leader);
			return;
		case 's':
			put(t, s->surname);
			return;
		case 'g':
			if (s->general) {
				put(t, s->general);
				return;
			}
			snprintf(tmp, sizeof(tmp),
				 "a senior {%ca} military officer", key[0]);
			expand(t, tmp, a);
			return;
		}
	} else if (klen == 1) {
		switch (key[0]) {
		case 'O':
			put(t, orgs[below(N_OF(orgs))]);
			return;
		case 'S':
			put(t, a->topic->phrase);
			return;
		case 's':
			put(t, a->topic->brief);
			return;
		case 'R':
			put(t, a->topic2->phrase);
			return;
		case 'T':
			expand(t, times[below(N_OF(times))], a);
			return;
		case 'W':
			/* the day of publication or the day before */
			put(t, weekdays[(a->wday + 7 - (int)below(2)) % 7]);
			return;
		case 'D':
			put(t, months_ap[below(12)]);
			putf_int(t, " %d", 1 + (int)below(28));
			return;
		case 'Y':
			putf_int(t, "%d", a->year - 1 - (int)below(10));
			return;
		case 'H':
			putf_int(t, "%d", 1949 + (int)below(47));
			return;
		case 'N':
			putf_int(t, "%d", big[below(N_OF(big))]);
			return;
		case 'n':
			putf_int(t, "%d", 2 + (int)below(5));
			return;
		case 'Q':
			expand(t, quote_texts[below(N_OF(quote_texts))], a);
			return;
		}
	}
	fprintf(stderr, "gen_articles: bad template slot {%.*s}\n", (int)klen,
		key);
	exit(1);
}

static void expand(struct text *t, const char *tpl, const struct article *a)
{
	while (*tpl) {
		const char *open = strchr(tpl, '{'), *close;

		if (!open) {
			put(t, tpl);
			return;
		}
		put_n(t, tpl, (size_t)(open - tpl));
		close = strchr(open, '}');
		if (!close) {
			fprintf(stderr, "gen_articles: bad template %s\n", tpl);
			exit(1);
		}
		expand_slot(t, open + 1, (size_t)(close - open - 1), a);
		tpl = close + 1;
	}
}

/* upper-case the first letter, after any opening quote */
static void capitalise(char *s)
{
	while (*s == '"')
		s++;
	if (*s >= 'a' && *s <= 'z')
		*s = (char)(*s - 'a' + 'A');
}

static size_t count_words(const char *s)
{
	size_t n = 0;
	int in = 0;

	for (; *s; s++) {
		if (*s == ' ') {
			in = 0;
		} else if (!in) {
			in = 1;
			n++;
		}
	}
	return n;
}

/* One sentence of 8 to 40 words, from one of the n templates, with an
 * optional tail clause unless it is a quotation. */
static void sentence(struct text *out, const char *const *tpls, size_t n,
		     int may_tail, struct article *a)
{
	char buf[1024];
	struct text s = {buf, 0, sizeof(buf)};
	int tries;

	for (tries = 0;; tries++) {
		a->st[2] = pick_other(a->st[0], a->st[1]);
		a->topic2 = &topics[below(N_OF(topics))];
		s.len = 0;
		buf[0] = '\0';
		expand(&s, tpls[below(n)], a);
		if (may_tail && chance(30))
			expand(&s, tails[below(N_OF(tails))], a);
		if (s.p[s.len - 1] != '.' && s.p[s.len - 1] != '"')
			put(&s, ".");
		if (count_words(buf) >= 8 && count_words(buf) <= 40)
			break;
		if (tries == 50) {
			fprintf(stderr, "gen_articles: no template fits\n");
			exit(1);
		}
	}
	capitalise(buf);
	put(out, buf);
}

static void headline(struct text *out, struct article *a, int conflict)
{
	char buf[256];
	struct text h = {buf, 0, sizeof(buf)};

	buf[0] = '\0';
	if (conflict)
		expand(&h, heads_conflict[below(N_OF(heads_conflict))], a);
	else
		expand(&h, heads_coop[below(N_OF(heads_coop))], a);
	capitalise(buf);
	put(out, buf);
}

/* a state's name as a topic link: "United States", not "the ..." */
static void put_link(struct text *out, const char *name)
{
	char buf[64];

	snprintf(buf, sizeof(buf), "%s",
		 strncmp(name, "the ", 4) == 0 ? name + 4 : name);
	capitalise(buf);
	put(out, buf);
}

static int is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* 0 = Sunday (Sakamoto's method) */
static int weekday(int y, int m, int d)
{
	static const int k[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};

	if (m < 3)
		y--;
	return (y + y / 4 - y / 100 + y / 400 + k[m - 1] + d) % 7;
}

static long sentences_total;

static void write_article(struct text *out)
{
	static const int mdays[] = {31, 28, 31, 30, 31, 30,
				    31, 31, 30, 31, 30, 31};
	const struct outlet *o = &outlets[below(N_OF(outlets))];
	struct article a;
	int conflict = chance(55), paras, p, i, n;
	char city[64];

	a.st[0] = pick_state();
	a.st[1] = pick_other(a.st[0], a.st[0]);
	if (chance(50)) {
		size_t x = a.st[0];

		a.st[0] = a.st[1];
		a.st[1] = x;
	}
	a.st[2] = pick_other(a.st[0], a.st[1]);
	a.topic = &topics[below(N_OF(topics))];
	a.topic2 = a.topic;
	a.year = 2015 + (int)below(11);
	a.month = 1 + (int)below(12);
	a.day = 1 + (int)below((size_t)(mdays[a.month - 1] +
					(a.month == 2 && is_leap(a.year))));
	a.wday = weekday(a.year, a.month, a.day);

	/* header, headline, byline */
	putf_int(out, "date %04d", a.year);
	putf_int(out, "-%02d", a.month);
	putf_int(out, "-%02d ", a.day);
	put(out, o->name);
	put(out, "\n");
	headline(out, &a, conflict);
	put(out, "\n\n");
	if (chance(75)) {
		put(out, "By ");
		put(out, first_names[below(N_OF(first_names))]);
		put(out, " ");
		put(out, last_names[below(N_OF(last_names))]);
		put(out, " | ");
		put(out, o->name);
		putf_int(out, "\n%d ", a.day);
		put(out, months[a.month - 1]);
		putf_int(out, " %d, ", a.year);
		putf_int(out, "%02d:", (int)below(24));
		putf_int(out, "%02d GMT\n\n", (int)below(60));
	}

	/* dateline paragraph */
	snprintf(city, sizeof(city), "%s",
		 states[a.st[chance(70) ? 0 : 1]].capital);
	for (i = 0; city[i]; i++)
		if (city[i] >= 'a' && city[i] <= 'z')
			city[i] = (char)(city[i] - 'a' + 'A');
	put(out, city);
	put(out, ", ");
	put(out, months_dateline[a.month - 1]);
	putf_int(out, " %d (", a.day);
	put(out, o->dateline);
	put(out, ") - ");
	if (conflict)
		sentence(out, leads_conflict, N_OF(leads_conflict), 1, &a);
	else
		sentence(out, leads_coop, N_OF(leads_coop), 1, &a);
	sentences_total++;
	if (chance(25)) {
		put(out, " ");
		sentence(out, bodies, N_OF(bodies), 1, &a);
		sentences_total++;
	}
	put(out, "\n");

	/* 7-19 more paragraphs of 1-3 sentences */
	paras = 7 + (int)below(13);
	for (p = 0; p < paras; p++) {
		n = chance(40) ? 1 : chance(65) ? 2 : 3;

		put(out, "\n");
		for (i = 0; i < n; i++) {
			if (i > 0)
				put(out, " ");
			if (chance(18))
				sentence(out, quotes, N_OF(quotes), 0, &a);
			else
				sentence(out, bodies, N_OF(bodies), 1, &a);
			sentences_total++;
		}
		put(out, "\n");
	}

	/* boilerplate */
	put(out, "\nRelated Topics\n\n");
	if (chance(50)) {
		put_link(out, states[a.st[0]].name);
		put(out, "   ");
		put_link(out, states[a.st[1]].name);
		put(out, "   ");
		put(out, a.topic->label);
		put(out, "   Diplomacy   ");
		put(out, states[a.st[0]].region);
		put(out, "\n");
	} else {
		put_link(out, states[a.st[0]].name);
		put(out, "\n");
		put_link(out, states[a.st[1]].name);
		put(out, "\n");
		put(out, a.topic->label);
		put(out, "\nWorld News\n");
	}
	put(out, "\nRecent Stories\n");
	n = 2 + (int)below(3);
	for (i = 0, p = 1 + (int)below(3); i < n; i++) {
		struct article r = a;

		r.st[0] = pick_state();
		r.st[1] = pick_other(r.st[0], r.st[0]);
		r.topic = &topics[below(N_OF(topics))];
		put(out, "\n");
		headline(out, &r, chance(50));
		putf_int(out, p == 1 ? "\n%d hour ago\n" : "\n%d hours ago\n",
			 p);
		p += 1 + (int)below(4);
	}
	put(out, "\n");
	put(out, footers[below(N_OF(footers))]);
	putf_int(out, "\n\nCopyright \xC2\xA9 %d ", a.year);
	put(out, o->name);
	put(out, ". All rights reserved.\n");
}

int main(int argc, char **argv)
{
	static char buf[1 << 16];
	struct text out = {buf, 0, sizeof(buf)};
	unsigned long long seed = 1, bytes = 0;
	char *end, path[4096];
	struct stat sb;
	long n, i;

	if (argc < 3 || argc > 4) {
		fprintf(stderr, "usage: gen_articles N OUTDIR [SEED]  "
				"(1 <= N <= 9999999; OUTDIR must exist)\n");
		return 2;
	}
	n = strtol(argv[1], &end, 10);
	if (*argv[1] == '\0' || *end != '\0' || n < 1 || n > 9999999) {
		fprintf(stderr,
			"gen_articles: N must be 1 to 9999999, not "
			"'%s'\n",
			argv[1]);
		return 2;
	}
	if (argc == 4) {
		seed = strtoull(argv[3], &end, 10);
		if (*argv[3] == '\0' || *argv[3] == '-' || *end != '\0') {
			fprintf(stderr,
				"gen_articles: SEED must be a non-negative "
				"integer, not '%s'\n",
				argv[3]);
			return 2;
		}
	}
	if (stat(argv[2], &sb) != 0 || !S_ISDIR(sb.st_mode)) {
		fprintf(stderr, "gen_articles: %s: not an existing directory\n",
			argv[2]);
		return 2;
	}
	seed_random((uint64_t)seed);
	for (i = 1; i <= n; i++) {
		FILE *f;
		int len = snprintf(path, sizeof(path), "%s/art-%06ld.txt",
				   argv[2], i);

		if (len < 0 || (size_t)len >= sizeof(path)) {
			fprintf(stderr, "gen_articles: path too long\n");
			return 2;
		}
		out.len = 0;
		write_article(&out);
		f = fopen(path, "wb");
		if (!f) {
			perror(path);
			return 1;
		}
		if (fwrite(out.p, 1, out.len, f) != out.len) {
			perror(path);
			fclose(f);
			return 1;
		}
		if (fclose(f) != 0) {
			perror(path);
			return 1;
		}
		bytes += out.len;
	}
	if (printf("gen_articles: %ld files, %llu bytes, %ld sentences in "
		   "%s\n",
		   n, bytes, sentences_total, argv[2]) < 0 ||
	    fflush(stdout) != 0) {
		perror("gen_articles");
		return 1;
	}
	return 0;
}
