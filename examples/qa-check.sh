#!/usr/bin/env bash
# qa-check.sh — a QA gate for a folder of releases: every *.txt under DIR is
# checked with nazir, and the gate fails when any release has an error
# (a country conflict); warnings such as name variants are listed but pass.
#
# usage: examples/qa-check.sh DIR
#
# Environment:
#   NAZIR      the nazir binary to use; when unset the CLI is built from this
#              repository (needs go) into a temporary directory.
#   QA_REPORT  when set, the JSON Lines report (one object per release, the
#              format of `nazir check --format json`) is written to this file.
#   QA_BASELINE  when set, a baseline file (nazir check --write-baseline FILE):
#              the findings it records are known and neither listed nor failing;
#              only new ones count.
#
# Exit codes:
#   0  no release has an error finding
#   1  at least one release has an error finding (listed on stdout)
#   2  usage error, the CLI could not be built, or a release could not be
#      read or checked (empty, not UTF-8, unreadable)
set -u

if [ $# -ne 1 ] || [ ! -d "$1" ]; then
	echo "usage: $0 DIR" >&2
	exit 2
fi
dir=$1

tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT

nazir=${NAZIR:-}
if [ -z "$nazir" ]; then
	repo=$(cd "$(dirname "$0")/.." && pwd)
	if ! (cd "$repo" && go build -o "$tmp/nazir" ./cmd/nazir); then
		echo "qa-check: could not build nazir" >&2
		exit 2
	fi
	nazir=$tmp/nazir
fi

report=${QA_REPORT:-$tmp/report.jsonl}
baseline=()
if [ -n "${QA_BASELINE:-}" ]; then
	baseline=(--baseline "$QA_BASELINE")
fi
"$nazir" check --format json --fail-on error ${baseline[@]+"${baseline[@]}"} "$dir" >"$report" 2>"$tmp/stderr"
rc=$?

files=0
failing=0
while IFS= read -r line; do
	[ -n "$line" ] || continue
	files=$((files + 1))
	name=$(printf '%s\n' "$line" | sed -n 's/^{"file":"\([^"]*\)".*/\1/p')
	errors=$(printf '%s\n' "$line" | grep -o '"severity":"error"' | wc -l)
	warnings=$(printf '%s\n' "$line" | grep -o '"severity":"warning"' | wc -l)
	if [ "$errors" -gt 0 ]; then
		failing=$((failing + 1))
		echo "FAIL $name: $errors error(s), $warnings warning(s)"
	elif [ "$warnings" -gt 0 ]; then
		echo "warn $name: $warnings warning(s)"
	fi
done <"$report"

case $rc in
0)
	echo "qa-check: $files release(s) checked, no errors"
	exit 0
	;;
1)
	echo "qa-check: $failing of $files release(s) have errors; run: nazir check FILE for details"
	exit 1
	;;
*)
	cat "$tmp/stderr" >&2
	echo "qa-check: nazir could not check every release (exit $rc)" >&2
	exit 2
	;;
esac
