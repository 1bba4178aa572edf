#!/bin/sh
# A fresh sample of a book's quiz questions to judge blind, or the score of a judged sample:
#   quiz-sample.sh sheet BOOK SEED MIN   (sections the book's labels do not judge yet, until MIN questions; shuffled)
#   quiz-sample.sh sheet /path/to/book/folder SEED MIN   (any book the bot reads, e.g. an HTML manual; no labels)
#   quiz-sample.sh score labels/samples/FILE.tsv...   (pass rate of each judged file among today's questions)
#   quiz-sample.sh review labels/samples/FILE.tsv...  (the same, and every question with its verdict or ?)
#   quiz-sample.sh sizes BOOK...                      (questions in each book's deck)
BOOKS=${BOOKS:-/work/books}
HERE=$(cd "$(dirname "$0")" && pwd)
case "$1" in
    score|review) COMMAND=$1; shift; FILES=""
        for FILE in "$@"; do FILES="$FILES $(cd "$(dirname "$FILE")" && pwd)/$(basename "$FILE")"; done
        exec "$HERE/run-java.sh" studybot.bench.realbooks.QuizSample "$BOOKS/facts-seed" "$HERE/labels" $COMMAND $FILES ;;
    *) exec "$HERE/run-java.sh" studybot.bench.realbooks.QuizSample "$BOOKS/facts-seed" "$HERE/labels" "$@" ;;
esac
