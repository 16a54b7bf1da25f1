// golden: by hand (Go 1.22+ semantics)
package main

import (
	"fmt"
	"time"

	"golang.org/x/sync/errgroup"
)

func main() {
	start := time.Now()
	ms := func() int64 { return time.Since(start).Milliseconds() }
	var g errgroup.Group
	g.SetLimit(2)
	for i := 1; i <= 5; i++ {
		fmt.Printf("%3d submitting job %d\n", ms(), i)
		g.Go(func() error {
			fmt.Printf("%3d   job %d starts\n", ms(), i)
			time.Sleep(time.Duration(i*20) * time.Millisecond)
			fmt.Printf("%3d   job %d ends\n", ms(), i)
			if i == 4 {
				return fmt.Errorf("job %d failed", i)
			}
			return nil
		})
	}
	ok := g.TryGo(func() error { return nil })
	fmt.Printf("%3d TryGo while full: %v\n", ms(), ok)
	err := g.Wait()
	fmt.Printf("%3d Wait: %v\n", ms(), err)
	ok = g.TryGo(func() error {
		fmt.Println("    extra job runs")
		return nil
	})
	fmt.Printf("%3d TryGo when idle: %v\n", ms(), ok)
	err = g.Wait()
	fmt.Printf("%3d Wait again: %v\n", ms(), err)
}
