package main

import (
	"context"
	"fmt"
	"time"
)

func step(ctx context.Context, name string) error {
	if err := ctx.Err(); err != nil {
		fmt.Println("skip", name, "because", err)
		return err
	}
	fmt.Println("run", name, "at", time.Since(start))
	time.Sleep(40 * time.Millisecond)
	return nil
}

var start = time.Now()

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		time.Sleep(100 * time.Millisecond)
		fmt.Println("cancelling at", time.Since(start))
		cancel()
	}()
	for _, s := range []string{"fetch", "parse", "store", "index", "notify"} {
		if err := step(ctx, s); err != nil {
			break
		}
	}
	fmt.Printf("%v %q\n", ctx, ctx.Err())
	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Second)
	fmt.Println(ctx2)
	cancel2()
}
