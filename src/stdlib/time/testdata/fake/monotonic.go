//go:build ignore

// The monotonic reading in fake time: printing, Add past its range, Sub and
// Since/Until on monotonic times. Expected output: monotonic.out, made with
// /work/shared/tools/go-fake-run monotonic.go > monotonic.out
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Now()
	fmt.Println(t)
	fmt.Println(t.Add(-5e9))
	fmt.Println(t.Add(1234567890123456789))
	fmt.Println(t.Add(9223372036854775807))
	fmt.Println(t.Add(-9223372036854775807))
	u := t.Add(1234567890123456789)
	fmt.Println(u.Sub(t), t.Sub(u), time.Since(u), time.Until(u))
	fmt.Println(t.Add(100*365*24*time.Hour), t.Add(200*365*24*time.Hour))
	fmt.Println(t.Add(-100*365*24*time.Hour), t.Add(-130*365*24*time.Hour))
	fmt.Println(t.Round(0), t.UTC(), t.Local(), t.In(time.UTC), t.Truncate(time.Hour))
	fmt.Println(t == t.Round(0), t.Equal(t.Round(0)), t.Round(0) == t.Round(0).Local(), t.Round(0) == t.Round(0).UTC())
	time.Sleep(1500 * time.Millisecond)
	n := time.Now()
	fmt.Println(n)
	fmt.Println(time.Since(t), time.Until(t), n.Sub(t), t.Sub(n), n.After(t), n.Before(t))
	fmt.Println(time.Since(t.Round(0)), time.Until(t.Round(0)), n.Sub(t.Round(0)))
	fmt.Printf("%v|%s|%d\n", time.Since(t), time.Since(t), time.Since(t))
}
