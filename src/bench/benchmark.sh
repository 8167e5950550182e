#!/usr/bin/env bash
# Benchmark of the portal's build, as whole processes from a cold JVM (README, "Performance").
#
#   src/bench/benchmark.sh [build] [-r RUNS] [-s "real x10 x100"] [--regenerate] [--append] [--empty]
#   src/bench/benchmark.sh serve   [-r RUNS] [-s "real x10"]
#   src/bench/benchmark.sh report  (the table again, from target/bench/runs.tsv)
#   src/bench/benchmark.sh search  [-r RUNS] [--latency MS]  (ours beside Pagefind; needs Chromium and npm)
#
# build: builds the real site (this repository) and synthetic sites at 10 and 100 times its
#   content (generated once by fr.imt.portal.bench.SyntheticSite into target/bench/xN), RUNS
#   times each (default 5), and reports the median wall time, CPU time (user + sys), peak RSS,
#   the stages printed by `build --timings`, the page count, and Hugo's time for as many pages
#   (interpolated from Hugo's measured figures: 180 pages 0.16 s, 1,500 pages 1.2 s, 15,000 pages
#   11 s) with our ratio to it. Writes target/bench/results.md and target/bench/runs.tsv
#   (--append adds to the runs already there, e.g. a slow x100 measured later with -r 1).
#   Each site is built twice, untimed, into one output folder, then RUNS times into it, as an
#   editor or a CI cache rebuilds target/site (and as Hugo rebuilds public/): each build writes
#   over the files of the build before the last (see Publication). --empty builds each run
#   into a new empty folder instead, after deleting the previous run's.
# serve: starts `serve` on a copy of each site and measures, RUNS times, how long a change to
#   one action file takes to reach browsers as a reload event, and the action's page to be loaded
#   again with the change (fr.imt.portal.bench.ServeProbe). Writes target/bench/serve-results.md.
#
# search: installs Pagefind 1.6.0 from src/bench/pagefind/package-lock.json (npm ci, into
#   target/bench/pagefind; the platform's binary comes as an npm optional dependency) and runs
#   SearchBytesBenchmark (a test class outside mvn verify) with it, in headless Chromium: for the
#   real site and a synthetic site at 10 times the content, the bytes, requests and time to
#   results of a first query (cold cache) and of further queries, ours and Pagefind's on a copy
#   of the same built site; each figure the median of RUNS runs (default 5), each in a new browser;
#   --latency adds MS milliseconds to every request (Chromium's network emulation), as a network would.
#   Writes target/search-bench.md.
#
# Every measured process is started by ./portal, the launcher everyone uses, with its JVM options;
# PORTAL_JAVA_OPTS adds options after them (e.g. "-XX:GCTimeRatio=9"; a later option wins over the launcher's).
# The figures are only as quiet as the machine: check the load average printed with them.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"

MODE=build
RUNS=5
SIZES=""
REGENERATE=0
APPEND=0
EMPTY=0
LATENCY=0
TODAY=2026-11-20
JAR=target/portal.jar
CP="$JAR:target/test-classes"
BENCH=target/bench
JAVA_OPTS=${PORTAL_JAVA_OPTS:-}

usage() {
    sed -n '2,33p' "$0" | sed 's/^# \{0,1\}//'
    exit "${1:-0}"
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        build|serve|report|search) MODE=$1 ;;
        -r|--runs) RUNS=${2:?}; shift ;;
        -s|--sizes) SIZES=${2:?}; shift ;;
        --regenerate) REGENERATE=1 ;;
        --append) APPEND=1 ;;
        --empty) EMPTY=1 ;;
        --latency) LATENCY=${2:?}; shift ;;
        -h|--help) usage 0 ;;
        *) echo "unknown argument: $1" >&2; usage 2 ;;
    esac
    shift
done
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "RUNS must be a whole number from 1, found $RUNS" >&2; exit 2; }
if [[ -z "$SIZES" ]]; then
    if [[ $MODE == build ]]; then SIZES="real x10 x100"; else SIZES="real x10"; fi
fi
for size in $SIZES; do
    [[ $size == real || $size =~ ^x[1-9][0-9]*$ ]] || { echo "unknown size $size (real or xN)" >&2; exit 2; }
