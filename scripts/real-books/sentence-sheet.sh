#!/bin/sh
# Prints a book's sentences to label: sentence-sheet.sh BOOK [SECTION...] (20 sections spread over the book if none).
BOOKS=${BOOKS:-/work/books}
HERE=$(cd "$(dirname "$0")" && pwd)
exec "$HERE/run-java.sh" studybot.bench.realbooks.SentenceSheet "$BOOKS/facts-seed" "$@"
