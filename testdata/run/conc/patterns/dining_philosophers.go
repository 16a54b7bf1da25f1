package main

import (
	"fmt"
	"sync"
	"time"
)

type fork struct{ sync.Mutex }

type philosopher struct {
	name        string
	left, right *fork
}

func (p philosopher) dine(meals int, think time.Duration, start time.Time, wg *sync.WaitGroup) {
	defer wg.Done()
	for m := 1; m <= meals; m++ {
		time.Sleep(think)
		p.left.Lock()
		p.right.Lock()
		fmt.Printf("%4dms %s eats meal %d\n", time.Since(start).Milliseconds(), p.name, m)
		time.Sleep(50 * time.Millisecond)
		p.right.Unlock()
		p.left.Unlock()
		fmt.Printf("%4dms %s puts forks down\n", time.Since(start).Milliseconds(), p.name)
	}
}

func main() {
	start := time.Now()
	names := []string{"Plato", "Kant", "Hume", "Locke", "Marx"}
	forks := make([]*fork, len(names))
	for i := range forks {
		forks[i] = new(fork)
	}
	var wg sync.WaitGroup
	for i, name := range names {
		left, right := forks[i], forks[(i+1)%len(forks)]
		if i == len(names)-1 {
			left, right = right, left // lowest-numbered fork first avoids deadlock
		}
		wg.Add(1)
		go philosopher{name, left, right}.dine(2, time.Duration(10+i*7)*time.Millisecond, start, &wg)
	}
	wg.Wait()
	fmt.Println("everyone has eaten at", time.Since(start))
}
