package main

// Go 1.19 twin of slices_maps_results.go: sorted map keys and slice helpers
// written with package sort.

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type result struct {
	host    string
	latency time.Duration
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func main() {
	hosts := map[string]int{"eu-1": 40, "us-2": 15, "ap-3": 70, "us-1": 25, "eu-2": 55}
	ch := make(chan result)
	var wg sync.WaitGroup
	for _, h := range sortedKeys(hosts) {
		h := h
		wg.Add(1)
		go func() {
			defer wg.Done()
			start := time.Now()
			time.Sleep(time.Duration(hosts[h]) * time.Millisecond)
			ch <- result{h, time.Since(start)}
		}()
	}
	go func() { wg.Wait(); close(ch) }()
	var arrivals []string
	var all []result
	for r := range ch {
		arrivals = append(arrivals, r.host)
		all = append(all, r)
	}
	fmt.Println("arrival order:", arrivals)
	sort.Slice(all, func(i, j int) bool { return all[i].latency > all[j].latency })
	fmt.Println("slowest first:", all)
	max, min := all[0].latency, all[len(all)-1].latency
	fmt.Println("max:", max, "min:", min)
	pos := -1
	for i, h := range arrivals {
		if h == "us-1" {
			pos = i
		}
	}
	fmt.Println("us-1 arrived at position", pos, false)
	byRegion := map[string][]string{}
	for _, h := range arrivals {
		byRegion[h[:2]] = append(byRegion[h[:2]], h)
	}
	for _, region := range sortedKeys(byRegion) {
		fmt.Println(region, byRegion[region])
	}
}
