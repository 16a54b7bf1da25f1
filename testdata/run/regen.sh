#!/usr/bin/env bash
# Golden outputs for testdata/run/**: each NAME.go has NAME.out (exact stdout, always
# present), NAME.err (exact stderr, only when non-empty) and NAME.exit (exit status and
# a newline, only when non-zero), all produced by the oracle go-fake-run (real Go in the
# Playground's fake time). Files whose first line starts with `// golden: by hand` are
# skipped: their goldens were written from the spec for Go features newer than the
# installed toolchain.
#
#   usage: testdata/run/regen.sh [--write] [-j N] [file.go|dir ...]
#   default: check every golden, list the programs that differ, exit 1 on any difference
#   --write: rewrite the goldens (idempotent: unchanged files are not touched)
set -u
here=$(cd "$(dirname "$0")" && pwd)
oracle=${GO_FAKE_RUN:-/work/shared/tools/go-fake-run}
mode=check
jobs=$(nproc 2>/dev/null || echo 2)
targets=()
while [ $# -gt 0 ]; do
  case $1 in
    --write) mode=write ;;
    -j) shift; jobs=$1 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) targets+=("$1") ;;
  esac
  shift
done
[ ${#targets[@]} -eq 0 ] && targets=("$here")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# stderr goldens match when equal after masking hex numbers: goroutine dumps carry
# addresses (argument words, pc=, +0x offsets) that move between builds and runs
same_err() {
  cmp -s "$1" "$2" && return 0
  [ -e "$2" ] || return 1
  cmp -s <(sed -E 's/0x[0-9a-f]+/0x_/g' "$1") <(sed -E 's/0x[0-9a-f]+/0x_/g' "$2")
}
export -f same_err

# one program: run the oracle, then compare with or rewrite its goldens
one() {
  local src=$1 mode=$2 oracle=$3 tmp=$4
  local base=${src%.go}
  local key
  key=$(printf '%s' "$src" | md5sum | cut -c1-16)
  local out=$tmp/$key.out err=$tmp/$key.err
  "$oracle" "$src" >"$out" 2>"$err"
  local code=$?
  if grep -q '^# command-line-arguments' "$err"; then
    echo "BUILD FAILED $src:"; sed 's/^/    /' "$err"
    return 1
  fi
  local want_exit=""
  [ $code -ne 0 ] && want_exit="$code"
  if [ "$mode" = write ]; then
    cmp -s "$out" "$base.out" || cp "$out" "$base.out"
    if [ -s "$err" ]; then same_err "$err" "$base.err" || cp "$err" "$base.err"; else rm -f "$base.err"; fi
    if [ -n "$want_exit" ]; then
      [ "$(cat "$base.exit" 2>/dev/null)" = "$want_exit" ] || echo "$want_exit" >"$base.exit"
    else
      rm -f "$base.exit"
    fi
    return 0
  fi
  local bad=""
  cmp -s "$out" "$base.out" || bad="$bad stdout"
  if [ -s "$err" ]; then same_err "$err" "$base.err" || bad="$bad stderr"
  elif [ -e "$base.err" ]; then bad="$bad stderr(expected none)"; fi
  local have_exit=""
  [ -e "$base.exit" ] && have_exit=$(cat "$base.exit")
  [ "$have_exit" = "$want_exit" ] || bad="$bad exit($have_exit!=${want_exit:-0})"
  if [ -n "$bad" ]; then
    echo "DIFF $src:$bad"
    if [[ $bad == *stdout* ]]; then diff "$base.out" "$out" | head -n 20 | sed 's/^/    /'; fi
    return 1
  fi
}
export -f one

find "${targets[@]}" -name '*.go' -type f | sort | while read -r f; do
  head -n 1 "$f" | grep -q '^// golden: by hand' || printf '%s\0' "$f"
done >"$tmp/list"

total=$(tr -cd '\0' <"$tmp/list" | wc -c)
byhand=$(find "${targets[@]}" -name '*.go' -type f -exec head -qn 1 {} + | grep -c '^// golden: by hand')
export REGEN_MODE=$mode REGEN_ORACLE=$oracle REGEN_TMP=$tmp
xargs -0 -r -n 1 -P "$jobs" bash -c \
  'one "$1" "$REGEN_MODE" "$REGEN_ORACLE" "$REGEN_TMP" || echo "$1" >>"$REGEN_TMP/failed"' _ <"$tmp/list"
failed=0
[ -e "$tmp/failed" ] && failed=$(wc -l <"$tmp/failed")
if [ "$mode" = write ]; then
  echo "regen: wrote goldens for $total programs ($byhand by hand, skipped)"
  [ "$failed" -eq 0 ] || { echo "regen: $failed programs failed"; exit 1; }
  exit 0
fi
if [ "$failed" -ne 0 ]; then
  echo "regen: $failed of $total programs differ from their goldens"
  exit 1
fi
echo "regen: all $total goldens match ($byhand by hand, not checked)"
