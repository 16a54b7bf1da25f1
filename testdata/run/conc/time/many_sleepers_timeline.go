package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	done := make(chan bool)
	names := []string{"alpha", "beta", "gamma"}
	periods := []time.Duration{70, 110, 160}
	for i := range names {
		go func(name string, p time.Duration) {
			for k := 1; k <= 3; k++ {
				time.Sleep(p * time.Millisecond)
				fmt.Printf("%-5s beat %d at %4dms\n", name, k, time.Since(start).Milliseconds())
			}
			done <- true
		}(names[i], periods[i])
	}
	for range names {
		<-done
	}
	fmt.Println("finished at", time.Since(start))
}
