#!/bin/sh
# Runs a main class of the test sources with the test classpath (compiles first). Used by the other scripts here.
set -e
cd "$(dirname "$0")/../.."
exec mvn -B -q -o test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
    -Dexec.args="-Xmx3g -cp %classpath $*"
