// golden: by hand (Go 1.22+ semantics)
package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"golang.org/x/sync/errgroup"
)

func main() {
	start := time.Now()
	g, ctx := errgroup.WithContext(context.Background())
	tasks := []struct {
		name string
		cost time.Duration
		fail bool
	}{{"users", 30 * time.Millisecond, false}, {"orders", 50 * time.Millisecond, true}, {"stock", 200 * time.Millisecond, false}, {"prices", 80 * time.Millisecond, true}}
	for _, t := range tasks {
		g.Go(func() error {
			select {
			case <-time.After(t.cost):
				if t.fail {
					fmt.Printf("%3dms %s fails\n", time.Since(start).Milliseconds(), t.name)
					return errors.New(t.name + " failed")
				}
				fmt.Printf("%3dms %s ok\n", time.Since(start).Milliseconds(), t.name)
				return nil
			case <-ctx.Done():
				fmt.Printf("%3dms %s cancelled: %v\n", time.Since(start).Milliseconds(), t.name, ctx.Err())
				return ctx.Err()
			}
		})
	}
	err := g.Wait()
	fmt.Printf("%3dms Wait returned: %v\n", time.Since(start).Milliseconds(), err)
	fmt.Println("cause:", context.Cause(ctx))

	var plain errgroup.Group
	results := make([]int, 5)
	for i := range results {
		plain.Go(func() error {
			time.Sleep(time.Duration(5-i) * time.Millisecond)
			results[i] = i * i
			return nil
		})
	}
	fmt.Println("plain group:", plain.Wait(), results)
}