done
mkdir -p "$BENCH"

ensure_jar() {
    if [[ ! -f $JAR || ! -f target/test-classes/fr/imt/portal/bench/SyntheticSite.class ]]; then
        echo "Building the jar and the benchmark classes (mvn -q -B package -DskipTests)…" >&2
        mvn -q -B package -DskipTests
    fi
}

ensure_time() {
    if [[ ! -x /usr/bin/time ]]; then
        echo "/usr/bin/time is missing: installing Debian's time package…" >&2
        if [[ $(id -u) -eq 0 ]]; then apt-get install -y -q time >&2; else sudo apt-get install -y -q time >&2; fi
    fi
    /usr/bin/time -f "%e" true 2>/dev/null >/dev/null || { echo "/usr/bin/time does not take -f (GNU time needed)" >&2; exit 1; }
}

# The folder of a site: the repository for "real", a generated site for "xN" (generated again when
# the real content or the generator changed since, or with --regenerate).
site_dir() {
    local size=$1
    if [[ $size == real ]]; then echo "$ROOT"; return; fi
    local scale=${size#x} dir="$BENCH/$size"
    local done="$dir/.complete"
    if [[ $REGENERATE == 1 || ! -f $done \
          || -n $(find content target/test-classes/fr/imt/portal/bench -newer "$done" -print -quit) ]]; then
        echo "Generating $dir (scale $scale)…" >&2
        java -cp "$CP" fr.imt.portal.bench.SyntheticSite --scale "$scale" --out "$dir" --source "$ROOT" >&2
        touch "$done"
    fi
    echo "$ROOT/$dir"
}

machine() {
    local cpu mem java dirty=""
    cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
    mem=$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)
    java=$(java -version 2>&1 | sed -n '1p;3p' | paste -sd ';' | sed 's/;/; /')
    git diff --quiet HEAD 2>/dev/null || dirty=" (with uncommitted changes)"
    echo "- Machine: $(nproc) cores, ${cpu:-unknown CPU}, $mem RAM, $(uname -sr)"
    echo "- Java: $java"
    echo "- JVM options (PORTAL_JAVA_OPTS): ${JAVA_OPTS:-none}"
    echo "- Commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$dirty; $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "- Load average (1, 5, 15 min) when the table was written: $(cut -d' ' -f1-3 /proc/loadavg)"
}

# Median of the numbers on stdin (the mean of the two middle ones for an even count).
median() {
    sort -g | awk '{ v[NR] = $1 } END {
        if (NR == 0) { print "-"; exit }
        if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Hugo 0.111 on this kind of machine, linear between the measured points and beyond them.
hugo_seconds() {
    awk -v p="$1" 'BEGIN {
        if (p <= 1500) { x0 = 180; y0 = 0.16; x1 = 1500; y1 = 1.2 } else { x0 = 1500; y0 = 1.2; x1 = 15000; y1 = 11 }
        printf "%.2f", y0 + (p - x0) * (y1 - y0) / (x1 - x0) }'
}

