//go:build ignore

// Generates times.json (strings as bytes, see bs): Go 1.19's encoding and outputs of package time for a
// table of times (constructors with out-of-range fields, zones, formatting
// layouts, calendar fields, Unix conversions, AddDate, Truncate/Round,
// Add/Sub/comparisons). Run: go run gen_times.go > times.json
package main

import (
	"encoding/json"
	"os"
	"reflect"
	"strconv"
	"time"
)

type locJSON struct {
	Kind   string `json:"kind"` // UTC, Local, fixed
	Name   string `json:"name,omitempty"`
	Offset int    `json:"offset,omitempty"`
}

type encJSON struct {
	Wall string  `json:"wall"`
	Ext  string  `json:"ext"`
	Loc  locJSON `json:"loc"`
}

func locOf(l *time.Location) locJSON {
	switch l {
	case time.UTC:
		return locJSON{Kind: "UTC"}
	case time.Local:
		return locJSON{Kind: "Local"}
	}
	_, off := time.Date(2000, 1, 1, 0, 0, 0, 0, l).Zone()
	return locJSON{Kind: "fixed", Name: bs(l.String()), Offset: off}
}

func enc(t time.Time) encJSON {
	v := reflect.ValueOf(t)
	e := encJSON{Wall: strconv.FormatUint(v.Field(0).Uint(), 10), Ext: strconv.FormatInt(v.Field(1).Int(), 10)}
	if v.Field(2).IsNil() {
		e.Loc = locJSON{Kind: "nil"}
	} else {
		e.Loc = locOf(t.Location())
	}
	return e
}

type timeCase struct {
	Ctor      string    `json:"ctor"`
	Args      []string  `json:"args"`
	Loc       *locJSON  `json:"loc,omitempty"`
	T         encJSON   `json:"t"`
	String    string    `json:"string"`
	GoString  string    `json:"goString"`
	Date      [3]int    `json:"date"`
	Clock     [3]int    `json:"clock"`
	Weekday   int       `json:"weekday"`
	WeekdayS  string    `json:"weekdayString"`
	MonthS    string    `json:"monthString"`
	YearDay   int       `json:"yearDay"`
	ISOWeek   [2]int    `json:"isoWeek"`
	Nano      int       `json:"nanosecond"`
	Unix      string    `json:"unix"`
	UnixMilli string    `json:"unixMilli"`
	UnixMicro string    `json:"unixMicro"`
	UnixNano  string    `json:"unixNano"`
	ZoneName  string    `json:"zoneName"`
	ZoneOff   int       `json:"zoneOffset"`
	IsZero    bool      `json:"isZero"`
	UTC       encJSON   `json:"utc"`
	Local     encJSON   `json:"local"`
	Formats   []string  `json:"formats,omitempty"`
}

var layouts = []string{
	time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
	time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli,
	time.StampMicro, time.StampNano,
	"2006-01-02 15:04:05", "2006-01-02", "15:04:05", // DateTime, DateOnly, TimeOnly (Go 1.20)
	"2006", "06", "1", "01", "Jan", "January", "2", "02", "_2", "__2", "002", "15", "3", "03", "4", "04", "5", "05",
	"PM", "pm", "Mon", "Monday", "MST", "-0700", "-07:00", "-07", "-070000", "-07:00:00", "Z0700", "Z07:00", "Z07",
	"Z070000", "Z07:00:00", ".000", ".999", ",000", ",999", ".0", ".9", ".000000000", ".999999999", ".9999999999",
	".0000000000", "05.000", "05,999", "_2006", "Janx", "Jane", "Mond", "Monx", "Monday2", "15:04:05.00000",
	"3:04:05 pm", "hello world", "", "01/02/06", "002 __2", "Jan _2", "Mon Jan 2 15:04:05 -0700 MST 2006",
	"1 2 3 4 5 6", ".00123", "20061", "2006-01-02T15:04:05.999999999Z07:00 MST", "MSTT", "-07001", ".", ".x",
	"06 2006 _2006 __2006", "PMpm", "1504", "0102", "0000", "00002",
}

