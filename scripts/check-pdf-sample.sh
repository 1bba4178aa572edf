#!/usr/bin/env bash
# Reads a PDF with studybot's PdfReader (from target/classes) and prints its outline, kept share, what was skipped,
# time and peak heap; with a section number, that section's blocks too.
# Usage: scripts/check-pdf-sample.sh FILE.pdf [SECTION]   (after mvn compile; JAVA_OPTS default -Xmx256m)
set -euo pipefail
cd "$(dirname "$0")/.."
cp=target/pdf-sample-classpath.txt
[ -f "$cp" ] || mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$cp" -Dmdep.includeScope=runtime
java ${JAVA_OPTS:--Xmx256m} -cp "target/classes:$(cat "$cp")" scripts/PdfSampleCheck.java "$@"