bench_build() {
    ensure_jar
    ensure_time
    local runs_file="$BENCH/runs.tsv"
    local -A dirs
    for size in $SIZES; do dirs[$size]=$(site_dir "$size"); done
    if [[ $EMPTY == 1 ]]; then echo empty > "$BENCH/build-folder"; else echo same > "$BENCH/build-folder"; fi
    if [[ $APPEND == 0 || ! -f $runs_file ]]; then
        printf 'size\trun\tpages\twall_s\tcpu_s\trss_kb\tstages\n' > "$runs_file"
    fi
    for size in $SIZES; do
        local out=""
        if [[ $EMPTY == 0 ]]; then
            out=$(mktemp -d "${TMPDIR:-/tmp}/portal-bench-out.XXXXXX")
            for warm in 1 2; do
                ./portal build --source "${dirs[$size]}" --out "$out/site" --today "$TODAY" \
                    > /dev/null 2>&1 || { echo "The build of $size failed" >&2; rm -rf "$out"; exit 1; }
            done
        fi
        for ((i = 1; i <= RUNS; i++)); do
            local tmp
            tmp=$(mktemp -d "${TMPDIR:-/tmp}/portal-bench.XXXXXX")
            local site="${out:-$tmp}/site"
            if ! /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" \
                    ./portal build --source "${dirs[$size]}" --out "$site" \
                    --today "$TODAY" --timings --lang en > "$tmp/stdout" 2> "$tmp/stderr"; then
                echo "The build of $size failed:" >&2
                cat "$tmp/stdout" "$tmp/stderr" >&2
                rm -rf "$tmp" "$out"
                exit 1
            fi
            local wall user sys rss pages stages cpu
            read -r wall user sys rss < <(tail -n 1 "$tmp/time")
            pages=$(sed -n 's/^Built \([0-9][0-9]*\) pages.*/\1/p' "$tmp/stdout")
            stages=$(sed -n 's/^stage-timings-ms //p' "$tmp/stdout")
            cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
            printf '%s\t%d\t%s\t%s\t%s\t%s\t%s\n' "$size" "$i" "${pages:-?}" "$wall" "$cpu" "$rss" "$stages" >> "$runs_file"
            printf '%-5s run %d/%d: %s pages, wall %s s, cpu %s s, peak %d MiB, %s\n' "$size" "$i" "$RUNS" \
                "${pages:-?}" "$wall" "$cpu" $((rss / 1024)) "$stages" >&2
            rm -rf "$tmp"
        done
        [[ -z $out ]] || rm -rf "$out"
    done
    report
}

# The Markdown table of every run in runs.tsv, one row per site, medians of its runs.
report() {
    local runs_file="$BENCH/runs.tsv" results="$BENCH/results.md"
    [[ -f $runs_file ]] || { echo "no $runs_file: run the build benchmark first" >&2; exit 1; }
    local sizes stage_names most_runs
    most_runs=$(awk -F'\t' 'NR > 1 { n[$1]++ } END { m = 0; for (s in n) if (n[s] > m) m = n[s]; print m }' "$runs_file")
    sizes=$(awk -F'\t' 'NR > 1 && !($1 in seen) { seen[$1] = 1; printf "%s ", $1 }' "$runs_file")
    # Stage names in the order the builds print them (the set may grow: parsed as key=value).
    stage_names=$(awk -F'\t' 'NR > 1 { n = split($7, kv, " "); for (i = 1; i <= n; i++) { split(kv[i], p, "=");
        if (!(p[1] in seen)) { seen[p[1]] = 1; printf "%s ", p[1] } } }' "$runs_file")
    {
        echo "### Build benchmark (median of the cold runs of each site)"
        echo
        machine
        echo "- Command: \`${PORTAL_JAVA_OPTS:+PORTAL_JAVA_OPTS=\"$PORTAL_JAVA_OPTS\" }src/bench/benchmark.sh build -r $most_runs -s \"${sizes% }\"\`"
        if [[ $(cat "$BENCH/build-folder" 2>/dev/null) == empty ]]; then
            echo "  (each run: \`./portal build --source SITE --out NEW_EMPTY_FOLDER --today $TODAY --timings\`"
        else
            echo "  (each run: \`./portal build --source SITE --out OUT --today $TODAY --timings\`,"
            echo "  OUT built twice untimed first, so each run writes over the files of the build before the last,"
        fi
        echo "  under \`/usr/bin/time\`; stages in ms from \`--timings\`; Hugo 0.111 interpolated for the same page count)"
        echo
        local head="| Site | Runs | Pages | Wall (s) | CPU (s) | Peak RSS (MiB) |" rule="|---|---:|---:|---:|---:|---:|"
        for s in $stage_names; do head+=" $s (ms) |"; rule+="---:|"; done
        head+=" Hugo (s) | Wall / Hugo |"; rule+="---:|---:|"
        echo "$head"
        echo "$rule"
        for size in $sizes; do
            local runs pages wall cpu rss hugo row
            sel() { awk -F'\t' -v s="$size" -v c="$1" 'NR > 1 && $1 == s { print $c }' "$runs_file"; }
            runs=$(sel 1 | wc -l)
            pages=$(sel 3 | median)
            wall=$(sel 4 | median)
            cpu=$(sel 5 | median)
            rss=$(sel 6 | median)
            hugo=$(hugo_seconds "$pages")
            row="| $size | $runs | $pages | $(printf '%.2f' "$wall") | $(printf '%.2f' "$cpu") | $(awk -v k="$rss" 'BEGIN { printf "%.0f", k / 1024 }') |"
            for s in $stage_names; do
                row+=" $(sel 7 | tr ' ' '\n' | sed -n "s/^$s=//p" | median) |"
            done
            row+=" $hugo | $(awk -v w="$wall" -v h="$hugo" 'BEGIN { printf "%.2f×", w / h }') |"
            echo "$row"
        done
    } > "$results"
    cat "$results"
    echo >&2
    echo "Written to $results (every run in $runs_file)." >&2
}

