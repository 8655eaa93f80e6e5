#!/usr/bin/env bash
# npm run eval — measures Crux against the shared corpora (../shared, next to this repository), one section per
# instrument. Each section prints Crux's line and its baseline's line from the same run, so they compare directly.
#   1. extraction: Crux vs plain Readability on ../shared/corpus/extraction (F1/P/R of article-body text), and the
#      pages where Crux's recall is more than 0.02 below Readability's
#   2. mission page: field-by-field check against its gold file
#   3. summaries: ROUGE of Crux (3 sentences) beside Lead-3 and TextRank on ../shared/corpus/summaries
#   4. sticking points: recall, precision, false alarms, positions on ../shared/corpus/sticking-points, with and
#      without the mission page, and --label-only; the baseline beside each; then cross-fold figures (gate fitted on
#      four folds, scored on the fifth, pooled) beside the whole-set ones; then the position-rule breaks
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
extraction_crux="$(cd "$work/eval" && node score-extraction.mjs --quiet --json "$work/extraction-crux.json" --cmd "$crux" "$corpus/extraction")" || status=1
extraction_base="$(cd "$work/eval" && node score-extraction.mjs --quiet --json "$work/extraction-base.json" --cmd 'node baseline-readability.mjs {files}' "$corpus/extraction")" || status=1
printf '%-12s %s\n' "system" "result"
printf '%-12s %s\n' "crux" "$extraction_crux"
printf '%-12s %s\n' "readability" "$extraction_base"
# Pages where Crux drops the article's own words: its recall more than 0.02 below Readability's on the same page.
node - "$work/extraction-crux.json" "$work/extraction-base.json" <<'JS' || status=1
const fs = require('node:fs');
const [crux, base] = process.argv.slice(2).map((file) => JSON.parse(fs.readFileSync(file, 'utf8')).pages);
const baseRecall = new Map(base.map((page) => [page.id, page.recall]));
const below = crux.filter((page) => page.recall < (baseRecall.get(page.id) ?? 0) - 0.02);
console.log(`pages where Crux's recall is more than 0.02 below Readability's: ${below.length} of ${crux.length}`);
for (const page of below) {
  console.log(`  ${page.id}: recall ${page.recall.toFixed(3)} vs ${baseRecall.get(page.id).toFixed(3)}`);
}
JS

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
gold="$corpus/sticking-points"
baseline='node baseline-sticking.mjs {files}'
# The official scorer, quiet; its exit code is the caller's to judge.
sticking() { (cd "$work/eval" && node score-sticking-points.mjs --quiet "$@" "$gold"); }
# One scorer line into $line (in this shell, so that a failure reaches $status).
sticking_line() { line="$(sticking "$@" 2>/dev/null)" || { status=1; line='the scorer failed'; }; }

# 4a. The whole set, with the committed gate (lib/sticking-points/gate.json, fitted on all of it: in-sample).
for variant in "dev set||dev" "dev set + mission|--include-mission|mission" "dev set, --label-only|--label-only|dev-label" \
  "dev set + mission, --label-only|--include-mission --label-only|mission-label"; do
  IFS='|' read -r name flags slug <<<"$variant"
  printf '%s\n' "-- $name"
  # shellcheck disable=SC2086
  sticking_line $flags --json "$work/whole-crux-$slug.json" --cmd "$crux"
  printf '%-9s %s\n' "crux" "$line"
  # shellcheck disable=SC2086
  sticking_line $flags --json "$work/whole-baseline-$slug.json" --cmd "$baseline"
  printf '%-9s %s\n' "baseline" "$line"
done
printf '%s\n' "-- one-to-one recall (crux, dev set + mission; per-article rows on stderr)"
(cd "$work/eval" && node score-sticking-points.mjs --include-mission --cmd "$crux" "$gold" 2>&1 >/dev/null \
  | grep -i 'one-to-one' | tail -n 1) || true

# 4b. Cross-fold: for each fold k (scripts/folds.ts), the gate is fitted on the other four folds and Crux is scored
# on fold k with it; the five folds are then pooled (scripts/cross-fold.ts). The baseline has nothing to fit: it is
# scored on the same folds in the same run.
printf '%s\n' "-- cross-fold (5 folds; gate fitted on four by scripts/fit-gate.ts, scored on the fifth; pooled)"
crossfold_crux=()
crossfold_baseline=()
for k in 1 2 3 4 5; do
  ids="$(cd "$root" && npx tsx scripts/folds.ts "$gold" --fold "$k")" || { status=1; continue; }
  train="$(seq 1 5 | grep -vx "$k" | paste -sd, -)"
  for flags in "" "--label-only"; do
    suffix="${flags:+-label}"
    # shellcheck disable=SC2086
    sticking $flags --only "$ids" --json "$work/fold-baseline-$k$suffix.json" --cmd "$baseline" >/dev/null 2>&1 || status=1
    crossfold_baseline+=("$work/fold-baseline-$k$suffix.json")
  done
  if ! (cd "$root" && npx tsx scripts/fit-gate.ts --train-folds "$train" --out "$work/gate-$k.json") >"$work/fit-$k.log" 2>&1; then
    printf 'fold %s: scripts/fit-gate.ts --train-folds %s failed; its output:\n' "$k" "$train"
    sed 's/^/  /' "$work/fit-$k.log" | tail -n 20
    status=1
    continue
  fi
  crux_k="npm run --silent --prefix '$root' analyze -- --json --gate '$work/gate-$k.json' {files}"
  for flags in "" "--label-only"; do
    suffix="${flags:+-label}"
    # shellcheck disable=SC2086
    sticking $flags --only "$ids" --json "$work/fold-crux-$k$suffix.json" --cmd "$crux_k" >/dev/null 2>&1 || status=1
    crossfold_crux+=("$work/fold-crux-$k$suffix.json")
  done
done
(cd "$root" && npx tsx scripts/cross-fold.ts --gold "$gold" \
  --row "crux, whole set (committed gate)" "$work/whole-crux-dev.json" "$work/whole-crux-dev-label.json" \
  --row "crux, cross-fold" "${crossfold_crux[@]}" \
  --row "baseline, whole set" "$work/whole-baseline-dev.json" "$work/whole-baseline-dev-label.json" \
  --row "baseline, cross-fold" "${crossfold_baseline[@]}") || status=1

# 4c. Position rules (lib/sticking-points/position-rules.ts) over every dev page the gold folder references and the
# mission page.
printf '%s\n' "-- position rules, over every dev page and the mission page (scripts/check-positions.ts)"
mapfile -t pages < <(cd "$root" && npx tsx scripts/folds.ts "$gold" --pages)
(cd "$root" && npm run --silent analyze -- --json "${pages[@]}" "$corpus/mission/talks-without-breakthrough.html" 2>/dev/null \
  | npx tsx scripts/check-positions.ts) || status=1

exit "$status"
