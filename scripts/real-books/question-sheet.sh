#!/bin/sh
# Prints a book's unjudged quiz questions, shuffled and unattributed, for blind judging: question-sheet.sh BOOK
BOOKS=${BOOKS:-/work/books}
HERE=$(cd "$(dirname "$0")" && pwd)
exec "$HERE/run-java.sh" studybot.bench.realbooks.QuestionSheet "$BOOKS/facts-seed" "$HERE/labels" "$1"
