#!/usr/bin/env bash
# npm run eval — measures Crux against the shared corpora (../shared, next to this repository), one section per
# instrument. Each section prints Crux's line and its baseline's line from the same run, so they compare directly.
#   1. extraction: Crux vs plain Readability on ../shared/corpus/extraction (F1/P/R of article-body text)
#   2. mission page: field-by-field check against its gold file
# Later issues append sections (summaries, sticking points) below the marked place.
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

# --- Later sections (summaries, sticking points) go here ----------------------------------------------------------

exit "$status"
