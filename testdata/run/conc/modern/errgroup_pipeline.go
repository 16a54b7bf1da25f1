// golden: by hand (Go 1.22+ semantics)
package main

import (
	"context"
	"fmt"
	"time"

	"golang.org/x/sync/errgroup"
)

func main() {
	start := time.Now()
	ms := func() int64 { return time.Since(start).Milliseconds() }
	g, ctx := errgroup.WithContext(context.Background())
	paths := make(chan string)
	g.Go(func() error {
		defer close(paths)
		for i := range 10 {
			select {
			case paths <- fmt.Sprintf("file%02d", i):
			case <-ctx.Done():
				fmt.Printf("%3d walker stops: %v\n", ms(), ctx.Err())
				return ctx.Err()
			}
		}
		return nil
	})
	sums := make(chan string)
	for w := range 2 {
		g.Go(func() error {
			for p := range paths {
				time.Sleep(time.Duration(15+w*10) * time.Millisecond)
				if p == "file05" {
					return fmt.Errorf("worker %d: %s is corrupt", w, p)
				}
				if err := ctx.Err(); err != nil {
					fmt.Printf("%3d worker %d drops %s: %v\n", ms(), w, p, err)
					return err
				}
				select {
				case sums <- fmt.Sprintf("%s by worker %d", p, w):
				case <-ctx.Done():
					return ctx.Err()
				}
			}
			return nil
		})
	}
	go func() {
		g.Wait()
		close(sums)
	}()
	for s := range sums {
		fmt.Printf("%3d %s\n", ms(), s)
	}
	fmt.Printf("%3d result: %v\n", ms(), g.Wait())
}
