package main

// Go 1.19 twin of rate_limiter.go: a token bucket holding a float count of
// tokens, refilled from the time elapsed since the last update, where a waiter
// reserves a future token and sleeps until it is due.

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type limiter struct {
	perSecond float64
	burst     int
	tokens    float64
	last      time.Time
	started   bool
}

func (l *limiter) refill(now time.Time) float64 {
	if !l.started {
		return float64(l.burst)
	}
	t := l.tokens + now.Sub(l.last).Seconds()*l.perSecond
	if t > float64(l.burst) {
		t = float64(l.burst)
	}
	return t
}

// reserve takes n tokens now or in the future; it fails if the wait would exceed max.
func (l *limiter) reserve(now time.Time, n int, max time.Duration) (time.Duration, bool) {
	t := l.refill(now) - float64(n)
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

func (l *limiter) WaitN(ctx context.Context, n int) error {
	if n > l.burst {
		return fmt.Errorf("rate: Wait(n=%d) exceeds limiter's burst %d", n, l.burst)
	}
	now := time.Now()
	max := time.Duration(1<<63 - 1)
	if d, ok := ctx.Deadline(); ok {
		max = d.Sub(now)
	}
	wait, ok := l.reserve(now, n, max)
	if !ok {
		return fmt.Errorf("rate: Wait(n=%d) would exceed context deadline", n)
	}
	if wait > 0 {
		t := time.NewTimer(wait)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
			return errors.New("unexpected")
		}
	}
	return nil
}

func main() {
	start := time.Now()
	at := func() time.Duration { return time.Since(start) }
	ctx := context.Background()
	lim := &limiter{perSecond: 10, burst: 3}
	fmt.Println("limit:", lim.perSecond, "burst:", lim.burst)
	for i := 1; i <= 6; i++ {
		if err := lim.WaitN(ctx, 1); err != nil {
			fmt.Println("wait error:", err)
		}
		fmt.Printf("request %d at %v\n", i, at())
	}
	time.Sleep(300 * time.Millisecond)
	for i := 1; i <= 4; i++ {
		_, ok := lim.reserve(time.Now(), 1, 0)
		fmt.Printf("Allow #%d at %v: %v\n", i, at(), ok)
	}
	// Reserve then Cancel: the token comes back, the bucket is empty again.
	delay, ok := lim.reserve(time.Now(), 1, time.Duration(1<<63-1))
	fmt.Println("reservation ok:", ok, "delay:", delay)
	lim.tokens++
	_, ok = lim.reserve(time.Now(), 1, 0)
	fmt.Println("cancelled reservation; Allow:", ok)
	short, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	fmt.Println("short ctx:", lim.WaitN(short, 1), "at", at())
	fmt.Println("too many:", lim.WaitN(ctx, 5))
	if err := lim.WaitN(ctx, 1); err == nil {
		fmt.Println("waited until", at())
	}
}
