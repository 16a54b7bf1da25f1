// Generates the expectations of src/stdlib/strconv/*.test.ts from real Go
// (run: go run gen_strconv.go). Writes ftoa.txt, atof.txt, atoi.txt and
// quote.txt: tab-separated fields, strings Go-quoted with strconv.Quote so
// every byte survives.
package main

import (
	"bufio"
	"fmt"
	"math"
	"math/rand"
	"os"
	"strconv"
)

func create(name string) (*bufio.Writer, func()) {
	f, err := os.Create(name)
	if err != nil {
		panic(err)
	}
	w := bufio.NewWriter(f)
	return w, func() { w.Flush(); f.Close() }
}

var specials = []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.2, 0.3, 1.5, 2.5, 0.5, 0.125, 0.375, 1e21, 1e20, 123456789, 1e-7, 1e-5, 1e-4,
	123.456, 1e6, 1e100, 1e-100, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, math.Pi, math.E, 100, 1234567.0, 0.000123,
	9007199254740993, 3.0, 1e23, 8.41e21, 5e-7, 0.05, 0.15, 0.25, 0.35, 1.25, 1.35, 2.675, 1.005, 1e15, 1e16, 1e17, 999999.5, 9.5, 99.5,
	float64(float32(0.1)), float64(float32(3.4028234663852886e38)), float64(math.SmallestNonzeroFloat32), 16777216, 16777217, 33554434,
	math.Inf(1), math.Inf(-1), math.NaN(), -123.456, -0.001, 7.0e-10, 1.0e-320, 4.9406564584124654e-324, 2.5e-8, 0.0625, 1125899906842624.125}