func fixed(name string, off int) *time.Location { return time.FixedZone(name, off) }

// bs spells a string's bytes as the code points 0..255, so that JSON.parse
// gives chanscope's byte string (UTF-8 bytes as char codes) unchanged.
func bs(s string) string {
	r := make([]rune, len(s))
	for i := 0; i < len(s); i++ {
		r[i] = rune(s[i])
	}
	return string(r)
}

type ctor struct {
	name string
	args []int64
	loc  *time.Location
}

func build(c ctor) time.Time {
	a := c.args
	switch c.name {
	case "Date":
		return time.Date(int(a[0]), time.Month(a[1]), int(a[2]), int(a[3]), int(a[4]), int(a[5]), int(a[6]), c.loc)
	case "Unix":
		return time.Unix(a[0], a[1])
	case "UnixMilli":
		return time.UnixMilli(a[0])
	case "UnixMicro":
		return time.UnixMicro(a[0])
	case "Zero":
		return time.Time{}
	}
	panic(c.name)
}

var ctors = []ctor{
	{"Date", []int64{2009, 11, 10, 23, 0, 0, 0}, time.UTC},
	{"Date", []int64{2009, 11, 10, 23, 0, 0, 0}, time.Local},
	{"Date", []int64{2023, 3, 5, 7, 8, 9, 123456789}, fixed("CET", 3600)},
	{"Date", []int64{999, 1, 2, 3, 4, 5, 500000000}, time.UTC},
	{"Date", []int64{5, 6, 7, 13, 14, 15, 16}, time.UTC},
	{"Date", []int64{0, 1, 1, 0, 0, 0, 0}, time.UTC},
	{"Date", []int64{-1, 12, 31, 23, 59, 59, 999999999}, time.UTC},
	{"Date", []int64{-44, 3, 15, 12, 0, 0, 0}, time.UTC},
	{"Date", []int64{12345, 6, 7, 8, 9, 10, 11}, time.UTC},
	{"Date", []int64{2020, 2, 29, 12, 0, 0, 0}, fixed("", -5*3600-30*60)},
	{"Date", []int64{2020, 2, 29, 0, 30, 0, 0}, fixed("X", 3600+61)},
	{"Date", []int64{2021, 7, 4, 0, 0, 0, 1000}, fixed("", -30)},
	{"Date", []int64{2021, 7, 4, 12, 0, 0, 0}, fixed("Local", 0)},
	{"Date", []int64{2021, 7, 4, 12, 0, 0, 0}, fixed("UTC", 0)},
	{"Date", []int64{2021, 7, 4, 12, 0, 0, 0}, fixed("ÄÖ\"x", 14 * 3600)},
	{"Date", []int64{2021, 13, 1, 0, 0, 0, 0}, time.UTC},
	{"Date", []int64{2021, 0, 0, 0, 0, 0, 0}, time.UTC},
	{"Date", []int64{2021, -25, 40, 25, 61, 61, 1000000005}, time.UTC},
	{"Date", []int64{2021, 2, 29, 0, 0, 0, 0}, time.UTC},
	{"Date", []int64{2000, 3, 0, 0, 0, 0, 0}, time.UTC},
	{"Date", []int64{1900, 2, 29, 0, 0, 0, 0}, time.UTC},
	{"Date", []int64{1, 1, 1, 0, 0, -1, 0}, time.UTC},
	{"Date", []int64{1, 1, 1, 0, 0, 0, 0}, time.UTC},
	{"Date", []int64{2009, 11, 10, 23, 0, 0, 1000000000000000000}, time.UTC},
	{"Date", []int64{2009, 11, 10, 23, 0, 0, -1000000000000000000}, time.UTC},
	{"Date", []int64{100000, 1, 1, 0, 0, 0, 0}, time.UTC},
	{"Date", []int64{-100000, 1, 1, 0, 0, 0, 0}, time.UTC},
	{"Date", []int64{2157, 1, 1, 0, 0, 0, 0}, time.UTC},
	{"Date", []int64{1884, 12, 31, 23, 59, 59, 0}, time.UTC},
	{"Date", []int64{2016, 12, 31, 23, 59, 60, 0}, time.UTC},
	{"Date", []int64{2008, 12, 29, 1, 2, 3, 4}, time.UTC},
	{"Date", []int64{2010, 1, 3, 1, 2, 3, 4}, time.UTC},
	{"Date", []int64{2005, 1, 1, 0, 0, 0, 0}, time.UTC},
	{"Date", []int64{2004, 12, 31, 12, 0, 0, 0}, fixed("EST", -5 * 3600)},
	{"Date", []int64{2009, 11, 10, 0, 0, 0, 0}, fixed("HST", -10 * 3600)},
	{"Date", []int64{2009, 11, 10, 12, 0, 0, 0}, fixed("", 0)},
	{"Unix", []int64{0, 0}, nil},
	{"Unix", []int64{-1, 0}, nil},
	{"Unix", []int64{1 << 40, 999999999}, nil},
	{"Unix", []int64{0, -1}, nil},
	{"Unix", []int64{5, 3000000000}, nil},
	{"Unix", []int64{-5, -3000000000}, nil},
	{"Unix", []int64{1257894000, 0}, nil},
	{"Unix", []int64{-62135596800, 0}, nil},
	{"Unix", []int64{-62135596801, 999}, nil},
	{"Unix", []int64{1 << 62, 5}, nil},
	{"Unix", []int64{-(1 << 62), 0}, nil},
	{"Unix", []int64{9223372036854775807, 999999999}, nil},
	{"Unix", []int64{-9223372036854775808, 0}, nil},
	{"UnixMilli", []int64{-1}, nil},
	{"UnixMilli", []int64{1257894000123}, nil},
	{"UnixMicro", []int64{1000000000000123}, nil},
	{"UnixMicro", []int64{-1000001}, nil},
	{"Zero", nil, nil},
}

