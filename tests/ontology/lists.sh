# Lists of resources for the ontology checks, one SPARQL query each.
# Rasqal 0.9.33 evaluates OPTIONAL by re-reading its right side for every
# row on the left, which takes minutes on the knowledge base, so each check
# compares two plain lists instead: "all X" minus "X that have Y".

# list NAME: print the SPARQL query for list NAME.
list() {
	ns='https://w3id.org/irkg/ontology#'
	case $1 in
	terms-used) echo "SELECT DISTINCT ?t WHERE { { ?s ?t ?o } UNION { ?s ?p ?t FILTER(isIRI(?t)) } FILTER(STRSTARTS(STR(?t), \"$ns\")) }" ;;
	terms-typed) echo "SELECT DISTINCT ?t WHERE { ?t a ?type FILTER(STRSTARTS(STR(?t), \"$ns\")) }" ;;
	terms-schema) echo "SELECT DISTINCT ?t WHERE { ?t a ?k FILTER(?k = owl:Class || ?k = owl:ObjectProperty || ?k = owl:DatatypeProperty || ?k = owl:AnnotationProperty) FILTER(STRSTARTS(STR(?t), \"$ns\")) }" ;;
	terms-labelled) echo "SELECT DISTINCT ?t WHERE { ?t rdfs:label ?l FILTER(STRSTARTS(STR(?t), \"$ns\")) }" ;;
	terms-commented) echo "SELECT DISTINCT ?t WHERE { ?t rdfs:comment ?c FILTER(STRSTARTS(STR(?t), \"$ns\")) }" ;;
	states) echo "SELECT DISTINCT ?s WHERE { ?s a irkg:State }" ;;
	states-iso2) echo "SELECT DISTINCT ?s WHERE { ?s a irkg:State ; irkg:iso2 ?c }" ;;
	states-iso3) echo "SELECT DISTINCT ?s WHERE { ?s a irkg:State ; irkg:iso3 ?c }" ;;
	states-wikidata) echo "SELECT DISTINCT ?s WHERE { ?s a irkg:State ; owl:sameAs ?w FILTER(STRSTARTS(STR(?w), \"http://www.wikidata.org/entity/Q\")) }" ;;
	posts) echo "SELECT DISTINCT ?s WHERE { ?s a irkg:PostHolding }" ;;
	posts-holder) echo "SELECT DISTINCT ?s WHERE { ?s a irkg:PostHolding ; irkg:holder ?h }" ;;
	posts-start) echo "SELECT DISTINCT ?s WHERE { ?s a irkg:PostHolding ; irkg:start ?d }" ;;
	posts-of) echo "SELECT DISTINCT ?s WHERE { { ?s a irkg:PostHolding ; irkg:ofState ?x } UNION { ?s a irkg:PostHolding ; irkg:ofOrganization ?x } }" ;;
	cameo-broader) echo "SELECT DISTINCT ?b WHERE { ?c skos:inScheme cameo:scheme ; skos:broader ?b }" ;;
	cameo-codes) echo "SELECT DISTINCT ?c WHERE { ?c skos:inScheme cameo:scheme ; skos:notation ?n }" ;;
	*) return 1 ;;
	esac
}
