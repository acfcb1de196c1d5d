/* gen_ntriples: a deterministic synthetic irkg graph as N-Triples.
 *
 *   gen_ntriples N > FILE.nt
 *
 * Writes exactly N triples (N >= 1000) in the irkg vocabulary: the 197
 * states (type, label, ISO code), then CAMEO-coded events between them,
 * ten triples each, and a news article (four triples) for every five
 * events. The same N always gives the same bytes, and a smaller N gives a
 * prefix of a larger one: a fixed-seed xorshift generator, no clock, no
 * locale. Source and target states follow a Zipf law (the United States
 * is named most, then China, Russia, ...), CAMEO codes are uniform over
 * the 312 codes of ontology/cameo.ttl, and every event has its own
 * evidence sentence, so the store holds many distinct literals as a real
 * extraction would. Selectivity that bench/run.sh's queries rely on:
 *   every event is the subject of ten triples;
 *   every article (but perhaps the last) is irkg:fromArticle of 5 events;
 *   irkg:cameoCode "1246" matches about 1 event in 312;
 *   source PRK matches about 1 event in 33, and with target KOR about 1
 *   in 1,000.
 * Built by bench/run.sh with cc -O2 into build/bench/. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define ID "https://w3id.org/irkg/id/"
#define IRKG "https://w3id.org/irkg/ontology#"
#define RDF_TYPE "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
#define RDFS_LABEL "<http://www.w3.org/2000/01/rdf-schema#label>"
#define XSD_DATE "<http://www.w3.org/2001/XMLSchema#date>"
#define XSD_INTEGER "<http://www.w3.org/2001/XMLSchema#integer>"

static const struct {
	const char *code, *name;
} states[] = {
	/* most reported first: the Zipf rank is the position here */
	{"USA", "United States"},
	{"CHN", "China"},
	{"RUS", "Russia"},
	{"JPN", "Japan"},
	{"KOR", "South Korea"},
	{"PRK", "North Korea"},
	{"IND", "India"},
	{"GBR", "United Kingdom"},
	{"FRA", "France"},
	{"DEU", "Germany"},
	{"IRN", "Iran"},
	{"ISR", "Israel"},
	{"UKR", "Ukraine"},
	{"TUR", "Turkey"},
	{"SAU", "Saudi Arabia"},
	{"PAK", "Pakistan"},
	{"AUS", "Australia"},
	{"CAN", "Canada"},
	{"BRA", "Brazil"},
	{"EGY", "Egypt"},
	{"SYR", "Syria"},
	{"TWN", "Taiwan"},
	{"VNM", "Vietnam"},
	{"PHL", "Philippines"},
	{"IDN", "Indonesia"},
	{"AFG", "Afghanistan"},
	{"AGO", "Angola"},
	{"ALB", "Albania"},
	{"AND", "Andorra"},
	{"ARE", "United Arab Emirates"},
	{"ARG", "Argentina"},
	{"ARM", "Armenia"},
	{"ATG", "Antigua and Barbuda"},
	{"AUT", "Austria"},
	{"AZE", "Azerbaijan"},
	{"BDI", "Burundi"},
	{"BEL", "Belgium"},
	{"BEN", "Benin"},
	{"BFA", "Burkina Faso"},
	{"BGD", "Bangladesh"},
	{"BGR", "Bulgaria"},
	{"BHR", "Bahrain"},
	{"BHS", "Bahamas"},
	{"BIH", "Bosnia and Herzegovina"},
	{"BLR", "Belarus"},
	{"BLZ", "Belize"},
	{"BOL", "Bolivia"},
	{"BRB", "Barbados"},
	{"BRN", "Brunei"},
	{"BTN", "Bhutan"},
	{"BWA", "Botswana"},
	{"CAF", "Central African Republic"},
	{"CHE", "Switzerland"},
	{"CHL", "Chile"},
	{"CIV", "Ivory Coast"},
	{"CMR", "Cameroon"},
	{"COD", "Democratic Republic of the Congo"},
	{"COG", "Republic of the Congo"},
	{"COL", "Colombia"},
	{"COM", "Comoros"},
	{"CPV", "Cape Verde"},
	{"CRI", "Costa Rica"},
	{"CUB", "Cuba"},
	{"CYP", "Cyprus"},
	{"CZE", "Czech Republic"},
	{"DJI", "Djibouti"},
	{"DMA", "Dominica"},
	{"DNK", "Denmark"},
	{"DOM", "Dominican Republic"},
	{"DZA", "Algeria"},
	{"ECU", "Ecuador"},
	{"ERI", "Eritrea"},
	{"ESP", "Spain"},
	{"EST", "Estonia"},
	{"ETH", "Ethiopia"},
	{"FIN", "Finland"},
	{"FJI", "Fiji"},
	{"FSM", "Federated States of Micronesia"},
	{"GAB", "Gabon"},
	{"GEO", "Georgia"},
	{"GHA", "Ghana"},
	{"GIN", "Guinea"},
	{"GMB", "Gambia"},
	{"GNB", "Guinea-Bissau"},
	{"GNQ", "Equatorial Guinea"},
	{"GRC", "Greece"},
	{"GRD", "Grenada"},
	{"GTM", "Guatemala"},
	{"GUY", "Guyana"},
	{"HND", "Honduras"},
	{"HRV", "Croatia"},
	{"HTI", "Haiti"},
	{"HUN", "Hungary"},
	{"IRL", "Ireland"},
	{"IRQ", "Iraq"},
	{"ISL", "Iceland"},
	{"ITA", "Italy"},
	{"JAM", "Jamaica"},
	{"JOR", "Jordan"},
	{"KAZ", "Kazakhstan"},
	{"KEN", "Kenya"},
	{"KGZ", "Kyrgyzstan"},
	{"KHM", "Cambodia"},
	{"KIR", "Kiribati"},
	{"KNA", "Saint Kitts and Nevis"},
	{"KWT", "Kuwait"},
	{"LAO", "Laos"},
	{"LBN", "Lebanon"},
	{"LBR", "Liberia"},
	{"LBY", "Libya"},
	{"LCA", "Saint Lucia"},
	{"LIE", "Liechtenstein"},
	{"LKA", "Sri Lanka"},
	{"LSO", "Lesotho"},
	{"LTU", "Lithuania"},
	{"LUX", "Luxembourg"},
	{"LVA", "Latvia"},
	{"MAR", "Morocco"},
	{"MCO", "Monaco"},
	{"MDA", "Moldova"},
	{"MDG", "Madagascar"},
	{"MDV", "Maldives"},
	{"MEX", "Mexico"},
	{"MHL", "Marshall Islands"},
	{"MKD", "North Macedonia"},
	{"MLI", "Mali"},
	{"MLT", "Malta"},
	{"MMR", "Myanmar"},
	{"MNE", "Montenegro"},
	{"MNG", "Mongolia"},
	{"MOZ", "Mozambique"},
	{"MRT", "Mauritania"},
	{"MUS", "Mauritius"},
	{"MWI", "Malawi"},
	{"MYS", "Malaysia"},
	{"NAM", "Namibia"},
	{"NER", "Niger"},
	{"NGA", "Nigeria"},
	{"NIC", "Nicaragua"},
	{"NLD", "Netherlands"},
	{"NOR", "Norway"},
	{"NPL", "Nepal"},
	{"NRU", "Nauru"},
	{"NZL", "New Zealand"},
	{"OMN", "Oman"},
	{"PAN", "Panama"},
	{"PER", "Peru"},
	{"PLW", "Palau"},
	{"PNG", "Papua New Guinea"},
	{"POL", "Poland"},
	{"PRT", "Portugal"},
	{"PRY", "Paraguay"},
	{"PSE", "Palestine"},
	{"QAT", "Qatar"},
	{"ROU", "Romania"},
	{"RWA", "Rwanda"},
	{"SDN", "Sudan"},
	{"SEN", "Senegal"},
	{"SGP", "Singapore"},
	{"SLB", "Solomon Islands"},
	{"SLE", "Sierra Leone"},
	{"SLV", "El Salvador"},
	{"SMR", "San Marino"},
	{"SOM", "Somalia"},
	{"SRB", "Serbia"},
	{"SSD", "South Sudan"},
	{"STP", "São Tomé and Príncipe"},
	{"SUR", "Suriname"},
	{"SVK", "Slovakia"},
	{"SVN", "Slovenia"},
	{"SWE", "Sweden"},
	{"SWZ", "Eswatini"},
	{"SYC", "Seychelles"},
	{"TCD", "Chad"},
	{"TGO", "Togo"},
	{"THA", "Thailand"},
	{"TJK", "Tajikistan"},
	{"TKM", "Turkmenistan"},
	{"TLS", "East Timor"},
	{"TON", "Tonga"},
	{"TTO", "Trinidad and Tobago"},
	{"TUN", "Tunisia"},
	{"TUV", "Tuvalu"},
	{"TZA", "Tanzania"},
	{"UGA", "Uganda"},
	{"URY", "Uruguay"},
	{"UZB", "Uzbekistan"},
	{"VAT", "Vatican City"},
	{"VCT", "Saint Vincent and the Grenadines"},
	{"VEN", "Venezuela"},
	{"VUT", "Vanuatu"},
	{"WSM", "Samoa"},
	{"XKX", "Kosovo"},
	{"YEM", "Yemen"},
	{"ZAF", "South Africa"},
	{"ZMB", "Zambia"},
	{"ZWE", "Zimbabwe"},
};
#define N_STATES (sizeof(states) / sizeof(states[0]))

