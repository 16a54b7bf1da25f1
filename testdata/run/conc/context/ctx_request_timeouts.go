package main

import (
	"context"
	"fmt"
	"time"
)

func fetch(ctx context.Context, url string, latency time.Duration) (string, error) {
	result := make(chan string, 1)
	go func() {
		time.Sleep(latency)
		result <- "body of " + url
	}()
	select {
	case r := <-result:
		return r, nil
	case <-ctx.Done():
		return "", fmt.Errorf("fetch %s: %w", url, ctx.Err())
	}
}

func main() {
	start := time.Now()
	overall, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer cancel()
	urls := []struct {
		url     string
		latency time.Duration
	}{
		{"/a", 50 * time.Millisecond},
		{"/b", 250 * time.Millisecond},
		{"/c", 120 * time.Millisecond},
		{"/d", 180 * time.Millisecond},
		{"/e", 10 * time.Millisecond},
	}
	for _, u := range urls {
		ctx, cancelReq := context.WithTimeout(overall, 200*time.Millisecond)
		body, err := fetch(ctx, u.url, u.latency)
		cancelReq()
		if err != nil {
			fmt.Printf("%4dms error: %v\n", time.Since(start).Milliseconds(), err)
			continue
		}
		fmt.Printf("%4dms ok: %s\n", time.Since(start).Milliseconds(), body)
	}
}
