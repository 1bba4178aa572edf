#!/bin/sh
# Prints a book's sentences to label: sentence-sheet.sh BOOK [SECTION...] (20 sections spread over the book if none).
# BOOK: a folder holding a book the bot reads (e.g. /work/books/pdf/bash-reference), a label file's name (its
# "# folder:" header if it has one) or a converted book's name under $BOOKS/facts-seed.
BOOKS=${BOOKS:-/work/books}
HERE=$(cd "$(dirname "$0")" && pwd)
exec "$HERE/run-java.sh" studybot.bench.realbooks.SentenceSheet "$BOOKS/facts-seed" "$HERE/labels" "$@"
