#!/usr/bin/env bash
# npm run eval — measures Crux against the shared corpora (../shared, next to this repository), one section per
# instrument. Each section prints Crux's line and its baseline's line from the same run, so they compare directly.
#   1. extraction: Crux vs plain Readability on ../shared/corpus/extraction (F1/P/R of article-body text)
#   2. mission page: field-by-field check against its gold file
#   3. summaries: ROUGE of Crux (3 sentences) beside Lead-3 and TextRank on ../shared/corpus/summaries
#   4. sticking points: recall, precision, false alarms, positions on ../shared/corpus/sticking-points, with and
#      without the mission page, and --label-only; the baseline beside each
# Exit code: non-zero if ../shared is missing, a scorer fails, or the mission check fails.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="$root/../shared"
if [[ ! -d "$shared/eval" || ! -d "$shared/corpus" ]]; then
  echo "npm run eval needs the shared corpora and scorers in $shared (../shared next to this repository); they were not found." >&2
  exit 1
fi
corpus="$(cd "$shared/corpus" && pwd)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$shared/eval" "$work/eval"
if ! (cd "$work/eval" && npm ci --silent >/dev/null 2>&1); then
  echo "Could not install the scorers' dependencies (npm ci in a copy of ../shared/eval failed; is the npm registry reachable?)." >&2
  exit 1
fi
crux="npm run --silent --prefix '$root' analyze -- --json {files}"
status=0

section() { printf '\n== %s ==\n' "$1"; }

# --- 1. Extraction -------------------------------------------------------------------------------------------------
section "1. Article-body extraction ($corpus/extraction)"
extraction_crux="$(cd "$work/eval" && node score-extraction.mjs --quiet --cmd "$crux" "$corpus/extraction")" || status=1
extraction_base="$(cd "$work/eval" && node score-extraction.mjs --quiet --cmd 'node baseline-readability.mjs {files}' "$corpus/extraction")" || status=1
printf '%-12s %s\n' "system" "result"
printf '%-12s %s\n' "crux" "$extraction_crux"
printf '%-12s %s\n' "readability" "$extraction_base"

# --- 2. Mission page -----------------------------------------------------------------------------------------------
section "2. Mission page (corpus/mission/talks-without-breakthrough)"
(cd "$root" && npx tsx scripts/check-mission.ts "$corpus/mission/talks-without-breakthrough.html" \
  "$corpus/mission/talks-without-breakthrough.gold.json") || status=1

# --- 3. Summaries ------------------------------------------------------------------------------------------------
section "3. Summaries, 3 sentences ($corpus/summaries): Crux beside Lead-3 and TextRank (in-scorer, same run)"
(cd "$work/eval" && node score-summaries.mjs --quiet --bootstrap 1000 \
  --cmd "npm run --silent --prefix '$root' analyze -- --json --sentences 3 {files}" "$corpus/summaries") || status=1
(cd "$root" && npm run --silent analyze -- --json --sentences 3 "$corpus"/summaries/*.html 2>/dev/null \
  | npx tsx scripts/lead-share.ts) || status=1

# --- 4. Sticking points --------------------------------------------------------------------------------------------
section "4. Sticking points ($corpus/sticking-points)"
sticking() { (cd "$work/eval" && node score-sticking-points.mjs --quiet "$@" "$corpus/sticking-points") || status=1; }
for variant in "dev set|" "dev set + mission|--include-mission" "dev set, --label-only|--label-only" \
  "dev set + mission, --label-only|--include-mission --label-only"; do
  name="${variant%%|*}"; flags="${variant#*|}"
  printf '%s\n' "-- $name"
  # shellcheck disable=SC2086
  printf '%-9s %s\n' "crux" "$(sticking $flags --cmd "$crux" 2>/dev/null)"
  # shellcheck disable=SC2086
  printf '%-9s %s\n' "baseline" "$(sticking $flags --cmd 'node baseline-sticking.mjs {files}' 2>/dev/null)"
done
printf '%s\n' "-- one-to-one recall (crux, dev set + mission; per-article rows on stderr)"
(cd "$work/eval" && node score-sticking-points.mjs --include-mission --cmd "$crux" "$corpus/sticking-points" 2>&1 >/dev/null \
  | grep -i 'one-to-one' | tail -n 1) || true

exit "$status"
