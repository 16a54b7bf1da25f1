//go:build ignore

// gen_cases writes cases.json: calls of package bytes and their results as
// Go 1.19 computes them (for natives.test.ts), including each result's
// capacity, nil-ness and whether it shares the input's array (and where).
// Run with Go 1.19:
//
//	go run src/stdlib/bytes/testdata/gen_cases.go > src/stdlib/bytes/testdata/cases.json
//
// Inputs are made with len(text) and capacity len(text)+3; byte strings are
// written as JSON strings of code points 0..255.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"unsafe"
)

func L(s string) string {
	r := make([]rune, len(s))
	for i := 0; i < len(s); i++ {
		r[i] = rune(s[i])
	}
	return string(r)
}

// in makes the input slice for a text (nil for the text "<nil>").
func in(text string) []byte {
	if text == "<nil>" {
		return nil
	}
	s := make([]byte, len(text), len(text)+3)
	copy(s, text)
	return s
}

// alias is where r's array starts inside s's array, -1 if elsewhere, -2 if r has no storage.
func alias(s, r []byte) int {
	if cap(r) == 0 {
		return -2
	}
	p := uintptr(unsafe.Pointer(&r[:cap(r)][0]))
	for k := 0; k < cap(s); k++ {
		if uintptr(unsafe.Pointer(&s[:cap(s)][k])) == p {
			return k
		}
	}
	return -1
}

type B struct {
	B     string `json:"b"`
	Cap   int    `json:"cap"`
	Nil   bool   `json:"nil"`
	Alias int    `json:"alias"`
}

func enc(s []byte, r []byte) B { return B{L(string(r)), cap(r), r == nil, alias(s, r)} }

type BB struct {
	Parts []B `json:"parts"`
	Cap   int `json:"cap"`
	Nil   bool `json:"nil"`
}

func enc2(s []byte, rs [][]byte) BB {
	out := BB{Parts: []B{}, Cap: cap(rs), Nil: rs == nil}
	for _, r := range rs {
		out.Parts = append(out.Parts, enc(s, r))
	}
	return out
}

// clone is Go 1.20's bytes.Clone, as its source defines it.
func clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
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
	"<nil>", "", "a", "abc", "a,b,c", ",a,,b,", "héllo wörld", "日本語テキスト", "\xff", "a\xffb\xfe\xfd",
	"x\xef\xbf\xbdy\xffz", "  \t lead and trail \n ", "\u00a0x\u2003y\u3000", "ΑΒΓ αβγ ΣΑΣ", "ǅungla ǆ", "ß straße",
	"İstanbul ıi", "KELVIN \u212a k", "aaaa", "\xe6\x97", "one two  three\tfour\nfive", "ᾳ ᾼ ῳ", "ABC def",
}

var subs = []string{"<nil>", "", "a", ",", "ab", "wörld", "\xff", "\xef\xbf\xbd", " "}

var cutsets = []string{"", " ", "a", " \t\n", "abc", "\xff", "\xef\xbf\xbd", "ab日", "\u00a0\u2003"}

