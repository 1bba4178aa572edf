#!/bin/sh
# Re-scores search on the labelled real manuals and on the seed's labelled questions (studybot.bench.SearchEval):
# right section first and in the top 3, BM25 alone and hybrid, per book. Needs the books converted by fetch.sh.
#   scripts/real-books/score-search.sh [-v] [--fit] [REVISION]
# -v lists the questions hybrid search missed; --fit scores only the books labelled for fitting (use it while tuning;
# it skips the int8 recall check, which reads every label file). With a REVISION (e.g. a commit before the search
# redesign), that revision's search is scored instead, with today's labels and SearchEval: the "before" figures.
# Passage vectors are kept between runs in $BOOKS/vectors/<revision or "current">.
set -eu
BOOKS=${BOOKS:-/work/books}
OPTIONS=""
while [ "${1:-}" = "-v" ] || [ "${1:-}" = "--fit" ]; do OPTIONS="$OPTIONS $1"; shift; done
REPO=$(cd "$(dirname "$0")/../.." && pwd)
TREE=$REPO
NAME=current
if [ $# -gt 0 ]; then
    NAME=$(git -C "$REPO" rev-parse --short "$1")
    TREE=$(mktemp -d)
    trap 'rm -rf "$TREE"' EXIT
    git -C "$REPO" archive "$1" | tar -x -C "$TREE"
    mkdir -p "$TREE/src/test/java/studybot/bench"
    cp "$REPO/src/test/java/studybot/bench/SearchEval.java" "$TREE/src/test/java/studybot/bench/"
fi
cd "$TREE"
mvn -B -q -o test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
    -Dexec.args="-Xmx3g -cp %classpath studybot.bench.SearchEval $REPO/src/test/resources/labels/search \
$BOOKS/seed $BOOKS/vectors/$NAME$OPTIONS"
# the int8 scan's recall reads every label file, held-out ones too: not while tuning (--fit)
case "$OPTIONS" in *--fit*) exit 0 ;; esac
if [ "$TREE" = "$REPO" ]; then
    mvn -B -q -o exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
        -Dexec.args="-Xmx3g -cp %classpath studybot.search.VectorRecall $REPO/src/test/resources/labels/search \
$BOOKS/seed $BOOKS/vectors/$NAME"
fi
