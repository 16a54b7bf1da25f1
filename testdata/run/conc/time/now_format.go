package main

import (
	"fmt"
	"time"
)

func main() {
	t0 := time.Now()
	fmt.Println(t0.UTC())
	fmt.Println(t0.Format(time.RFC3339))
	fmt.Println(t0.Format(time.RFC1123))
	fmt.Println(t0.Format("2006-01-02 15:04:05.000"), t0.Weekday(), t0.YearDay())
	fmt.Println(t0.Unix(), t0.UnixNano(), t0.UnixMilli())
	time.Sleep(90 * time.Minute)
	t1 := time.Now()
	fmt.Println(t1.Format(time.Kitchen), t1.Format("Mon Jan 2 15:04:05 2006"))
	fmt.Println("day changed:", t1.Day() != t0.Day(), t1.Day())
	time.Sleep(1500 * time.Millisecond)
	t2 := time.Now()
	fmt.Println(t2.Format(time.StampMilli))
	fmt.Println(t2.Sub(t0), t2.Sub(t0).Seconds(), t2.Sub(t0).Minutes())
	fmt.Println(t2.After(t1), t1.Before(t0), t2.Equal(t2))
	time.Sleep(72 * time.Hour)
	t3 := time.Now()
	fmt.Println(t3.Format("2006-01-02"), t3.Weekday(), t3.Sub(t0).Hours())
	fmt.Println(t3.Truncate(time.Hour).Format(time.RFC3339), t3.Round(24*time.Hour).Format(time.RFC3339))
	d := time.Until(t3.Add(5 * time.Second))
	fmt.Println("until:", d)
	fmt.Println(t3.Add(-time.Since(t0)).Equal(t0))
}
