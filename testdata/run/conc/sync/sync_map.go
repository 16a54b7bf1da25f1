package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m.Store(fmt.Sprintf("k%02d", i), i*i)
		}(i)
	}
	wg.Wait()
	v, ok := m.Load("k03")
	fmt.Println("Load k03:", v, ok)
	v, ok = m.Load("missing")
	fmt.Println("Load missing:", v, ok)
	actual, loaded := m.LoadOrStore("k03", 1000)
	fmt.Println("LoadOrStore existing:", actual, loaded)
	actual, loaded = m.LoadOrStore("new", 7)
	fmt.Println("LoadOrStore new:", actual, loaded)
	v, loaded = m.LoadAndDelete("k05")
	fmt.Println("LoadAndDelete k05:", v, loaded)
	v, loaded = m.LoadAndDelete("k05")
	fmt.Println("LoadAndDelete again:", v, loaded)
	m.Delete("k09")
	var keys []string
	sum := 0
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(string))
		sum += v.(int)
		return true
	})
	sort.Strings(keys)
	fmt.Println(len(keys), "keys:", keys)
	fmt.Println("sum:", sum)
	n := 0
	m.Range(func(k, v any) bool {
		n++
		return n < 3
	})
	fmt.Println("stopped after", n)
}
