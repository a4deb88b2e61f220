#!/usr/bin/env bash
# Runs the libFuzzer pipeline target (read → segment → extract → align → check → report) for
# SECONDS (default 60).
# Builds build-fuzz with clang, instrumented libraries and sanitizers; the seed corpus comes from
# fixtures/ (every input file, once as text and once as Markdown). Findings land in
# build-fuzz/fuzz-findings/ and make the script exit non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
build=build-fuzz
if [ ! -f "$build/build.ninja" ]; then
  log=$(mktemp)
  CXX=clang++ CC=clang meson setup "$build" -Dfuzz=true -Dtests=false -Dbuildtype=debugoptimized \
    -Db_sanitize=address,undefined -Db_lundef=false -Dcpp_args=-fsanitize=fuzzer-no-link \
    >"$log" 2>&1 || { cat "$log"; rm -f "$log"; exit 2; }
  rm -f "$log"
fi
ninja -C "$build" tests/fuzz/fuzz_pipeline >/dev/null

corpus="$build/fuzz-corpus"
findings="$build/fuzz-findings"
mkdir -p "$corpus" "$findings"
# Seeds: the first byte selects the reader (high bit: Markdown) and the language.
selector=0
while IFS= read -r -d '' f; do
  for reader in 0 128; do
    name="$corpus/seed-$selector-$reader-$(basename "$f" | tr -c 'A-Za-z0-9._-' '_')"
    { printf "\\$(printf '%03o' $(( (selector % 8) + reader )))"; cat "$f"; } >"$name"
  done
  selector=$((selector + 1))
done < <(find fixtures -type f \( -name 'input.*' -o -name '*.txt' -o -name '*.md' \) \
           ! -name 'expected*' -size -64k -print0 | sort -z)
# Two-version seeds: the first two versions of each fixture set, joined by a record separator.
for set in fixtures/sets/*/; do
  mapfile -t versions < <(find "$set" -maxdepth 1 -type f \( -name '*.txt' -o -name '*.md' \) \
                            ! -name 'expected*' ! -name 'README.md' | sort | head -2)
  [ ${#versions[@]} -eq 2 ] || continue
  name="$corpus/pair-$(basename "$set")"
  { printf '\001'; cat "${versions[0]}"; printf '\036'; cat "${versions[1]}"; } >"$name"
done

ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  "$build/tests/fuzz/fuzz_pipeline" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 -artifact_prefix="$findings/" "$corpus"
