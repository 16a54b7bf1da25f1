// context cancellation and deadlines, sync/atomic counters, timers.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func slowOp(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

type key string

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	err := slowOp(ctx, time.Second)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))
	fmt.Println(slowOp(context.Background(), time.Millisecond))

	ctx2, cancel2 := context.WithCancel(context.Background())
	go func() {
		time.Sleep(10 * time.Millisecond)
		cancel2()
	}()
	<-ctx2.Done()
	fmt.Println(ctx2.Err())

	vctx := context.WithValue(context.Background(), key("user"), "ana")
	if u, ok := vctx.Value(key("user")).(string); ok {
		fmt.Println("user", u)
	}

	var hits int64
	var ops atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&hits, 2)
			ops.Add(1)
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&hits), ops.Load())

	var flag int32
	if atomic.CompareAndSwapInt32(&flag, 0, 1) {
		fmt.Println("swapped", atomic.LoadInt32(&flag))
	}

	timer := time.NewTimer(time.Hour)
	if timer.Stop() {
		fmt.Println("stopped before firing")
	}
	fired := make(chan bool, 1)
	time.AfterFunc(5*time.Millisecond, func() { fired <- true })
	fmt.Println(<-fired)
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	fmt.Println(time.Since(start) >= 20*time.Millisecond)
}
