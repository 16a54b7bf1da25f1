// golden: by hand (Go 1.22+ semantics)
package main

import (
	"context"
	"fmt"
	"time"

	"golang.org/x/time/rate"
)

func main() {
	start := time.Now()
	at := func() time.Duration { return time.Since(start) }
	ctx := context.Background()
	lim := rate.NewLimiter(rate.Every(100*time.Millisecond), 3)
	fmt.Println("limit:", lim.Limit(), "burst:", lim.Burst())
	for i := 1; i <= 6; i++ {
		if err := lim.Wait(ctx); err != nil {
			fmt.Println("wait error:", err)
		}
		fmt.Printf("request %d at %v\n", i, at())
	}
	time.Sleep(300 * time.Millisecond)
	for i := 1; i <= 4; i++ {
		fmt.Printf("Allow #%d at %v: %v\n", i, at(), lim.Allow())
	}
	r := lim.Reserve()
	fmt.Println("reservation ok:", r.OK(), "delay:", r.Delay())
	r.Cancel()
	fmt.Println("cancelled reservation; Allow:", lim.Allow())
	short, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	fmt.Println("short ctx:", lim.Wait(short), "at", at())
	fmt.Println("too many:", lim.WaitN(ctx, 5))
	if err := lim.Wait(ctx); err == nil {
		fmt.Println("waited until", at())
	}
}