static const char *const cameo[] = {
	"01",	"010",	"011",	"012",	"013",	"014",	"015",	"016",	"017",
	"018",	"019",	"02",	"020",	"021",	"0211", "0212", "0213", "0214",
	"022",	"023",	"0231", "0232", "0233", "0234", "024",	"0241", "0242",
	"0243", "0244", "025",	"0251", "0252", "0253", "0254", "0255", "0256",
	"026",	"027",	"028",	"03",	"030",	"031",	"0311", "0312", "0313",
	"0314", "032",	"033",	"0331", "0332", "0333", "0334", "034",	"0341",
	"0342", "0343", "0344", "035",	"0351", "0352", "0353", "0354", "0355",
	"0356", "036",	"037",	"038",	"039",	"04",	"040",	"041",	"042",
	"043",	"044",	"045",	"046",	"05",	"050",	"051",	"052",	"053",
	"054",	"055",	"056",	"057",	"06",	"060",	"061",	"062",	"063",
	"064",	"07",	"070",	"071",	"072",	"073",	"074",	"075",	"08",
	"080",	"081",	"0811", "0812", "0813", "0814", "082",	"083",	"0831",
	"0832", "0833", "0834", "084",	"0841", "0842", "085",	"086",	"0861",
	"0862", "0863", "087",	"0871", "0872", "0873", "0874", "09",	"090",
	"091",	"092",	"093",	"094",	"10",	"100",	"101",	"1011", "1012",
	"1013", "1014", "102",	"103",	"1031", "1032", "1033", "1034", "104",
	"1041", "1042", "1043", "1044", "105",	"1051", "1052", "1053", "1054",
	"1055", "1056", "106",	"107",	"108",	"11",	"110",	"111",	"112",
	"1121", "1122", "1123", "1124", "1125", "113",	"114",	"115",	"116",
	"12",	"120",	"121",	"1211", "1212", "1213", "122",	"1221", "1222",
	"1223", "1224", "123",	"1231", "1232", "1233", "1234", "124",	"1241",
	"1242", "1243", "1244", "1245", "1246", "125",	"126",	"127",	"128",
	"129",	"13",	"130",	"131",	"1311", "1312", "1313", "132",	"1321",
	"1322", "1323", "1324", "133",	"134",	"135",	"136",	"137",	"138",
	"1381", "1382", "1383", "1384", "1385", "139",	"14",	"140",	"141",
	"1411", "1412", "1413", "1414", "142",	"1421", "1422", "1423", "1424",
	"143",	"1431", "1432", "1433", "1434", "144",	"1441", "1442", "1443",
	"1444", "145",	"1451", "1452", "1453", "1454", "15",	"150",	"151",
	"152",	"153",	"154",	"16",	"160",	"161",	"162",	"1621", "1622",
	"1623", "163",	"164",	"165",	"166",	"1661", "1662", "1663", "17",
	"170",	"171",	"1711", "1712", "172",	"1721", "1722", "1723", "1724",
	"173",	"174",	"175",	"18",	"180",	"181",	"182",	"1821", "1822",
	"1823", "183",	"1831", "1832", "1833", "184",	"185",	"186",	"19",
	"190",	"191",	"192",	"193",	"194",	"195",	"196",	"20",	"200",
	"201",	"202",	"203",	"204",	"2041", "2042"};
