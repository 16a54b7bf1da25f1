package main

import (
	"errors"
	"fmt"
	"time"
)

type State int

const (
	Closed State = iota
	Open
	HalfOpen
)

func (s State) String() string { return [...]string{"closed", "open", "half-open"}[s] }

type Breaker struct {
	state    State
	failures int
	maxFail  int
	cooldown time.Duration
	openedAt time.Time
}

var ErrOpen = errors.New("circuit open")

func (b *Breaker) set(s State) {
	if b.state != s {
		fmt.Printf("    breaker: %v -> %v\n", b.state, s)
		b.state = s
	}
}

func (b *Breaker) Call(f func() error) error {
	if b.state == Open {
		if time.Since(b.openedAt) < b.cooldown {
			return ErrOpen
		}
		b.set(HalfOpen)
	}
	err := f()
	if err != nil {
		b.failures++
		if b.state == HalfOpen || b.failures >= b.maxFail {
			b.set(Open)
			b.openedAt = time.Now()
		}
		return err
	}
	b.failures = 0
	b.set(Closed)
	return nil
}

func main() {
	start := time.Now()
	b := &Breaker{maxFail: 3, cooldown: 500 * time.Millisecond}
	healthyAfter := start.Add(1200 * time.Millisecond)
	service := func() error {
		time.Sleep(20 * time.Millisecond)
		if time.Now().Before(healthyAfter) {
			return errors.New("503")
		}
		return nil
	}
	for i := 0; i < 14; i++ {
		err := b.Call(service)
		fmt.Printf("%5dms call %2d: err=%v state=%v\n", time.Since(start).Milliseconds(), i, err, b.state)
		time.Sleep(100 * time.Millisecond)
	}
}