func main() {
	rng := rand.New(rand.NewSource(1))
	var vals []float64
	vals = append(vals, specials...)
	for i := 0; i < 100; i++ {
		vals = append(vals, math.Float64frombits(rng.Uint64()))
	}
	for i := 0; i < 60; i++ {
		vals = append(vals, float64(math.Float32frombits(rng.Uint32())))
	}
	for i := 0; i < 100; i++ {
		// decimal-looking values with few digits, where ties are common
		vals = append(vals, float64(rng.Intn(100000))/math.Pow(10, float64(rng.Intn(8))))
	}
	for i := 0; i < 50; i++ {
		vals = append(vals, float64(rng.Intn(1<<20))/float64(int(1)<<rng.Intn(24)))
	}

	w, done := create("ftoa.txt")
	type spec struct {
		fmt  byte
		prec int
	}
	specs := []spec{{'g', -1}, {'e', -1}, {'f', -1}, {'G', -1}, {'E', -1}, {'b', -1}, {'x', -1}, {'X', -1}, {'x', 0}, {'x', 3}, {'x', 15},
		{'e', 0}, {'e', 1}, {'e', 3}, {'e', 6}, {'e', 16}, {'e', 17}, {'e', 20}, {'e', 40}, {'f', 0}, {'f', 1}, {'f', 2}, {'f', 3}, {'f', 6}, {'f', 10}, {'f', 20},
		{'g', 0}, {'g', 1}, {'g', 3}, {'g', 6}, {'g', 10}, {'g', 17}, {'g', 25}, {'G', 4}, {'E', 2}, {'z', 2}}
	for _, v := range vals {
		for _, bs := range []int{64, 32} {
			for _, sp := range specs {
				if bs == 32 && (sp.prec > 12 || sp.fmt == 'x') {
					continue
				}
				if sp.fmt == 'f' && math.Abs(v) > 1e25 && math.Abs(v) != 1e100 && math.Abs(v) != math.MaxFloat64 {
					continue // keep the table small: huge %f outputs are covered by the specials
				}
				fmt.Fprintf(w, "%d\t%c\t%d\t%d\t%s\n", math.Float64bits(v), sp.fmt, sp.prec, bs, strconv.FormatFloat(v, sp.fmt, sp.prec, bs))
			}
		}
	}
	// long precisions
	for _, v := range []float64{0.1, 1e-300, 1.5, 5e-324, 1e300, 123.456} {
		for _, p := range []int{50, 120, 400} {
			fmt.Fprintf(w, "%d\t%c\t%d\t%d\t%s\n", math.Float64bits(v), 'f', p, 64, strconv.FormatFloat(v, 'f', p, 64))
			fmt.Fprintf(w, "%d\t%c\t%d\t%d\t%s\n", math.Float64bits(v), 'e', p, 64, strconv.FormatFloat(v, 'e', p, 64))
		}
	}
	done()

	w, done = create("atof.txt")
	inputs := []string{"0", "-0", "+0", "1", "1.5", "-1.5", ".5", "5.", ".", "", "+", "-", "e5", "1e", "1e+", "1e5", "1E5", "1e-5", "1e400", "-1e400", "1e-400",
		"inf", "+Inf", "-INF", "infinity", "-Infinity", "infin", "nan", "NaN", "NAN", "+nan", "-nan", "nanx", "infx",
		"0x1p-2", "0x1.8p1", "0X1P+2", "0x1", "0x1p", "0x", "0x.8p1", "0x1fffffffffffffp0", "0x1p1024", "0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075",
		"0x1.fffffffffffff8p1023", "0x1.fffffep127", "0x1.ffffffp127", "0x1p-149", "0x1p-150", "0x1.8p-150",
		"1_000", "1_000.5", "0x_1p0", "1__0", "_1", "1_", "1_e5", "1e1_0", "0_1", "0b1", "1.2.3", "12a", " 1", "1 ",
		"3.4028235e38", "3.4028236e38", "3.40282356779733661637539395458142568448e38", "3.40282356779733661637539395458142568447e38",
		"1.4e-45", "7e-46", "7.1e-46", "2.2250738585072011e-308", "2.2250738585072012e-308", "4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
		"123456789012345678901234567890", "0.000000000000000000000000000000000000000000001", "9007199254740993", "9007199254740993.0000000001",
		"1.00000017881393432617187499", "1.000000178813934326171875", "1.00000017881393432617187501", "0.1", "0.3", "100000000000000016777215", "100000000000000016777216",
		"1e-7", "1.17549435e-38", "1.1754942e-38", "08", "0.0000", "00001e3"}
	for i := 0; i < 300; i++ {
		v := math.Float64frombits(rng.Uint64())
		if math.IsNaN(v) || math.IsInf(v, 0) {
			continue
		}
		inputs = append(inputs, strconv.FormatFloat(v, 'g', rng.Intn(20)+1, 64))
		f32 := math.Float32frombits(rng.Uint32())
		inputs = append(inputs, strconv.FormatFloat(float64(f32), 'e', rng.Intn(12)+1, 64))
	}
	// float32 midpoints written with many digits, and just beside them
	for i := 0; i < 200; i++ {
		f := math.Float32frombits(rng.Uint32() & 0x7f7fffff)
		next := math.Nextafter32(f, float32(math.Inf(1)))
		mid := (float64(f) + float64(next)) / 2
		s := strconv.FormatFloat(mid, 'e', -1, 64)
		inputs = append(inputs, s, strconv.FormatFloat(mid, 'e', 40, 64), strconv.FormatFloat(math.Nextafter(mid, 0), 'e', -1, 64), strconv.FormatFloat(math.Nextafter(mid, math.Inf(1)), 'e', -1, 64))
	}
	for _, in := range inputs {
		for _, bs := range []int{64, 32} {
			v, err := strconv.ParseFloat(in, bs)
			es := "-"
			if err != nil {
				es = err.Error()
			}
			fmt.Fprintf(w, "%s\t%d\t%d\t%s\n", strconv.Quote(in), bs, math.Float64bits(v), strconv.Quote(es))
		}
	}
	done()

	w, done = create("atoi.txt")
	istr := []string{"0", "1", "-1", "+1", "", "-", "+", "123", "-123", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
		"18446744073709551615", "18446744073709551616", "99999999999999999999", "999999999999999999", "-999999999999999999", "1000000000000000000", "12345678901234567890123",
		"0x1f", "0X1F", "0b101", "0B2", "0o17", "0O8", "017", "08", "0x", "0b", "0o", "0", "00", "1_000", "1__000", "_1", "1_", "0x_1f", "0_17", "0b_1", "-0x10", "+0b11",
		"abc", "12a", " 12", "12 ", "1e3", "1.0", "z", "Z", "zz", "-zz", "7fffffff", "80000000", "ffffffff", "100000000", "127", "128", "-128", "-129", "255", "256",
		"32767", "32768", "65535", "65536", "2147483647", "2147483648", "-2147483648", "-2147483649", "4294967295", "4294967296", "300x", "99999999999999999999x", "-\xff"}
	for _, s := range istr {
		for _, base := range []int{0, 10, 16, 2, 36, 1} {
			for _, bs := range []int{0, 8, 32, 64, 65} {
				v, err := strconv.ParseInt(s, base, bs)
				es := "-"
				if err != nil {
					es = err.Error()
				}
				u, uerr := strconv.ParseUint(s, base, bs)
				ues := "-"
				if uerr != nil {
					ues = uerr.Error()
				}
				fmt.Fprintf(w, "%s\t%d\t%d\t%d\t%s\t%d\t%s\n", strconv.Quote(s), base, bs, v, strconv.Quote(es), u, strconv.Quote(ues))
			}
		}
		a, err := strconv.Atoi(s)
		es := "-"
		if err != nil {
			es = err.Error()
		}
		fmt.Fprintf(w, "%s\tatoi\t%d\t%s\n", strconv.Quote(s), a, strconv.Quote(es))
		b, err := strconv.ParseBool(s)
		es = "-"
		if err != nil {
			es = err.Error()
		}
		fmt.Fprintf(w, "%s\tbool\t%v\t%s\n", strconv.Quote(s), b, strconv.Quote(es))
	}
	for _, s := range []string{"1", "t", "T", "true", "TRUE", "True", "0", "f", "F", "false", "FALSE", "False", "tRue", "yes"} {
		b, err := strconv.ParseBool(s)
		es := "-"
		if err != nil {
			es = err.Error()
		}
		fmt.Fprintf(w, "%s\tbool\t%v\t%s\n", strconv.Quote(s), b, strconv.Quote(es))
	}
	for _, v := range []int64{0, 1, -1, 35, -36, math.MaxInt64, math.MinInt64, 1 << 53, -(1 << 53) - 1, 123456789} {
		for base := 2; base <= 36; base += 1 {
			fmt.Fprintf(w, "%d\tfmtint\t%d\t%s\n", v, base, strconv.FormatInt(v, base))
		}
	}
	for _, v := range []uint64{math.MaxUint64, 1 << 63, 1<<64 - 2} {
		for base := 2; base <= 36; base += 1 {
			fmt.Fprintf(w, "%d\tfmtuint\t%d\t%s\n", v, base, strconv.FormatUint(v, base))
		}
	}
	done()

	w, done = create("quote.txt")
	qs := []string{"", "abc", "hello, world", "a\"b", "a\\b", "a'b", "a`b", "\a\b\f\n\r\t\v", "\x00\x01\x1f\x7f", "\u00e9", "\u2028", "\u00a0", "\u00ad", "\u3000",
		"\U0001F600", "\xff", "a\xffb", "\xe2\x82", "\xed\xa0\x80", "\ufeff", "\U000E0001", "\U0010FFFF", "\u0378", "\u061c", "日本語", "\t tab", "x\u200by", "\u1680"}
	for _, s := range qs {
		fmt.Fprintf(w, "q\t%s\t%s\t%s\t%s\t%v\n", strconv.Quote(s), strconv.Quote(strconv.Quote(s)), strconv.Quote(strconv.QuoteToASCII(s)), strconv.Quote(strconv.QuoteToGraphic(s)), strconv.CanBackquote(s))
	}
	for _, r := range []rune{0, 7, 'a', '\'', '"', '\\', 0x7f, 0xa0, 0xad, 0xe9, 0x2028, 0xd800, 0xfffd, 0xfeff, 0x1f600, 0x10ffff, 0x110000, -1, 0x3000, 0x1680, 0xe0001} {
		fmt.Fprintf(w, "r\t%d\t%s\t%s\t%s\n", r, strconv.Quote(strconv.QuoteRune(r)), strconv.Quote(strconv.QuoteRuneToASCII(r)), strconv.Quote(strconv.QuoteRuneToGraphic(r)))
	}
	us := []string{`""`, `"abc"`, `"a\nb"`, `"\x41\u00e9\U0001F600"`, `"\101"`, `"\400"`, `"\xZZ"`, `"\ud800"`, `"abc`, `abc"`, `'a'`, `'ab'`, `'\''`, `'"'`, `"\'"`, `'\"'`,
		"`raw\\n`", "`a\rb`", "`unterminated", `'\u00e9'`, `'é'`, `''`, `"a"b"`, `"\q"`, "\"a\nb\"", `"\xff"`, `'\xff'`, `"é"`, "\"\xff\"", `"\777"`, `"\0"`, `"\u12"`, `'`, `"`, `x`}
	for _, s := range us {
		v, err := strconv.Unquote(s)
		es := "-"
		if err != nil {
			es = err.Error()
		}
		p, perr := strconv.QuotedPrefix(s + "tail")
		pes := "-"
		if perr != nil {
			pes = perr.Error()
		}
		fmt.Fprintf(w, "u\t%s\t%s\t%s\t%s\t%s\n", strconv.Quote(s), strconv.Quote(v), strconv.Quote(es), strconv.Quote(p), strconv.Quote(pes))
	}
	for _, s := range []string{`\n`, `\x41rest`, `\u00e9x`, `é`, `\'`, `\"`, `'`, `"`, `\`, `\z`, `\U00110000`, `\377`, `a`} {
		for _, q := range []byte{'"', '\''} {
			v, mb, tail, err := strconv.UnquoteChar(s, q)
			es := "-"
			if err != nil {
				es = err.Error()
			}
			fmt.Fprintf(w, "c\t%s\t%c\t%d\t%v\t%s\t%s\n", strconv.Quote(s), q, v, mb, strconv.Quote(tail), strconv.Quote(es))
		}
	}
	// IsPrint / IsGraphic over every rune: counts and a checksum
	var np, ng, sp, sg uint64
	for r := rune(0); r <= 0x10FFFF; r++ {
		if strconv.IsPrint(r) {
			np++
			sp = sp*31 + uint64(r)
		}
		if strconv.IsGraphic(r) {
			ng++
			sg = sg*31 + uint64(r)
		}
	}
	fmt.Fprintf(w, "p\t%d\t%d\t%d\t%d\n", np, sp, ng, sg)
	done()
}