#define N_CAMEO (sizeof(cameo) / sizeof(cameo[0]))

/* what the source does to the target, by CAMEO root 01..20 */
static const char *const verbs[] = {
	"made a statement on",
	"appealed to",
	"pledged to cooperate with",
	"held talks with",
	"cooperated diplomatically with",
	"cooperated materially with",
	"provided aid to",
	"yielded to",
	"investigated",
	"made demands of",
	"criticised",
	"rejected proposals of",
	"threatened",
	"protested against",
	"mobilised forces against",
	"reduced relations with",
	"coerced",
	"assaulted",
	"fought",
	"used mass violence against",
};

static const char *const outlets[] = {
	"Reuters", "Yonhap", "Kyodo",	   "Xinhua", "TASS",
	"AFP",	   "AP",     "Al Jazeera", "BBC",    "Anadolu",
};
#define N_OUTLETS (sizeof(outlets) / sizeof(outlets[0]))

static uint64_t rng_state = 0x9E3779B97F4A7C15ull;

static uint64_t next_random(void)
{
	uint64_t x = rng_state;

	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	return rng_state = x;
}

/* Zipf over the states, s = 1: the cumulative weights, scaled to 2^32 so
 * that the draw is integer arithmetic and the same on every machine. */
static uint64_t zipf_cdf[N_STATES];

