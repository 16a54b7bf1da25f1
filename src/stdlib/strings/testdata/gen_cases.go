//go:build ignore

// gen_cases writes cases.json: calls of package strings and their results
// as Go 1.19 computes them, for natives.test.ts. Run with Go 1.19:
//
//	go run src/stdlib/strings/testdata/gen_cases.go > src/stdlib/strings/testdata/cases.json
//
// Byte strings are written as JSON strings of code points 0..255 (one per
// byte), which JSON.parse turns into chanscope's byte strings directly.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

// L writes a byte string as code points 0..255.
func L(s string) string {
	r := make([]rune, len(s))
	for i := 0; i < len(s); i++ {
		r[i] = rune(s[i])
	}
	return string(r)
}

type slice struct {
	S   []string `json:"s"`
	Cap int      `json:"cap"`
}

func S(a []string) slice {
	out := slice{S: []string{}, Cap: cap(a)}
	for _, s := range a {
		out.S = append(out.S, L(s))
	}
	return out
}

// enc turns a result into its JSON form: byte strings as code points,
// slices as {s, cap} (null when nil), tuples as arrays, panics as {panic}.
func enc(v any) any {
	switch w := v.(type) {
	case string:
		return L(w)
	case []string:
		if w == nil {
			return nil
		}
		return S(w)
	case []any:
		out := make([]any, len(w))
		for i, x := range w {
			out[i] = enc(x)
		}
		return out
	}
	return v
}

func panicked(f func()) (msg any) {
	defer func() {
		if e := recover(); e != nil {
			msg = map[string]string{"panic": fmt.Sprint(e)}
		}
	}()
	f()
	return nil
}

var texts = []string{
	"", "a", "abc", "a,b,c", ",a,,b,", "hello, world", "héllo wörld", "日本語テキスト", "\xff", "a\xffb\xfe\xfd",
	"\xef\xbf\xbd", "x\xef\xbf\xbdy\xffz", "  \t lead and trail \n ", "\u00a0x\u2003y\u3000", "ΑΒΓ αβγ ΣΑΣ", "ǅungla ǆ",
	"ß straße", "İstanbul ıi", "ﬃ ligature", "KELVIN \u212a k", "aaaa", "abababab", "\xe6\x97", "\xe6\x97\xa5\xe6",
	"go\x00nul", "ᾳ ᾼ ῳ", "one two  three\tfour\nfive", "\u0085nel\u0085",
}

var subs = []string{"", "a", "b", ",", "ab", "aa", "l", "wörld", "日本", "\xff", "\xef\xbf\xbd", "\xe6", " ", "xyz"}

var cutsets = []string{"", " ", "a", " \t\n", "abc", "\xff", "\xef\xbf\xbd", "日", "ab日", "\u00a0\u2003"}

var splitSubs = []string{"", ",", "a", "\xff", "日本", " "}
var splitNs = []int{-1, 0, 1, 2, 100}
var replaceSubs = []string{"", "a", ",", "\xff", "l", "\xef\xbf\xbd"}
var replaceNs = []int{-1, 0, 2}
var runes = []rune{'a', ',', 0, 0xe9, 0x65e5, 0xfffd, -1, 0xd800, 0x110000, 0x1f600, 0x212a}
var bytes = []int{'a', ',', 0, 0xff, 0xe6, 0xbd}

type table map[string][]any