func main() {
	type row = map[string]any
	unary := map[string][]any{}
	pair := map[string][][]any{}
	trim := map[string][][]any{}
	split := map[string][][][]any{}
	for _, t := range texts {
		u := func(fn string, f func(s []byte) any) {
			s := in(t)
			unary[fn] = append(unary[fn], f(s))
		}
		u("ToUpper", func(s []byte) any { return enc(s, bytes.ToUpper(s)) })
		u("ToLower", func(s []byte) any { return enc(s, bytes.ToLower(s)) })
		u("ToTitle", func(s []byte) any { return enc(s, bytes.ToTitle(s)) })
		u("Title", func(s []byte) any { return enc(s, bytes.Title(s)) })
		u("TrimSpace", func(s []byte) any { return enc(s, bytes.TrimSpace(s)) })
		u("Fields", func(s []byte) any { return enc2(s, bytes.Fields(s)) })
		u("ToValidUTF8", func(s []byte) any { return enc(s, bytes.ToValidUTF8(s, []byte("<?>"))) })
		u("ToValidUTF8Empty", func(s []byte) any { return enc(s, bytes.ToValidUTF8(s, nil)) })
		u("Runes", func(s []byte) any { r := bytes.Runes(s); return []any{r, cap(r)} })
		u("Repeat0", func(s []byte) any { return enc(s, bytes.Repeat(s, 0)) })
		u("Repeat2", func(s []byte) any { return enc(s, bytes.Repeat(s, 2)) })
		u("Join1", func(s []byte) any { return enc(s, bytes.Join([][]byte{s}, []byte(","))) })
		u("Join3", func(s []byte) any { return enc(s, bytes.Join([][]byte{s, s, nil}, []byte("--"))) })
		u("Equal", func(s []byte) any { return bytes.Equal(s, []byte("abc")) })
		var prow = map[string][]any{}
		for _, sb := range subs {
			s := in(t)
			sep := in(sb)
			p := func(fn string, v any) { prow[fn] = append(prow[fn], v) }
			p("Index", bytes.Index(s, sep))
			p("LastIndex", bytes.LastIndex(s, sep))
			p("Contains", bytes.Contains(s, sep))
			p("Count", bytes.Count(s, sep))
			p("IndexAny", bytes.IndexAny(s, sb))
			p("LastIndexAny", bytes.LastIndexAny(s, sb))
			p("ContainsAny", bytes.ContainsAny(s, sb))
			p("HasPrefix", bytes.HasPrefix(s, sep))
			p("HasSuffix", bytes.HasSuffix(s, sep))
			p("Compare", bytes.Compare(s, sep))
			p("Equal", bytes.Equal(s, sep))
			p("EqualFold", bytes.EqualFold(s, sep))
			b, a, f := bytes.Cut(s, sep)
			p("Cut", []any{enc(s, b), enc(s, a), f})
			// CutPrefix/CutSuffix are Go 1.20; their documented results in 1.19 terms:
			p("CutPrefix", []any{enc(s, bytes.TrimPrefix(s, sep)), bytes.HasPrefix(s, sep)})
			p("CutSuffix", []any{enc(s, bytes.TrimSuffix(s, sep)), bytes.HasSuffix(s, sep)})
			p("TrimPrefix", enc(s, bytes.TrimPrefix(s, sep)))
			p("TrimSuffix", enc(s, bytes.TrimSuffix(s, sep)))
			p("Split", enc2(s, bytes.Split(s, sep)))
			p("SplitAfter", enc2(s, bytes.SplitAfter(s, sep)))
			p("SplitN2", enc2(s, bytes.SplitN(s, sep, 2)))
			p("SplitAfterN3", enc2(s, bytes.SplitAfterN(s, sep, 3)))
			p("SplitN0", enc2(s, bytes.SplitN(s, sep, 0)))
			p("SplitN100", enc2(s, bytes.SplitN(s, sep, 100)))
			p("Replace", enc(s, bytes.Replace(s, sep, []byte("<>"), -1)))
			p("Replace1", enc(s, bytes.Replace(s, sep, []byte("<>"), 1)))
			p("Replace0", enc(s, bytes.Replace(s, sep, []byte("<>"), 0)))
			p("ReplaceAll", enc(s, bytes.ReplaceAll(s, sep, nil)))
			p("IndexRune", bytes.IndexRune(s, []rune{'a', 0xe9, 0xfffd, -1, 0x65e5, ' ', 0x212a, 0x110000, ',', 0}[len(prow["IndexRune"])]))
		}
		for fn, v := range prow {
			pair[fn] = append(pair[fn], v)
		}
		var tr, tl, trr []any
		for _, cs := range cutsets {
			s := in(t)
			tr = append(tr, enc(s, bytes.Trim(s, cs)))
			tl = append(tl, enc(s, bytes.TrimLeft(s, cs)))
			trr = append(trr, enc(s, bytes.TrimRight(s, cs)))
		}
		trim["Trim"] = append(trim["Trim"], tr)
		trim["TrimLeft"] = append(trim["TrimLeft"], tl)
		trim["TrimRight"] = append(trim["TrimRight"], trr)
		var sn [][]any
		for _, sb := range []string{"", ","} {
			var r []any
			for _, n := range []int{-1, 1, 2, 3, 50} {
				s := in(t)
				r = append(r, enc2(s, bytes.SplitN(s, in(sb), n)))
			}
			sn = append(sn, r)
		}
		split["SplitN"] = append(split["SplitN"], sn)
	}
	misc := []any{}
	m := func(name string, v any) { misc = append(misc, []any{name, v}) }
	m("RepeatNeg", panicked(func() { bytes.Repeat([]byte("ab"), -1) }))
	m("RepeatOverflow", panicked(func() { bytes.Repeat([]byte("ab"), 1<<62) }))
	m("JoinNil", enc(nil, bytes.Join(nil, []byte(","))))
	m("JoinOneEmpty", enc(nil, bytes.Join([][]byte{{}}, []byte(","))))
	m("CloneNil", enc(nil, clone(nil)))
	m("CloneEmpty", enc(nil, clone([]byte{})))
	for _, t := range []string{"a", "abcdefghij", "日本語テキスト日本語テキスト"} {
		s := in(t)
		m("Clone "+L(t), enc(s, clone(s)))
	}
	e := json.NewEncoder(os.Stdout)
	e.SetEscapeHTML(false)
	var lt, ls, lc []string
	for _, t := range texts {
		lt = append(lt, L(t))
	}
	for _, t := range subs {
		ls = append(ls, L(t))
	}
	for _, t := range cutsets {
		lc = append(lc, L(t))
	}
	e.Encode(row{"texts": lt, "subs": ls, "cutsets": lc, "unary": unary, "pair": pair, "trim": trim, "split": split, "misc": misc})
}
