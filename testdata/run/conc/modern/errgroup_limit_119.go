package main

// Go 1.19 twin of errgroup_limit.go: SetLimit is a buffered channel of tokens
// taken before the goroutine starts and given back when it ends.

import (
	"fmt"
	"sync"
	"time"
)

type group struct {
	wg      sync.WaitGroup
	sem     chan struct{}
	errOnce sync.Once
	err     error
}

func (g *group) done() {
	if g.sem != nil {
		<-g.sem
	}
	g.wg.Done()
}

func (g *group) run(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.done()
		if err := f(); err != nil {
			g.errOnce.Do(func() { g.err = err })
		}
	}()
}

func (g *group) Go(f func() error) {
	if g.sem != nil {
		g.sem <- struct{}{}
	}
	g.run(f)
}

func (g *group) TryGo(f func() error) bool {
	if g.sem != nil {
		select {
		case g.sem <- struct{}{}:
		default:
			return false
		}
	}
	g.run(f)
	return true
}

func (g *group) Wait() error {
	g.wg.Wait()
	return g.err
}

func main() {
	start := time.Now()
	ms := func() int64 { return time.Since(start).Milliseconds() }
	var g group
	g.sem = make(chan struct{}, 2)
	for i := 1; i <= 5; i++ {
		i := i
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
