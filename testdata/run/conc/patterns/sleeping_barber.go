package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	ms := func() int64 { return time.Since(start).Milliseconds() }
	waiting := make(chan int, 2) // two chairs in the waiting room
	closing := make(chan bool)
	done := make(chan bool)
	go func() {
		for {
			select {
			case c := <-waiting:
				fmt.Printf("%3d barber cuts customer %d\n", ms(), c)
				time.Sleep(43 * time.Millisecond)
				fmt.Printf("%3d barber finished customer %d\n", ms(), c)
			case <-closing:
				fmt.Printf("%3d barber goes home\n", ms())
				done <- true
				return
			default:
				fmt.Printf("%3d barber sleeps\n", ms())
				var c int
				select {
				case c = <-waiting:
				case <-closing:
					fmt.Printf("%3d barber goes home from his nap\n", ms())
					done <- true
					return
				}
				fmt.Printf("%3d customer %d wakes the barber\n", ms(), c)
				time.Sleep(43 * time.Millisecond)
				fmt.Printf("%3d barber finished customer %d\n", ms(), c)
			}
		}
	}()
	arrivals := []int{10, 20, 5, 5, 5, 100, 10, 15}
	turnedAway := 0
	for i, gap := range arrivals {
		time.Sleep(time.Duration(gap) * time.Millisecond)
		select {
		case waiting <- i + 1:
			fmt.Printf("%3d customer %d sits down (%d waiting)\n", ms(), i+1, len(waiting))
		default:
			turnedAway++
			fmt.Printf("%3d customer %d leaves, no free chair\n", ms(), i+1)
		}
	}
	time.Sleep(200 * time.Millisecond)
	closing <- true
	<-done
	fmt.Println("turned away:", turnedAway)
}
