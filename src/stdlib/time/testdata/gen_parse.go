//go:build ignore

// Generates parse.json: Go 1.19's Parse and ParseInLocation (the Time's
// encoding, String, and the ParseError texts) on a table of layouts and values.
// Run: go run gen_parse.go > parse.json
package main

import (
	"encoding/json"
	"os"
	"reflect"
	"strconv"
	"time"
)

type locJSON struct {
	Kind   string `json:"kind"` // nil, UTC, Local, fixed
	Name   string `json:"name,omitempty"`
	Offset int    `json:"offset,omitempty"`
}

type encJSON struct {
	Wall string  `json:"wall"`
	Ext  string  `json:"ext"`
	Loc  locJSON `json:"loc"`
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

var cet = time.FixedZone("CET", 3600)
var minus1 = time.FixedZone("", -3600)

func locOf(l *time.Location) locJSON {
	switch l {
	case time.UTC:
		return locJSON{Kind: "UTC"}
	case time.Local:
		return locJSON{Kind: "Local"}
	case cet:
		return locJSON{Kind: "CET"}
	case minus1:
		return locJSON{Kind: "minus1"}
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

type parseCase struct {
	Layout string   `json:"layout"`
	Value  string   `json:"value"`
	In     string   `json:"in,omitempty"` // ParseInLocation's location: UTC, Local, CET, minus1
	T      *encJSON `json:"t,omitempty"`
	S      string   `json:"s,omitempty"`
	Err    string   `json:"err,omitempty"`
}

var cases = [][2]string{
	{time.RFC3339, "2009-11-10T23:00:00Z"},
	{time.RFC3339, "2009-11-10T23:00:00+00:00"},
	{time.RFC3339, "2009-11-10T23:00:00+01:00"},
	{time.RFC3339, "2009-11-10T23:00:00-07:30"},
	{time.RFC3339, "2009-11-10T23:00:00.123Z"},
	{time.RFC3339, "2009-11-10T23:00:00,5Z"},
	{time.RFC3339Nano, "2009-11-10T23:00:00.123456789+02:00"},
	{time.RFC3339Nano, "2009-11-10T23:00:00.1234567891Z"},
	{time.RFC3339Nano, "2009-11-10T23:00:00Z"},
	{time.RFC3339, "2009-11-10 23:00:00Z"},
	{time.RFC3339, "2009-11-10T23:00:00"},
	{time.RFC3339, "2009-11-10T23:00:00Zjunk"},
	{time.RFC3339, "2009-13-10T23:00:00Z"},
	{time.RFC3339, "2009-02-30T23:00:00Z"},
	{time.RFC3339, "2009-11-10T24:00:00Z"},
	{time.RFC3339, "2009-11-10T23:60:00Z"},
	{time.RFC3339, "2009-11-10T23:00:60Z"},
	{time.RFC3339, "2009-11-10T23:00:00+0100"},
	{time.RFC3339, "2009-11-10T23:00:00+01:0x"},
	{time.RFC3339, "09-11-10T23:00:00Z"},
	{time.RFC1123, "Tue, 10 Nov 2009 23:00:00 UTC"},
	{time.RFC1123, "Tue, 10 Nov 2009 23:00:00 PST"},
	{time.RFC1123, "Tue, 10 Nov 2009 23:00:00 GMT"},
	{time.RFC1123, "Tue, 10 Nov 2009 23:00:00 GMT+3"},
	{time.RFC1123, "Tue, 10 Nov 2009 23:00:00 GMT-11"},
	{time.RFC1123, "Tue, 10 Nov 2009 23:00:00 CET"},
	{time.RFC1123, "Tue, 10 Nov 2009 23:00:00 ChST"},
	{time.RFC1123, "Tue, 10 Nov 2009 23:00:00 AEST"},
	{time.RFC1123, "Tue, 10 Nov 2009 23:00:00 WITA"},
	{time.RFC1123, "Tue, 10 Nov 2009 23:00:00 ABCDE"},
	{time.RFC1123, "Tue, 10 Nov 2009 23:00:00 +03"},
	{time.RFC1123, "Tue, 10 Nov 2009 23:00:00 Local"},
	{time.RFC1123, "Tue, 10 Nov 2009 23:00:00 XY"},
	{time.RFC1123Z, "Tue, 10 Nov 2009 23:00:00 +0000"},
	{time.RFC1123Z, "Tue, 10 Nov 2009 23:00:00 -0800"},
	{time.RFC1123, "tue, 10 nov 2009 23:00:00 UTC"},
	{time.RFC1123, "Wed, 10 Nov 2009 23:00:00 UTC"},
	{time.RFC1123, "Xyz, 10 Nov 2009 23:00:00 UTC"},
	{time.RFC850, "Tuesday, 10-Nov-09 23:00:00 UTC"},
	{time.RFC822, "10 Nov 68 23:00 UTC"},
	{time.RFC822, "10 Nov 69 23:00 UTC"},
	{time.RFC822, "10 Nov 6x 23:00 UTC"},
	{time.ANSIC, "Tue Nov 10 23:00:00 2009"},
	{time.ANSIC, "Tue Nov  1 23:00:00 2009"},
	{time.ANSIC, "Tue Nov 1 23:00:00 2009"},
	{time.UnixDate, "Tue Nov 10 23:00:00 UTC 2009"},
	{time.RubyDate, "Tue Nov 10 23:00:00 -0500 2009"},
	{time.Kitchen, "3:04PM"},
	{time.Kitchen, "12:00AM"},
	{time.Kitchen, "12:00PM"},
	{time.Kitchen, "13:00PM"},
	{time.Kitchen, "3:04pm"},
	{"3:04pm", "3:04pm"},
	{"3:04pm", "3:04PM"},
	{time.Stamp, "Nov 10 23:00:00"},
	{time.StampMilli, "Nov 10 23:00:00.123"},
	{time.StampMilli, "Nov 10 23:00:00.12"},
	{time.StampMicro, "Nov 10 23:00:00.123456"},
	{"2006-01-02 15:04:05", "2009-11-10 23:00:00"},
	{"2006-01-02 15:04:05", "2009-11-10 23:00:00.987654321"},
	{"2006-01-02 15:04:05", "2009-11-10 23:00:00,5"},
	{"2006-01-02 15:04:05", "2009-11-10 23:00:00.9876543219999"},
	{"2006-01-02", "2009-11-10"},
	{"2006-01-02", "2009-11-1"},
	{"2006-1-2", "2009-1-2"},
	{"2006-1-2", "2009-01-02"},
	{"15:04:05", "23:00:00"},
	{"15:04:05", "7:8:9"},
	{"15:04:05", "07:08:09"},
	{"Jan 2, 2006", "February 3, 2013"},
	{"January 2, 2006", "February 3, 2013"},
	{"January 2, 2006", "Feb 3, 2013"},
	{"January 2, 2006", "february 3, 2013"},
	{"2006 002", "2012 060"},
	{"2006 002", "2011 060"},
	{"2006 002", "2012 366"},
	{"2006 002", "2011 366"},
	{"2006 002", "2011 000"},
	{"2006 __2", "2011  60"},
	{"2006 __2", "2011   6"},
	{"2006 __2 01", "2011 60 02"},
	{"2006 __2 01 02", "2011 60 03 02"},
	{"2006 __2 01 02", "2011 60 03 01"},
	{"2006  01", "2011   02"},
	{"2006 01", "2011    02"},
	{"2006 01", "201102"},
	{"2006-01-02 15:04:05 MST", "2009-11-10 23:00:00 UTC"},
	{"2006-01-02 15:04:05 -0700 MST", "2009-11-10 23:00:00 +0000 UTC"},
	{"2006-01-02 15:04:05 -0700 MST", "2009-11-10 23:00:00 +0100 CET"},
	{"2006-01-02 15:04:05 -0700 MST", "2009-11-10 23:00:00 +0000 XYZ"},
	{"2006-01-02 15:04:05 -0700", "2009-11-10 23:00:00 +0000"},
	{"2006-01-02 15:04:05 -07", "2009-11-10 23:00:00 -03"},
	{"2006-01-02 15:04:05 -07:00:00", "2009-11-10 23:00:00 -03:04:05"},
	{"2006-01-02 15:04:05 -070000", "2009-11-10 23:00:00 -030405"},
	{"2006-01-02 15:04:05 Z07", "2009-11-10 23:00:00 Z"},
	{"2006-01-02 15:04:05 Z070000", "2009-11-10 23:00:00 Z"},
	{"2006-01-02 15:04:05 Z070000", "2009-11-10 23:00:00 +010203"},
	{"2006-01-02 15:04:05 Z07:00:00", "2009-11-10 23:00:00 +01:02:03"},
	{"2006-01-02 15:04:05 -0700", "2009-11-10 23:00:00 x0000"},
	{"2006-01-02 15:04:05.000", "2009-11-10 23:00:00.12"},
	{"2006-01-02 15:04:05.000", "2009-11-10 23:00:00.1234"},
	{"2006-01-02 15:04:05.999", "2009-11-10 23:00:00.1234"},
	{"2006-01-02 15:04:05.999", "2009-11-10 23:00:00"},
	{"2006-01-02 15:04:05,000", "2009-11-10 23:00:00,123"},
	{"2006-01-02 15:04:05.000", "2009-11-10 23:00:00,123"},
	{"2006-01-02 15:04:05.000", "2009-11-10 23:00:00.-12"},
	{"Mon Jan _2 2006", "Tue Nov 10 2009"},
	{"Monday", "Tuesday"},
	{"Monday", "Tues"},
	{"", ""},
	{"", "x"},
	{"2006", ""},
	{"2006", "20"},
	{"2006", "-200"},
	{"2006", "12345"},
	{"hello 2006", "hello 2009"},
	{"hello 2006", "hellx 2009"},
	{"01/02 03:04:05PM '06 -0700", "11/10 11:00:00PM '09 -0000"},
	{"2006-01-02", "2009-11-10 \xff\xc3\xa4"},
	{"2006-01-02 \xc3\xa4", "2009-11-10 x"},
	{"2006-01-02T15:04:05Z07:00", "2009-11-10T23:00:00+24:00"},
	{"2006-01-02T15:04:05Z07:00", "2009-11-10T23:00:00+99:99"},
	{"02 Jan 06 15:04 MST", "10 Nov 09 23:00 GMT+25"},
	{"15:04:05.000000000", "23:00:00.000000001"},
	{"15:04:05.9", "23:00:00.123456789123"},
	{"15:04:05 .9", "23:00:00 .5"},
	{"15.04", "23.00"},
	{"2006-01-02 3PM", "2009-11-10 0PM"},
	{"2006-01-02 3PM", "2009-11-10 12AM"},
	{"2006-01-02 15 PM", "2009-11-10 15 PM"},
	{"2006-01-02 3 PM", "2009-11-10 3 XX"},
	{"2006-01-02 3 PM", "2009-11-10 3 P"},
	{"_2006", "_2009"},
	{"Jan 2006", "Nov 0001"},
	{"Jan 2006", "Nov 0000"},
	{"2 Jan 2006", "29 Feb 2000"},
	{"2 Jan 2006", "29 Feb 1900"},
	{"2 Jan 2006", "31 Apr 2001"},
	{"2 Jan 2006", "0 Apr 2001"},
}

func main() {
	var out []parseCase
	for _, c := range cases {
		pc := parseCase{Layout: bs(c[0]), Value: bs(c[1])}
		t, err := time.Parse(c[0], c[1])
		if err != nil {
			pc.Err = bs(err.Error())
		} else {
			e := enc(t)
			pc.T = &e
			pc.S = bs(t.String())
		}
		out = append(out, pc)
	}
	// ParseInLocation on zone-related cases
	locs := []struct {
		name string
		loc  *time.Location
	}{{"UTC", time.UTC}, {"Local", time.Local}, {"CET", cet}, {"minus1", minus1}}
	for _, c := range cases {
		if c[0] != time.RFC3339 && c[0] != time.RFC1123 && c[0] != "2006-01-02 15:04:05 -0700 MST" && c[0] != "2006-01-02" {
			continue
		}
		for _, l := range locs {
			pc := parseCase{Layout: bs(c[0]), Value: bs(c[1]), In: l.name}
			t, err := time.ParseInLocation(c[0], c[1], l.loc)
			if err != nil {
				pc.Err = bs(err.Error())
			} else {
				e := enc(t)
				pc.T = &e
				pc.S = bs(t.String())
			}
			out = append(out, pc)
		}
	}
	os.Stdout.WriteString("[\n")
	for i, c := range out {
		b, err := json.Marshal(c)
		if err != nil {
			panic(err)
		}
		os.Stdout.Write(b)
		if i < len(out)-1 {
			os.Stdout.WriteString(",")
		}
		os.Stdout.WriteString("\n")
	}
	os.Stdout.WriteString("]\n")
}
