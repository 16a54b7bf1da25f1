package main

// Go 1.19 twin of errgroup_ctx.go: errgroup.Group rebuilt from a WaitGroup, a
// Once for the first error and a cancel function; the cause is the first error.

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type group struct {
	cancel  func()
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
}

func withContext(ctx context.Context) (*group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &group{cancel: cancel}, ctx
}

func (g *group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel()
				}
			})
		}
	}()
}

func (g *group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel()
	}
	return g.err
}

func main() {
	start := time.Now()
	g, ctx := withContext(context.Background())
	tasks := []struct {
		name string
		cost time.Duration
		fail bool
	}{{"users", 30 * time.Millisecond, false}, {"orders", 50 * time.Millisecond, true}, {"stock", 200 * time.Millisecond, false}, {"prices", 80 * time.Millisecond, true}}
	for _, t := range tasks {
		t := t
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
	fmt.Println("cause:", g.err)

	var plain group
	results := make([]int, 5)
	for i := range results {
		i := i
		plain.Go(func() error {
			time.Sleep(time.Duration(5-i) * time.Millisecond)
			results[i] = i * i
			return nil
		})
	}
	fmt.Println("plain group:", plain.Wait(), results)
}
