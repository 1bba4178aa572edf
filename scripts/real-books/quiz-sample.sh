#!/bin/sh
# A fresh sample of a book's quiz questions to judge blind, or the score of a judged sample:
#   quiz-sample.sh sheet BOOK SEED MIN   (sections the book's labels do not judge yet, until MIN questions; shuffled)
#   quiz-sample.sh sheet /path/to/book/folder SEED MIN   (any book the bot reads, e.g. an HTML manual; no labels)
#   quiz-sample.sh score labels/samples/FILE.tsv
BOOKS=${BOOKS:-/work/books}
HERE=$(cd "$(dirname "$0")" && pwd)
case "$1" in
    score) FILE=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
        exec "$HERE/run-java.sh" studybot.bench.realbooks.QuizSample "$BOOKS/facts-seed" "$HERE/labels" score "$FILE" ;;
    *) exec "$HERE/run-java.sh" studybot.bench.realbooks.QuizSample "$BOOKS/facts-seed" "$HERE/labels" "$@" ;;
esac
