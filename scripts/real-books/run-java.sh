#!/bin/sh
# Runs a main class of the test sources with the test classpath (compiles first). Used by the other scripts here.
set -e
cd "$(dirname "$0")/../.."
exec mvn -B -q -o test-compile exec:exec $MVN_OPTS_EXTRA -Dexec.classpathScope=test -Dexec.executable=java \
    -Dexec.args="-Xmx3g $JAVA_PROPS -cp %classpath $*"
