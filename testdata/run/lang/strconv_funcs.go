package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-45), strconv.Itoa(0)+"!")
	for _, s := range []string{"123", "-7", "+8", "x", "", "12a", "99999999999999999999", " 1", "0x10"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"-101", 2, 8}, {"777", 8, 16}, {"0x1F", 0, 64}, {"0b101", 0, 8}, {"0o17", 0, 32},
		{"1_000", 0, 64}, {"128", 10, 8}, {"-129", 10, 8}, {"z", 36, 64}, {"12", 2, 64}, {"9223372036854775808", 10, 64}} {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(c.s, n, err)
	}
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatInt(35, 36), strconv.FormatUint(1<<63, 10))
	fmt.Println(strconv.Quote("héllo\n\"x\"\t\x00"), strconv.QuoteToASCII("héllo☺"), strconv.QuoteRune('☺'))
	uq, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Printf("%q %v\n", uq, err)
	_, err = strconv.Unquote(`"bad`)
	fmt.Println(err)
	for _, s := range []string{"3.14", "1e10", "-0", "inf", "-Inf", "NaN", "1e400", "abc", "0x1p-2", ".5", "1_000.5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	f32, err := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err)
	v := 1234.5678
	for _, fm := range []byte{'f', 'e', 'E', 'g', 'G', 'b', 'x'} {
		fmt.Print(strconv.FormatFloat(v, fm, -1, 64), " ", strconv.FormatFloat(v, fm, 2, 64), " | ")
	}
	fmt.Println()
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(0.1, 'f', 20, 64), strconv.FormatFloat(1e21, 'g', -1, 64))
	for _, s := range []string{"true", "1", "T", "FALSE", "f", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
	fmt.Println(strconv.FormatBool(true), strconv.AppendInt([]byte("n="), 42, 10), string(strconv.AppendQuote(nil, "q")))
	ne := &strconv.NumError{Func: "ParseInt", Num: "x", Err: strconv.ErrSyntax}
	fmt.Println(ne, ne.Err == strconv.ErrSyntax)
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Println(err.(*strconv.NumError).Err == strconv.ErrRange)
}
