package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1000, 1500, time.Microsecond * 1500, time.Millisecond,
		2*time.Minute + 3500*time.Millisecond, time.Hour, 90 * time.Minute, -time.Second,
		-1500 * time.Millisecond, 1<<63 - 1, -1 << 63, 36*time.Hour + 1, 100 * time.Millisecond}
	for _, d := range ds {
		fmt.Println(int64(d), d, d.String())
	}
	d := 2*time.Hour + 45*time.Minute + 30*time.Second + 500*time.Millisecond
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println(d.Truncate(time.Hour), d.Round(time.Hour), d.Truncate(time.Minute), d.Round(time.Minute), d.Round(time.Second))
	fmt.Println(d.Round(0), d.Truncate(-1), (1500 * time.Millisecond).Round(time.Second), (2500 * time.Millisecond).Round(time.Second))
	fmt.Println((-1500 * time.Millisecond).Round(time.Second), (-1500 * time.Millisecond).Truncate(time.Second))
	fmt.Printf("%v %d %s %T %.1f\n", d, d, time.Second*2, d, d.Seconds())
	for _, s := range []string{"1h30m", "1.5s", "-2m3s", "300ms", "1us", "1µs", "2h45m30.5s", "bad", "1d", ""} {
		pd, err := time.ParseDuration(s)
		fmt.Println(s, pd, err)
	}
	fmt.Println(time.Duration(1.5*float64(time.Second)), time.Second/3, time.Minute/7)
	fmt.Println(d.Abs(), (-d).Abs())
	fmt.Println(time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour)
}
