// golden: by hand (Go 1.22+ semantics)
package main

import (
	"context"
	"fmt"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

func main() {
	start := time.Now()
	lim := rate.NewLimiter(rate.Every(50*time.Millisecond), 2)
	var wg sync.WaitGroup
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := lim.Wait(context.Background()); err != nil {
				fmt.Println(i, err)
				return
			}
			fmt.Printf("client %d proceeds at %v\n", i, time.Since(start))
		}()
	}
	wg.Wait()
	// a reservation made now for 3 tokens must wait for the debt to be paid
	r := lim.ReserveN(time.Now(), 2)
	fmt.Println("ReserveN(2):", r.OK(), r.Delay())
	fmt.Println("ReserveN(3):", lim.ReserveN(time.Now(), 3).OK())
	fmt.Println("Allow:", lim.Allow(), "at", time.Since(start))
	time.Sleep(r.Delay())
	fmt.Println("slept until", time.Since(start))
}
