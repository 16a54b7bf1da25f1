package main

// Go 1.19 twin of errgroup_pipeline.go: the same pipeline on a hand-built errgroup.

import (
	"context"
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
				g.cancel()
			})
		}
	}()
}

func (g *group) Wait() error {
	g.wg.Wait()
	g.cancel()
	return g.err
}

func main() {
	start := time.Now()
	ms := func() int64 { return time.Since(start).Milliseconds() }
	g, ctx := withContext(context.Background())
	paths := make(chan string)
	g.Go(func() error {
		defer close(paths)
		for i := 0; i < 10; i++ {
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
	for w := 0; w < 2; w++ {
		w := w
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
