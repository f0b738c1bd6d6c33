#!/bin/sh
# Starts the packaged service like `java -jar target/quarkus-app/quarkus-run.jar`, with the JVM's own start-up cache:
# on Java 25 or later an AOT cache (JEP 483/514/515: classes loaded and linked, method profiles), on Java 13-24 a
# dynamic CDS archive (JEP 350: the classes loaded, parsed and verified). The first answer came about 27% sooner with
# the AOT cache (Java 25) and 15-25% with the CDS archive (Java 17) on a quiet 2-core machine (src/bench/BENCHMARKS.md,
# "Start-up and reload"). The first time, or after a new build, a training run makes the cache: the service starts on
# a private loopback port, answers one eligibility request and stops; the JVM writes the cache as it exits. Run it
# from where you would run the jar (the repository root by default; the cache records the jar's path as given); JVM
# options go as arguments, e.g. src/main/scripts/run-with-aot-cache.sh -Xmx1g.
# ACA_APP: the quarkus-app folder (target/quarkus-app); ACA_AOT_CACHE: the cache file (aca-rules.aot on Java 25,
# aca-rules.jsa before, in that folder).
set -eu
app=${ACA_APP:-target/quarkus-app}
jar=$app/quarkus-run.jar
cache=${ACA_AOT_CACHE:-$app/aca-rules.aot}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
major=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')
if [ "${major:-0}" -ge 25 ]; then
    write=-XX:AOTCacheOutput use=-XX:AOTCache
elif [ "${major:-0}" -ge 13 ]; then
    write=-XX:ArchiveClassesAtExit use=-XX:SharedArchiveFile
    cache=${ACA_AOT_CACHE:-$app/aca-rules.jsa}
else
    exec "$java" "$@" -jar "$jar"
fi
# a cache made for another build of the jar is refused by the JVM (with a warning): make it again
if [ -f "$cache" ] && [ "$jar" -nt "$cache" -o "$app/app" -nt "$cache" ]; then
    rm -f "$cache"
fi
if [ ! -f "$cache" ]; then
    port=${ACA_AOT_TRAINING_PORT:-18089}
    echo "run-with-aot-cache: training run on 127.0.0.1:$port to write $cache (its output: $cache.log)" >&2
    "$java" "$write=$cache" "$@" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" \
        -Daca.evaluation.open=true -Daca.rulesets.deploy-folders-on-start=false -Dquarkus.log.level=WARN \
        -jar "$jar" > "$cache.log" 2>&1 &
    pid=$!
    household='{"year": 2026, "place": {"state": "TX", "countyfips": "48201", "zipcode": "77002"},
      "household": {"income": 31500, "filing_status": "single", "people": [{"id": "pat", "age": 40,
        "relationship": "self", "immigration_status": "citizen"}]}, "benchmark_premium": {"monthly": 625.00}}'
    tries=0
    until curl -sf -o /dev/null -H 'Content-Type: application/json' -d "$household" \
            "http://127.0.0.1:$port/api/v1/eligibility"; do
        tries=$((tries + 1))
        if [ "$tries" -gt 600 ] || ! kill -0 "$pid" 2>/dev/null; then
            echo "run-with-aot-cache: the training run gave no answer; starting without a cache" >&2
            kill "$pid" 2>/dev/null || true
            wait "$pid" 2>/dev/null || true
            rm -f "$cache"
            exec "$java" "$@" -jar "$jar"
        fi
        sleep 0.5
    done
    kill "$pid"
    wait "$pid" 2>/dev/null || true
fi
exec "$java" "$use=$cache" "$@" -jar "$jar"
