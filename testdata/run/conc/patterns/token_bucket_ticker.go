package main

import (
	"fmt"
	"time"
)

// Limiter is a token bucket refilled by a time.Ticker: rate tokens per second,
// at most burst tokens stored.
type Limiter struct {
	tokens chan struct{}
	stop   chan struct{}
}

func NewLimiter(every time.Duration, burst int) *Limiter {
	l := &Limiter{tokens: make(chan struct{}, burst), stop: make(chan struct{})}
	for i := 0; i < burst; i++ {
		l.tokens <- struct{}{}
	}
	go func() {
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				select {
				case l.tokens <- struct{}{}:
				default:
				}
			case <-l.stop:
				return
			}
		}
	}()
	return l
}

func (l *Limiter) Wait()       { <-l.tokens }
func (l *Limiter) Allow() bool {
	select {
	case <-l.tokens:
		return true
	default:
		return false
	}
}

func main() {
	start := time.Now()
	l := NewLimiter(100*time.Millisecond, 3)
	for i := 1; i <= 6; i++ {
		l.Wait()
		fmt.Printf("request %d at %v\n", i, time.Since(start))
	}
	time.Sleep(450 * time.Millisecond)
	allowed := 0
	for i := 0; i < 6; i++ {
		if l.Allow() {
			allowed++
		}
	}
	fmt.Println("after idle 450ms, Allow succeeded", allowed, "times at", time.Since(start))
	close(l.stop)
}
