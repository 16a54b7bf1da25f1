package main

import (
	"fmt"
	"sync"
	"time"
)

type Broker struct {
	mu   sync.Mutex
	subs map[string][]chan string
}

func (b *Broker) Subscribe(topic string, buf int) <-chan string {
	b.mu.Lock()
	defer b.mu.Unlock()
	ch := make(chan string, buf)
	b.subs[topic] = append(b.subs[topic], ch)
	return ch
}

func (b *Broker) Publish(topic, msg string) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	delivered := 0
	for _, ch := range b.subs[topic] {
		select {
		case ch <- msg:
			delivered++
		default: // slow subscriber: drop
		}
	}
	return delivered
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, topic := range []string{"sports", "news"} {
		for _, ch := range b.subs[topic] {
			close(ch)
		}
	}
}

func main() {
	b := &Broker{subs: map[string][]chan string{}}
	var wg sync.WaitGroup
	listen := func(name string, ch <-chan string, delay time.Duration) {
		defer wg.Done()
		for m := range ch {
			fmt.Printf("%s got %q\n", name, m)
			time.Sleep(delay)
		}
		fmt.Println(name, "unsubscribed")
	}
	wg.Add(3)
	go listen("fast-news", b.Subscribe("news", 4), time.Millisecond)
	go listen("slow-news", b.Subscribe("news", 1), 100*time.Millisecond)
	go listen("sports", b.Subscribe("sports", 4), time.Millisecond)
	for i := 1; i <= 4; i++ {
		fmt.Println("publish news", i, "delivered to", b.Publish("news", fmt.Sprint("headline ", i)))
		time.Sleep(10 * time.Millisecond)
	}
	fmt.Println("publish sports delivered to", b.Publish("sports", "goal!"))
	fmt.Println("publish weather delivered to", b.Publish("weather", "rain"))
	time.Sleep(300 * time.Millisecond)
	b.Close()
	wg.Wait()
}
