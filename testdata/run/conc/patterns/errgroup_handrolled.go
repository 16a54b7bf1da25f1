package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// Group mirrors golang.org/x/sync/errgroup with WithContext: the first error
// cancels the context and is returned by Wait.
type Group struct {
	cancel  func()
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) Go(f func() error) {
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

func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel()
	}
	return g.err
}

func main() {
	start := time.Now()
	g, ctx := WithContext(context.Background())
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
}
