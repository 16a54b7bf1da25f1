// golden: by hand (Go 1.22+ semantics)
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"sync"
	"time"
)

type result struct {
	host    string
	latency time.Duration
}

func main() {
	hosts := map[string]int{"eu-1": 40, "us-2": 15, "ap-3": 70, "us-1": 25, "eu-2": 55}
	ch := make(chan result)
	var wg sync.WaitGroup
	for _, h := range slices.Sorted(maps.Keys(hosts)) {
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
	slices.SortFunc(all, func(a, b result) int { return cmp.Compare(b.latency, a.latency) })
	fmt.Println("slowest first:", all)
	lat := make([]time.Duration, 0, len(all))
	for _, r := range all {
		lat = append(lat, r.latency)
	}
	fmt.Println("max:", slices.Max(lat), "min:", slices.Min(lat))
	fmt.Println("us-1 arrived at position", slices.Index(arrivals, "us-1"), slices.Contains(arrivals, "sa-1"))
	byRegion := map[string][]string{}
	for _, h := range arrivals {
		byRegion[h[:2]] = append(byRegion[h[:2]], h)
	}
	for _, region := range slices.Sorted(maps.Keys(byRegion)) {
		fmt.Println(region, byRegion[region])
	}
}
