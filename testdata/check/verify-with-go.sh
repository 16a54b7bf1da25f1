#!/usr/bin/env bash
# Re-verify testdata/check against a real Go toolchain (the files are Go's
# test/ "errorcheck" style; chanscope's driver is src/lang/check.testdata.test.ts).
#
# For every testdata/check/*.go file, `go build` must report an error on each
# line that carries `// ERROR "re" ...` (at least one error per quoted regexp)
# and on no other line. Wording is NOT required to match: the regexps carry
# gc's go1.22 wording and each file's header says where an older gc differs.
# With -v the script also says, per regexp, whether this toolchain's message
# matches it, and prints the message when it does not.
#
# Files marked `// go1.21+`, `// go1.22` or `// chanscope-only` are skipped
# (they need a newer gc, or test chanscope's own messages).
#
# Every testdata/check/ok/*.go file (same markers skipped) must pass `go vet`
# and `go build`.
#
# Usage: testdata/check/verify-with-go.sh [-v]      (GO=/path/to/go to pick a toolchain)
set -u
verbose=0
[ "${1:-}" = "-v" ] && verbose=1
dir=$(cd "$(dirname "$0")" && pwd)
go=${GO:-go}
work=$(mktemp -d /tmp/verify_check.XXXXXX)
trap 'rm -rf "$work"' EXIT
langver=$("$go" env GOVERSION | sed -E 's/^go([0-9]+\.[0-9]+).*/\1/')

skipped() { grep -qE '^// (go1\.21\+|go1\.22|chanscope-only)$' "$1"; }

files=0 ok_files=0 failed=0 skipped_n=0 lines_total=0 res_total=0 res_same=0
for f in "$dir"/*.go; do
  name=$(basename "$f")
  if skipped "$f"; then skipped_n=$((skipped_n + 1)); continue; fi
  files=$((files + 1))
  d="$work/${name%.go}"
  mkdir -p "$d"
  cp "$f" "$d/$name"
  printf 'module check\n\ngo %s\n' "$langver" >"$d/go.mod"
  # -e: report every error, not just the first 10.
  (cd "$d" && "$go" build -gcflags=-e -o "$d/prog.bin" "./$name" >"$d/out.txt" 2>&1)
  report=$(perl -e '
    my ($src, $out, $name, $verbose) = @ARGV;
    open my $fh, "<", $src or die; my @src = <$fh>; close $fh;
    my (%want, %res);
    for my $i (0 .. $#src) {
      next unless $src[$i] =~ m{// ERROR (.*)$};
      my $rest = $1; my @re = ($rest =~ /"([^"]*)"/g);
      my $ln = $i + 1;
      for (@re) { s/LINE(([+-])(\d+))?/ "$name:" . ($1 ? ($2 eq "+" ? $ln + $3 : $ln - $3) : $ln) /ge; }
      $want{$ln} = scalar @re; $res{$ln} = \@re;
    }
    open $fh, "<", $out or die; my @out = <$fh>; close $fh;
    my (%got, @msgs, @bad);
    for (@out) {
      chomp;
      if (/^\t/) { $msgs[-1][1] .= "\n$_" if @msgs; next; }
      next if /^# /;
      if (/^(?:\.\/)?\Q$name\E:(\d+):\d+: (.*)$/) {
        next if $2 eq "too many errors";
        $got{$1}++; push @msgs, [$1, $2]; next;
      }
      push @bad, "unexpected output: $_";
    }
    my ($nl, $nre, $same) = (0, 0, 0);
    for my $ln (sort { $a <=> $b } keys %want) {
      $nl++; $nre += $want{$ln};
      my $g = $got{$ln} // 0;
      if ($g == 0) { push @bad, "$name:$ln: go reported no error (want $want{$ln})"; }
      elsif ($g < $want{$ln}) { push @bad, "$name:$ln: go reported $g error(s), want $want{$ln}"; }
      my @here = map { $_->[1] } grep { $_->[0] == $ln } @msgs;
      for my $re (@{ $res{$ln} }) {
        my $m = grep { /$re/ } @here;
        $same++ if $m;
        if ($verbose) {
          print "  $name:$ln: ", ($m ? "same wording" : "differs"), ": /$re/\n";
          print map { "      go: " . s/\n/\n          /gr . "\n" } @here unless $m;
        }
      }
    }
    for my $ln (sort { $a <=> $b } keys %got) {
      push @bad, "$name:$ln: unexpected error: " . join(" | ", map { $_->[1] } grep { $_->[0] == $ln } @msgs)
        unless $want{$ln};
    }
    push @bad, "$name: " . scalar(@msgs) . " errors; keep files under 10 (gc stops at 10)" if @msgs >= 10;
    print "FAIL $_\n" for @bad;
    print "COUNTS $nl $nre $same\n";
  ' "$f" "$d/out.txt" "$name" "$verbose")
  counts=$(printf '%s\n' "$report" | sed -n 's/^COUNTS //p')
  set -- $counts
  lines_total=$((lines_total + $1)); res_total=$((res_total + $2)); res_same=$((res_same + $3))
  printf '%s\n' "$report" | grep -v '^COUNTS '
  if printf '%s\n' "$report" | grep -q '^FAIL '; then failed=$((failed + 1)); else ok_files=$((ok_files + 1)); fi
done

ok_total=0 ok_pass=0 ok_skip=0
for f in "$dir"/ok/*.go; do
  [ -e "$f" ] || continue
  name=$(basename "$f")
  if skipped "$f"; then ok_skip=$((ok_skip + 1)); continue; fi
  ok_total=$((ok_total + 1))
  d="$work/ok_${name%.go}"
  mkdir -p "$d"
  cp "$f" "$d/$name"
  printf 'module ok\n\ngo %s\n' "$langver" >"$d/go.mod"
  if out=$(cd "$d" && "$go" vet "./$name" 2>&1 && "$go" build -o "$d/prog.bin" "./$name" 2>&1); then
    ok_pass=$((ok_pass + 1))
  else
    echo "FAIL ok/$name:"
    printf '%s\n' "$out" | sed 's/^/    /'
  fi
done

echo "toolchain: $("$go" env GOVERSION)"
echo "errorcheck files: $ok_files of $files agree with go on error lines ($skipped_n skipped as go1.21+/go1.22/chanscope-only)"
echo "ERROR lines: $lines_total, regexps: $res_total, of which $res_same match this toolchain's wording"
echo "ok files: $ok_pass of $ok_total pass go vet + go build ($ok_skip skipped)"
[ "$failed" -eq 0 ] && [ "$ok_pass" -eq "$ok_total" ]
