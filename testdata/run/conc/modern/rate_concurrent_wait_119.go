package main

// Go 1.19 twin of rate_concurrent_wait.go: a mutex-guarded token bucket where
// each waiter reserves a future token and then sleeps on a timer.

import (
	"fmt"
	"sync"
	"time"
)

type limiter struct {
	mu        sync.Mutex
	perSecond float64
	burst     int
	tokens    float64
	last      time.Time
	started   bool
}

func (l *limiter) reserve(now time.Time, n int, max time.Duration) (time.Duration, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	t := float64(l.burst)
	if l.started {
		t = l.tokens + now.Sub(l.last).Seconds()*l.perSecond
		if t > float64(l.burst) {
			t = float64(l.burst)
		}
	}
	t -= float64(n)
	var wait time.Duration
	if t < 0 {
		wait = time.Duration(-t / l.perSecond * 1e9)
	}
	if n > l.burst || wait > max {
		return 0, false
	}
	l.tokens, l.last, l.started = t, now, true
	return wait, true
}

func (l *limiter) Wait() {
	d, _ := l.reserve(time.Now(), 1, time.Duration(1<<63-1))
	if d > 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		<-t.C
	}
}

func main() {
	start := time.Now()
	lim := &limiter{perSecond: 20, burst: 2}
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		i := i
		wg.Add(1)
		go func() {
			defer wg.Done()
			lim.Wait()
			fmt.Printf("client %d proceeds at %v\n", i, time.Since(start))
		}()
	}
	wg.Wait()
	now := time.Now()
	d, ok := lim.reserve(now, 2, time.Duration(1<<63-1))
	fmt.Println("ReserveN(2):", ok, d)
	_, ok3 := lim.reserve(time.Now(), 3, time.Duration(1<<63-1))
	fmt.Println("ReserveN(3):", ok3)
	_, allowed := lim.reserve(time.Now(), 1, 0)
	fmt.Println("Allow:", allowed, "at", time.Since(start))
	time.Sleep(d)
	fmt.Println("slept until", time.Since(start))
}
