//go:build ignore

// Generates durations.json (strings as bytes, see bs): Go 1.19's Duration.String, ParseDuration (values
// and error texts), Month.String and Weekday.String.
// Run: go run gen_durations.go > durations.json
package main

import (
	"encoding/json"
	"math"
	"os"
	"strconv"
	"time"
)

type strCase struct {
	D string `json:"d"`
	S string `json:"s"`
}

type parseCase struct {
	In  string `json:"in"`
	D   string `json:"d"`
	Err string `json:"err,omitempty"`
}

type nameCase struct {
	V string `json:"v"`
	S string `json:"s"`
}

// bs spells a string's bytes as the code points 0..255, so that JSON.parse
// gives chanscope's byte string (UTF-8 bytes as char codes) unchanged.
func bs(s string) string {
	r := make([]rune, len(s))
	for i := 0; i < len(s); i++ {
		r[i] = rune(s[i])
	}
	return string(r)
}

func main() {
	ds := []time.Duration{0, 1, 2, 9, 10, 999, 1000, 1001, 1500, 9999, 12345, 999999, 1000000, 1000001, 1500000,
		123456789, 999999999, 1000000000, 1000000001, 1500000000, 59999999999, 60000000000, 61000000000,
		90 * time.Second, 3599 * time.Second, time.Hour, time.Hour + time.Nanosecond, 25 * time.Hour,
		100000 * time.Hour, 2562047 * time.Hour, math.MaxInt64, math.MinInt64, math.MinInt64 + 1, -1, -999, -1000,
		-1500, -1000000, -1500000, -time.Second, -1500 * time.Millisecond, -time.Minute, -time.Hour,
		-(90*time.Minute + 30*time.Second + 5*time.Millisecond), 1 << 53, 1<<53 + 1, -(1 << 53) - 1,
		12*time.Hour + 34*time.Minute + 56*time.Second + 789*time.Millisecond, 10 * time.Microsecond,
		10 * time.Millisecond, 100 * time.Millisecond, 999 * time.Millisecond, time.Minute + time.Millisecond,
		time.Minute + time.Microsecond, time.Minute + time.Nanosecond, 5 * time.Minute, 72*time.Hour + 3*time.Minute + 500*time.Millisecond,
		1<<62 + 12345, 4 * time.Microsecond, 4*time.Microsecond + 1, 100 * time.Hour}
	var strs []strCase
	for _, d := range ds {
		strs = append(strs, strCase{strconv.FormatInt(int64(d), 10), bs(d.String())})
	}
	ins := []string{"0", "+0", "-0", "5s", "30s", "1478s", "-5s", "+5s", "-0s", "+0s", "5.0s", "5.6s", "5.s", ".5s",
		"1.0s", "1.00s", "1.004s", "1.0040s", "100.00100s", "10ns", "11us", "12µs", "12μs", "13ms", "14s", "15m", "16h",
		"3h30m", "10.5s4m", "-2m3.4s", "1h2m3s4ms5us6ns", "39h9m14.425s", "52763797000ns", "0.3333333333333333333h",
		"9007199254740993ns", "9223372036854775807ns", "9223372036854775.807us", "9223372036854.775807ms",
		"-9223372036854775808ns", "-9223372036854775.808us", "0.100000000000000000000h", "0.830103483285477580700h",
		"9223372036854775808ns", "-9223372036854775809ns", "9223372036854775808ns9223372036854775808ns", "",
		"3", "-", "s", ".", "-.", ".s", "+.s", "1d", "1.5x", "x", "1ss", "1sm", "3000000h", "9223372036854775808s",
		"1h1", "1.2.3s", "1e3s", "\xff", "5µ", "1 s", "-1h-1m", "00001ms", "0.000000001s", "0.0000000001s",
		"1.5h", "2562047h47m16.854775807s", "2562047h47m16.854775808s", "１s", "1\x00s", "\"1\"", "1\\s"}
	var parses []parseCase
	for _, in := range ins {
		d, err := time.ParseDuration(in)
		c := parseCase{In: bs(in), D: strconv.FormatInt(int64(d), 10)}
		if err != nil {
			c.Err = bs(err.Error())
		}
		parses = append(parses, c)
	}
	var months, weekdays []nameCase
	for _, v := range []int{-1, 0, 1, 2, 6, 12, 13, 100, math.MinInt64} {
		months = append(months, nameCase{strconv.Itoa(v), bs(time.Month(v).String())})
		weekdays = append(weekdays, nameCase{strconv.Itoa(v), bs(time.Weekday(v).String())})
	}
	for _, v := range []int{3, 4, 5, 7} {
		weekdays = append(weekdays, nameCase{strconv.Itoa(v), bs(time.Weekday(v).String())})
	}
	e := json.NewEncoder(os.Stdout)
	e.SetEscapeHTML(false)
	e.SetIndent("", " ")
	if err := e.Encode(map[string]any{"strings": strs, "parses": parses, "months": months, "weekdays": weekdays}); err != nil {
		panic(err)
	}
}