func main() {
	unary := table{}
	pair := table{}
	trim := table{}
	runeT := table{}
	byteT := table{}
	splitN := table{}
	replace := []any{}
	un := func(fn string, v any) { unary[fn] = append(unary[fn], enc(v)) }
	for _, s := range texts {
		un("ToUpper", strings.ToUpper(s))
		un("ToLower", strings.ToLower(s))
		un("ToTitle", strings.ToTitle(s))
		un("Title", strings.Title(s))
		un("TrimSpace", strings.TrimSpace(s))
		un("Fields", strings.Fields(s))
		un("ToValidUTF8", strings.ToValidUTF8(s, "?"))
		un("ToValidUTF8Empty", strings.ToValidUTF8(s, ""))
		un("Clone", strings.Clone(s))
		un("Repeat0", strings.Repeat(s, 0))
		un("Repeat1", strings.Repeat(s, 1))
		un("Repeat3", strings.Repeat(s, 3))
		row := map[string][]any{}
		pr := func(fn string, v any) { row[fn] = append(row[fn], enc(v)) }
		for _, sub := range subs {
			pr("Index", strings.Index(s, sub))
			pr("LastIndex", strings.LastIndex(s, sub))
			pr("Contains", strings.Contains(s, sub))
			pr("Count", strings.Count(s, sub))
			pr("IndexAny", strings.IndexAny(s, sub))
			pr("LastIndexAny", strings.LastIndexAny(s, sub))
			pr("ContainsAny", strings.ContainsAny(s, sub))
			pr("HasPrefix", strings.HasPrefix(s, sub))
			pr("HasSuffix", strings.HasSuffix(s, sub))
			pr("Compare", strings.Compare(s, sub))
			pr("EqualFold", strings.EqualFold(s, sub))
			b, a, f := strings.Cut(s, sub)
			pr("Cut", []any{b, a, f})
			// CutPrefix/CutSuffix are Go 1.20; their documented results in 1.19 terms:
			pr("CutPrefix", []any{strings.TrimPrefix(s, sub), strings.HasPrefix(s, sub)})
			pr("CutSuffix", []any{strings.TrimSuffix(s, sub), strings.HasSuffix(s, sub)})
			pr("TrimPrefix", strings.TrimPrefix(s, sub))
			pr("TrimSuffix", strings.TrimSuffix(s, sub))
			pr("Split", strings.Split(s, sub))
			pr("SplitAfter", strings.SplitAfter(s, sub))
			pr("ReplaceAll", strings.ReplaceAll(s, sub, "_"))
		}
		for fn, v := range row {
			pair[fn] = append(pair[fn], v)
		}
		var tl, tll, tr []any
		for _, cs := range cutsets {
			tl = append(tl, L(strings.Trim(s, cs)))
			tll = append(tll, L(strings.TrimLeft(s, cs)))
			tr = append(tr, L(strings.TrimRight(s, cs)))
		}
		trim["Trim"] = append(trim["Trim"], tl)
		trim["TrimLeft"] = append(trim["TrimLeft"], tll)
		trim["TrimRight"] = append(trim["TrimRight"], tr)
		var ir, cr, ib, lb []any
		for _, r := range runes {
			ir = append(ir, strings.IndexRune(s, r))
			cr = append(cr, strings.ContainsRune(s, r))
		}
		for _, c := range bytes {
			ib = append(ib, strings.IndexByte(s, byte(c)))
			lb = append(lb, strings.LastIndexByte(s, byte(c)))
		}
		runeT["IndexRune"] = append(runeT["IndexRune"], ir)
		runeT["ContainsRune"] = append(runeT["ContainsRune"], cr)
		byteT["IndexByte"] = append(byteT["IndexByte"], ib)
		byteT["LastIndexByte"] = append(byteT["LastIndexByte"], lb)
		var sn, san [][]any
		for _, sub := range splitSubs {
			var a, b []any
			for _, n := range splitNs {
				a = append(a, enc(strings.SplitN(s, sub, n)))
				b = append(b, enc(strings.SplitAfterN(s, sub, n)))
			}
			sn = append(sn, a)
			san = append(san, b)
		}
		splitN["SplitN"] = append(splitN["SplitN"], sn)
		splitN["SplitAfterN"] = append(splitN["SplitAfterN"], san)
		var rp [][]any
		for _, sub := range replaceSubs {
			var a []any
			for _, n := range replaceNs {
				a = append(a, L(strings.Replace(s, sub, "<>", n)))
			}
			rp = append(rp, a)
		}
		replace = append(replace, rp)
	}
	var misc []any
	m := func(fn string, want any, args ...any) {
		for i := range args {
			args[i] = enc(args[i])
		}
		misc = append(misc, map[string]any{"fn": fn, "args": args, "want": enc(want)})
	}
	m("Repeat", panicked(func() { strings.Repeat("ab", -1) }), "ab", -1)
	m("Repeat", panicked(func() { strings.Repeat("ab", 1<<62) }), "ab", "bigint:4611686018427387904")
	m("Repeat", panicked(func() { strings.Repeat("abc", 1<<62) }), "abc", "bigint:4611686018427387904")
	m("Repeat", strings.Repeat("", 1<<62), "", "bigint:4611686018427387904")
	m("Repeat", panicked(func() { strings.Repeat("", -1) }), "", -1)
	m("Repeat", strings.Repeat("-=", 5), "-=", 5)
	m("SplitN", strings.SplitN("a,b,c", ",", 1<<62), "a,b,c", ",", "bigint:4611686018427387904")
	m("Replace", strings.Replace("aaaa", "a", "b", 1<<62), "aaaa", "a", "b", "bigint:4611686018427387904")
	for _, elems := range [][]string{nil, {}, {"a"}, {"a", "b"}, {"", ""}, {"x\xff", "日本", ""}} {
		for _, sep := range []string{"", ", ", "\xff"} {
			m("Join", strings.Join(elems, sep), elems, sep)
		}
	}
	out := map[string]any{
		"texts": enc(texts), "subs": enc(subs), "cutsets": enc(cutsets), "runes": runes, "bytes": bytes,
		"splitSubs": enc(splitSubs), "splitNs": splitNs, "replaceSubs": enc(replaceSubs), "replaceNs": replaceNs,
		"unary": unary, "pair": pair, "trim": trim, "rune": runeT, "byte": byteT, "splitN": splitN, "replace": replace,
		"misc": misc,
	}
	e := json.NewEncoder(os.Stdout)
	e.SetEscapeHTML(false)
	e.Encode(out)
}
