// golden: by hand (Go 1.22+ semantics)
package main

import (
	"fmt"
	"time"
)

// Go 1.20 layout constants time.DateTime, time.DateOnly, time.TimeOnly.
func main() {
	t := time.Date(2024, time.March, 5, 14, 7, 9, 0, time.UTC)
	fmt.Println(t.Format(time.DateTime))
	fmt.Println(t.Format(time.DateOnly))
	fmt.Println(t.Format(time.TimeOnly))
	fmt.Println(time.DateTime, "|", time.DateOnly, "|", time.TimeOnly)
	p, err := time.Parse(time.DateTime, "2023-12-31 23:59:59")
	fmt.Println(p, err)
	d, _ := time.Parse(time.DateOnly, "2000-02-29")
	fmt.Println(d.Weekday(), d.YearDay())
	fmt.Println(time.Now().Format(time.DateTime))
}