bench_search() {
    local pagefind="$BENCH/pagefind"
    mkdir -p "$pagefind"
    cp src/bench/pagefind/package.json src/bench/pagefind/package-lock.json "$pagefind/"
    echo "Installing Pagefind from its lockfile (npm ci)…" >&2
    (cd "$pagefind" && npm ci --no-audit --no-fund --silent)
    "$pagefind/node_modules/.bin/pagefind" --version >&2
    mvn -q -B test -Dtest=SearchBytesBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
        -Dpagefind="$ROOT/$pagefind/node_modules/.bin/pagefind" -Druns="$RUNS" -Dlatency="$LATENCY" -DtrimStackTrace=true
    echo "Wrote target/search-bench.md" >&2
}

bench_serve() {
    ensure_jar
    local results="$BENCH/serve-results.md" header
    header=$(machine)
    local rows=""
    for size in $SIZES; do
        local dir work line
        dir=$(site_dir "$size")
        work=$(mktemp -d "${TMPDIR:-/tmp}/portal-serve.XXXXXX")
        # serve edits the site it watches: always a copy, never the repository.
        mkdir -p "$work/site"
        cp -r "$dir/content" "$dir/templates" "$dir/assets" "$dir/site.properties" "$work/site/"
        echo "serve on a copy of $size in $work…" >&2
        if ! java -cp "$CP" fr.imt.portal.bench.ServeProbe --site "$work/site" --runs "$RUNS" --portal "$ROOT/portal" \
                --log "$work/serve.log" | tee "$work/probe.txt" >&2; then
            echo "The serve measurement of $size failed; serve's output:" >&2
            tail -n 40 "$work/serve.log" >&2
            rm -rf "$work"
            exit 1
        fi
        line=$(sed -n 's/^serve-latency-ms //p' "$work/probe.txt")
        local get
        get() { tr ' ' '\n' <<< "$line" | sed -n "s/^$1=//p"; }
        rows+="| $size | $(get pages) | $(awk -v m="$(get first-build-ms)" 'BEGIN { printf "%.1f", m / 1000 }') | $(get reload-median) | $(get reload-max) | $(get median) | $(get max) | $(get runs) |"$'\n'
        rm -rf "$work"
    done
    {
        echo "### serve: from saving one action file to the browsers' reload event, and to its page loaded again (ms)"
        echo
        echo "$header"
        echo "- Command: \`${PORTAL_JAVA_OPTS:+PORTAL_JAVA_OPTS=\"$PORTAL_JAVA_OPTS\" }src/bench/benchmark.sh serve -r $RUNS -s \"$SIZES\"\`"
        echo "  (the French text of the lowest-numbered action gains a new word, alternately first and last;"
        echo "  the reload event is what /_portal/events sends browsers once every page is written; the page"
        echo "  /fr/actions/N/ is then loaded once from localhost, as the browser does, and must hold the word)"
        echo
        echo "| Site | Pages | Start-up until served (s) | Reload event: median (ms) | max (ms) | Page loaded again: median (ms) | max (ms) | Runs |"
        echo "|---|---:|---:|---:|---:|---:|---:|---:|"
        printf '%s' "$rows"
    } > "$results"
    cat "$results"
    echo >&2
    echo "Written to $results." >&2
}

case $MODE in
    build) bench_build ;;
    serve) bench_serve ;;
    report) report ;;
    search) bench_search ;;
esac
