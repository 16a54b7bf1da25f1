package main

import (
	"fmt"
	"time"
)

func main() {
	now := time.Now()
	t := now.UTC()
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	fmt.Println(t.Unix(), t.UnixNano(), t.UnixMilli())
	for _, layout := range []string{time.RFC3339, time.RFC1123, time.Kitchen, time.ANSIC, "2006-01-02", "02/01/06 15:04:05.000", "Mon Jan _2 3:04PM MST", "2006-01-02T15:04:05.999999999Z07:00"} {
		fmt.Println(t.Format(layout))
	}
	later := t.Add(90*time.Minute + 1500*time.Millisecond)
	fmt.Println(later, later.Sub(t), t.Sub(later), later.After(t), later.Before(t), t.Equal(t))
	fmt.Println(t.AddDate(0, 1, 25).Format("2006-01-02 Mon"), t.AddDate(-1, 0, 0).Weekday())
	fmt.Println(later.Truncate(time.Hour), later.Round(time.Hour), later.Truncate(24*time.Hour))
	y, w := t.ISOWeek()
	fmt.Println(y, w)
	d := time.Date(2024, time.February, 29, 12, 30, 0, 0, time.UTC)
	fmt.Println(d, d.Weekday(), d.YearDay(), d.AddDate(1, 0, 0))
	fmt.Println(time.Date(2023, 13, 1, 0, 0, 0, 0, time.UTC), time.Date(2023, 3, 0, 0, 0, 0, 0, time.UTC).Day())
	p, err := time.Parse("2006-01-02 15:04", "2021-07-04 09:15")
	fmt.Println(p, err, p.Sub(t).Hours())
	_, err = time.Parse("2006-01-02", "2021-13-04")
	fmt.Println(err)
	start := time.Now()
	time.Sleep(3 * time.Second)
	fmt.Println("slept", time.Since(start), time.Now().Sub(now))
	var zero time.Time
	fmt.Println(zero.IsZero(), zero, zero.Unix())
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(1e9, 5).UTC())
	fmt.Println(time.January, time.December, time.Saturday, time.Month(13))
}
