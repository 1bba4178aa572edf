#!/bin/sh
# Scores /search on the German Debian Reference (labels/search-de/debian-reference-de.tsv); see score-language-search.sh.
#   scripts/real-books/score-german-search.sh [-v] [JAR]
set -eu
VERBOSE=""
if [ "${1:-}" = "-v" ]; then VERBOSE=-v; shift; fi
exec sh "$(dirname "$0")/score-language-search.sh" $VERBOSE de "$@"
