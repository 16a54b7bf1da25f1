package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	ms := func() int64 { return time.Since(start).Milliseconds() }
	bucket := make(chan int, 3)
	leak := time.NewTicker(40 * time.Millisecond)
	defer leak.Stop()
	done := make(chan bool)
	go func() {
		handled := 0
		for handled < 6 {
			<-leak.C
			select {
			case r := <-bucket:
				handled++
				fmt.Printf("%3d leak: processed request %d (left %d)\n", ms(), r, len(bucket))
			default:
				fmt.Printf("%3d leak: bucket empty\n", ms())
			}
		}
		done <- true
	}()
	gaps := []int{0, 5, 5, 5, 5, 50, 12, 150, 5}
	dropped := 0
	for i, g := range gaps {
		time.Sleep(time.Duration(g) * time.Millisecond)
		select {
		case bucket <- i:
			fmt.Printf("%3d request %d accepted (level %d)\n", ms(), i, len(bucket))
		default:
			dropped++
			fmt.Printf("%3d request %d overflows\n", ms(), i)
		}
	}
	<-done
	fmt.Println("dropped:", dropped, "end:", ms())
}