type pairCase struct {
	A       int    `json:"a"`
	B       int    `json:"b"`
	Sub     string `json:"sub"`
	Before  bool   `json:"before"`
	After   bool   `json:"after"`
	Equal   bool   `json:"equal"`
	Compare int    `json:"compare"`
	Same    bool   `json:"same"` // ==
}

type addCase struct {
	T      int     `json:"t"`
	D      string  `json:"d"`
	Add    encJSON `json:"add"`
	AddS   string  `json:"addString"`
	Trunc  encJSON `json:"truncate"`
	TruncS string  `json:"truncateString"`
	Round  encJSON `json:"round"`
	RoundS string  `json:"roundString"`
}

type addDateCase struct {
	T       int     `json:"t"`
	Y       int     `json:"y"`
	M       int     `json:"m"`
	D       int     `json:"d"`
	R       encJSON `json:"r"`
	S       string  `json:"s"`
}

func compare(t, u time.Time) int {
	if t.Before(u) {
		return -1
	}
	if t.After(u) {
		return 1
	}
	return 0
}

func main() {
	out := map[string]any{}
	var bl []string
	for _, l := range layouts {
		bl = append(bl, bs(l))
	}
	out["layouts"] = bl
	var cases []timeCase
	var times []time.Time
	for _, c := range ctors {
		t := build(c)
		times = append(times, t)
		tc := timeCase{Ctor: c.name, T: enc(t), String: bs(t.String()), GoString: bs(t.GoString())}
		for _, a := range c.args {
			tc.Args = append(tc.Args, strconv.FormatInt(a, 10))
		}
		if c.loc != nil {
			l := locOf(c.loc)
			tc.Loc = &l
		}
		y, m, d := t.Date()
		tc.Date = [3]int{y, int(m), d}
		h, mi, s := t.Clock()
		tc.Clock = [3]int{h, mi, s}
		tc.Weekday = int(t.Weekday())
		tc.WeekdayS = bs(t.Weekday().String())
		tc.MonthS = bs(t.Month().String())
		tc.YearDay = t.YearDay()
		iy, iw := t.ISOWeek()
		tc.ISOWeek = [2]int{iy, iw}
		tc.Nano = t.Nanosecond()
		tc.Unix = strconv.FormatInt(t.Unix(), 10)
		tc.UnixMilli = strconv.FormatInt(t.UnixMilli(), 10)
		tc.UnixMicro = strconv.FormatInt(t.UnixMicro(), 10)
		tc.UnixNano = strconv.FormatInt(t.UnixNano(), 10)
		tc.ZoneName, tc.ZoneOff = t.Zone()
		tc.ZoneName = bs(tc.ZoneName)
		tc.IsZero = t.IsZero()
		tc.UTC = enc(t.UTC())
		tc.Local = enc(t.Local())
		if len(cases) < 16 || c.name != "Date" && len(cases)%3 == 0 {
			for _, l := range layouts {
				tc.Formats = append(tc.Formats, bs(t.Format(l)))
			}
		}
		cases = append(cases, tc)
	}
	out["times"] = cases

	var pairs []pairCase
	for i := range times {
		for j := range times {
			if (i*7+j*3)%13 != 0 && i != j {
				continue
			}
			t, u := times[i], times[j]
			pairs = append(pairs, pairCase{A: i, B: j, Sub: strconv.FormatInt(int64(t.Sub(u)), 10),
				Before: t.Before(u), After: t.After(u), Equal: t.Equal(u), Compare: compare(t, u), Same: t == u})
		}
	}
	out["pairs"] = pairs

	durs := []time.Duration{0, 1, -1, 999, 1000, 1500, time.Millisecond, 7, 3 * time.Millisecond / 2, time.Second,
		-time.Second, 1500 * time.Millisecond, time.Minute, 90 * time.Second, time.Hour, -time.Hour, 24 * time.Hour,
		7 * 24 * time.Hour, 3 * time.Second, 7 * time.Second, 1<<62, -(1 << 62), 1<<63 - 1, -1 << 63, 123456789,
		13 * time.Minute, 2*time.Hour + 17*time.Millisecond}
	var adds []addCase
	for i, t := range times {
		for k, d := range durs {
			if (i+k)%4 != 0 {
				continue
			}
			a := t.Add(d)
			tr := t.Truncate(d)
			ro := t.Round(d)
			adds = append(adds, addCase{T: i, D: strconv.FormatInt(int64(d), 10), Add: enc(a), AddS: bs(a.String()),
				Trunc: enc(tr), TruncS: bs(tr.String()), Round: enc(ro), RoundS: bs(ro.String())})
		}
	}
	out["adds"] = adds

	ymds := [][3]int{{0, 0, 0}, {1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {-1, -1, -1}, {0, 1, 31}, {0, 13, 0}, {0, -13, 0},
		{4, 0, 0}, {1, 1, 1}, {0, 0, 366}, {-2021, 0, 0}, {0, 0, -100000}}
	var addDates []addDateCase
	for i, t := range times {
		for k, v := range ymds {
			if (i+k)%3 != 0 {
				continue
			}
			r := t.AddDate(v[0], v[1], v[2])
			addDates = append(addDates, addDateCase{T: i, Y: v[0], M: v[1], D: v[2], R: enc(r), S: bs(r.String())})
		}
	}
	out["addDates"] = addDates

	// one table row per line
	os.Stdout.WriteString("{\n")
	keys := []string{"layouts", "times", "pairs", "adds", "addDates"}
	for i, k := range keys {
		os.Stdout.WriteString(strconv.Quote(k) + ": [\n")
		rows := reflect.ValueOf(out[k])
		for j := 0; j < rows.Len(); j++ {
			b, err := json.Marshal(rows.Index(j).Interface())
			if err != nil {
				panic(err)
			}
			os.Stdout.Write(b)
			if j < rows.Len()-1 {
				os.Stdout.WriteString(",")
			}
			os.Stdout.WriteString("\n")
		}
		os.Stdout.WriteString("]")
		if i < len(keys)-1 {
			os.Stdout.WriteString(",")
		}
		os.Stdout.WriteString("\n")
	}
	os.Stdout.WriteString("}\n")
}
