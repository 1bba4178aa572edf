#!/bin/sh
# Scores /search on a translated Debian Reference (LANG: de, fr, ...) with labels/search-LANG/debian-reference-LANG.tsv:
# each question is typed into the offline console of the jar given (default: this tree's target/studybot.jar, built
# first), and the right section is looked for first and in the top 3 of the "/section" lines of its answer. A book
# that is not English gets BM25 search alone (no search by meaning), so this needs no vectors. Downloads the pinned
# package (debian-reference-LANG 2.100) into $BOOKS once.
#   scripts/real-books/score-language-search.sh [-v] LANG [JAR]
set -eu
BOOKS=${BOOKS:-/work/books}
REPO=$(cd "$(dirname "$0")/../.." && pwd)
VERBOSE=""
if [ "${1:-}" = "-v" ]; then VERBOSE=-v; shift; fi
LANG_CODE=$1
shift
JAR=${1:-}
if [ -z "$JAR" ]; then
    (cd "$REPO" && mvn -B -q -o package -DskipTests)
    JAR=$REPO/target/studybot.jar
fi
PACKAGE=debian-reference-$LANG_CODE
FOLDER=$BOOKS/html/$PACKAGE
if [ ! -d "$FOLDER" ]; then
    mkdir -p "$BOOKS/debs" "$FOLDER"
    (cd "$BOOKS/debs" && apt-get download "$PACKAGE=2.100")
    dpkg -x "$(ls "$BOOKS/debs/${PACKAGE}"_*.deb | head -n 1)" "$BOOKS/$PACKAGE"
    mkdir -p "$FOLDER/$PACKAGE"
    cp "$BOOKS/$PACKAGE"/usr/share/debian-reference/*."$LANG_CODE".html "$FOLDER/$PACKAGE/"
fi
python3 - "$JAR" "$FOLDER" "$REPO/src/test/resources/labels/search-$LANG_CODE/$PACKAGE.tsv" "$PACKAGE" $VERBOSE <<'PY'
import json, os, re, shutil, subprocess, sys, tempfile
jar, seeds, labels_file, book = sys.argv[1:5]
verbose = "-v" in sys.argv[5:]
labels = [line.rstrip("\n").split("\t") for line in open(labels_file, encoding="utf-8")
          if line.strip() and not line.startswith("#")]
data = tempfile.mkdtemp()
try:
    config = os.path.join(data, "studybot.json")
    with open(config, "w") as out:
        json.dump({"seedsFolder": seeds, "dataFolder": data, "search": {"semantic": False}}, out)
    questions = "".join("/search " + question + "\n" for question, _ in labels)
    answer = subprocess.run(["java", "-jar", jar, "--config", config, "console"], input=questions,
                            capture_output=True, text=True, timeout=900, env=dict(os.environ, LANG="C.UTF-8")).stdout
finally:
    shutil.rmtree(data)
blocks = []
for line in answer.splitlines():
    if line.startswith("== Search:"):
        blocks.append("")
    elif line.startswith("Nothing in the book matches"):
        blocks.append(None)
    elif blocks and blocks[-1] is not None:
        blocks[-1] += line + "\n"
blocks = [block or "" for block in blocks]
if len(blocks) != len(labels):
    sys.exit(f"expected {len(labels)} answers, got {len(blocks)}")
first = top3 = 0
for (question, right), block in zip(labels, blocks):
    sections = re.findall(r"/section (\S+)", block)
    wanted = set(right.split("|"))
    first += bool(sections) and sections[0] in wanted
    top3 += any(section in wanted for section in sections[:3])
    if verbose:
        print(("first " if sections and sections[0] in wanted else "top3  " if any(s in wanted for s in sections[:3])
               else "miss  ") + question + " -> " + " ".join(sections[:3]) + " (want " + right + ")")
print(f"{book}: {len(labels)} questions, right first {first} ({100 * first // len(labels)}%), "
      f"in the top 3 {top3} ({100 * top3 // len(labels)}%)")
PY
