// Go programs and their traces for the stage views' tests (run in-process on
// the real engine). Test-only: nothing in the app imports this file.
import { Session } from '../../engine/session.js';
import type { TraceEvent } from '../../trace/schema.js';

export function traceOf(src: string, seed = 1): TraceEvent[] {
  const events: TraceEvent[] = [];
  const s = Session.start([{ name: 'prog.go', text: src }], { seed, onEvent: (e) => events.push(e) });
  const end = s.runToEnd();
  if (end.kind === 'compile-error') throw new Error(`compile error: ${JSON.stringify(end.lines)}`);
  return events;
}

export const workerPool = `package main

import (
	"fmt"
	"sync"
	"time"
)

func worker(id int, jobs <-chan int, results chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		time.Sleep(10 * time.Millisecond)
		results <- j * j
	}
}

func main() {
	jobs := make(chan int, 2)
	results := make(chan int, 5)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 1; j <= 5; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	for r := range results {
		fmt.Println(r)
	}
}
`;

export const pipeline = `package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func main() {
	for v := range sq(gen(1, 2, 3)) {
		fmt.Println(v)
	}
}
`;

export const selectOnce = `package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	a := make(chan int)
	var once sync.Once
	var mu sync.Mutex
	go func() { time.Sleep(5 * time.Millisecond); a <- 1 }()
	go func() { mu.Lock(); time.Sleep(time.Millisecond); mu.Unlock() }()
	select {
	case v := <-a:
		fmt.Println(v)
	case <-time.After(time.Second):
	}
	once.Do(func() {})
	mu.Lock()
}
`;

export const onceContended = `package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var once sync.Once
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { time.Sleep(time.Millisecond); fmt.Println("init") })
		}()
	}
	wg.Wait()
}
`;

export const deadlock = `package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() { ch <- 1 }()
	fmt.Println(<-ch)
	ch <- 2
}
`;

export const mutexQueue = `package main

import (
	"sync"
	"time"
)

func contender(mu *sync.Mutex, wg *sync.WaitGroup) {
	defer wg.Done()
	mu.Lock()
	mu.Unlock()
}

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	mu.Lock()
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go contender(&mu, &wg)
	}
	time.Sleep(time.Millisecond)
	mu.Unlock()
	wg.Wait()
}
`;

export const timers = `package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	tick := time.NewTicker(10 * time.Millisecond)
	tm := time.NewTimer(35 * time.Millisecond)
	var rw sync.RWMutex
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	time.AfterFunc(5*time.Millisecond, func() { fmt.Println("af") })
	for i := 0; i < 2; i++ {
		go func() {
			rw.RLock()
			time.Sleep(time.Millisecond)
			rw.RUnlock()
			mu.Lock()
			for !ready {
				cond.Wait()
			}
			mu.Unlock()
		}()
	}
loop:
	for {
		select {
		case <-tick.C:
			fmt.Println("tick")
		case <-tm.C:
			break loop
		}
	}
	tick.Stop()
	rw.Lock()
	rw.Unlock()
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	time.Sleep(time.Millisecond)
}
`;

/** 200 goroutines on 20 stages of 10 workers, 21 buffered channels. */
export const big = `package main

import (
	"fmt"
	"sync"
	"time"
)

func stage(in <-chan int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for v := range in {
		time.Sleep(time.Millisecond)
		out <- v + 1
	}
}

func main() {
	chans := make([]chan int, 21)
	for i := range chans {
		chans[i] = make(chan int, 4)
	}
	wgs := make([]sync.WaitGroup, 20)
	for s := 0; s < 20; s++ {
		for w := 0; w < 10; w++ {
			wgs[s].Add(1)
			go stage(chans[s], chans[s+1], &wgs[s])
		}
	}
	go func() {
		for i := 0; i < 30; i++ {
			chans[0] <- i
		}
		close(chans[0])
	}()
	for s := 0; s < 20; s++ {
		go func(s int) { wgs[s].Wait(); close(chans[s+1]) }(s)
	}
	sum := 0
	for v := range chans[20] {
		sum += v
	}
	fmt.Println(sum)
}
`;