static void init_zipf(void)
{
	double sum = 0, acc = 0;
	size_t i;

	for (i = 0; i < N_STATES; i++)
		sum += 1.0 / (double)(i + 1);
	for (i = 0; i < N_STATES; i++) {
		acc += 1.0 / (double)(i + 1) / sum;
		zipf_cdf[i] = (uint64_t)(acc * 4294967296.0);
	}
	zipf_cdf[N_STATES - 1] = 4294967296ull;
}

static size_t zipf_state(void)
{
	uint64_t u = next_random() >> 32;
	size_t lo = 0, hi = N_STATES - 1;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (zipf_cdf[mid] > u)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

static long left; /* triples still to write */

/* One triple; the object comes whole, already in N-Triples form. */
static void triple(const char *s, const char *p, const char *o)
{
	if (left <= 0)
		return;
	printf("%s %s %s .\n", s, p, o);
	left--;
}

int main(int argc, char **argv)
{
	char s[128], o[512], date[16];
	long n, event, article = 0;
	size_t i;

	n = argc == 2 ? strtol(argv[1], NULL, 10) : 0;
	if (n < 1000) {
		fprintf(stderr, "usage: gen_ntriples N  (N >= 1000 triples)\n");
		return 2;
	}
	left = n;
	init_zipf();
	for (i = 0; i < N_STATES; i++) {
		snprintf(s, sizeof(s), "<" ID "state/%s>", states[i].code);
		triple(s, RDF_TYPE, "<" IRKG "State>");
		snprintf(o, sizeof(o), "\"%s\"@en", states[i].name);
		triple(s, RDFS_LABEL, o);
		snprintf(o, sizeof(o), "\"%s\"", states[i].code);
		triple(s, "<" IRKG "iso3>", o);
	}
	for (event = 1; left > 0; event++) {
		size_t src = zipf_state(), tgt = zipf_state();
		const char *code = cameo[next_random() % N_CAMEO];
		int root = (code[0] - '0') * 10 + (code[1] - '0');
		const char *verb = verbs[root - 1];
		/* a day in 2015-2024 (months of 28 days keep it simple) */
		long day = (long)(next_random() % (10 * 12 * 28));

		if (tgt == src)
			tgt = (src + 1 + next_random() % (N_STATES - 1)) %
			      N_STATES;
		snprintf(date, sizeof(date), "%04ld-%02ld-%02ld",
			 2015 + day / (12 * 28), 1 + day / 28 % 12,
			 1 + day % 28);
		if (event % 5 == 1) {
			article++;
			snprintf(s, sizeof(s), "<" ID "article/%ld>", article);
			triple(s, RDF_TYPE, "<" IRKG "NewsArticle>");
			snprintf(o, sizeof(o), "\"%s %s %s\"@en",
				 states[src].name, verb, states[tgt].name);
			triple(s, "<" IRKG "headline>", o);
			snprintf(o, sizeof(o), "\"%s\"^^" XSD_DATE, date);
			triple(s, "<" IRKG "publishedDate>", o);
			snprintf(o, sizeof(o), "\"%s\"",
				 outlets[article % N_OUTLETS]);
			triple(s, "<" IRKG "publisher>", o);
		}
		snprintf(s, sizeof(s), "<" ID "event/%ld>", event);
		triple(s, RDF_TYPE, "<" IRKG "Event>");
		snprintf(o, sizeof(o), "<" ID "state/%s>", states[src].code);
		triple(s, "<" IRKG "source>", o);
		snprintf(o, sizeof(o), "<" ID "state/%s>", states[tgt].code);
		triple(s, "<" IRKG "target>", o);
		snprintf(o, sizeof(o), "\"%s\"", code);
		triple(s, "<" IRKG "cameoCode>", o);
		snprintf(o, sizeof(o), "<" ID "cameo/%s>", code);
		triple(s, "<" IRKG "eventType>", o);
		snprintf(o, sizeof(o), "\"%s\"^^" XSD_DATE, date);
		triple(s, "<" IRKG "date>", o);
		snprintf(o, sizeof(o), "\"%s %s %s (CAMEO %s)\"@en",
			 states[src].code, verb, states[tgt].code, code);
		triple(s, RDFS_LABEL, o);
		snprintf(o, sizeof(o), "<" ID "article/%ld>", article);
		triple(s, "<" IRKG "fromArticle>", o);
		snprintf(o, sizeof(o), "\"%d\"^^" XSD_INTEGER,
			 root <= 5    ? 1
			 : root <= 8  ? 2
			 : root <= 13 ? 3
				      : 4);
		triple(s, "<" IRKG "quadClass>", o);
		snprintf(o, sizeof(o),
			 "\"On %s, %s %s %s, according to report %ld.\"@en",
			 date, states[src].name, verb, states[tgt].name, event);
		triple(s, "<" IRKG "evidence>", o);
	}
	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror("gen_ntriples");
		return 1;
	}
	return 0;
}
