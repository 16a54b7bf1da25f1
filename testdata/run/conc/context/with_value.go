package main

import (
	"context"
	"fmt"
	"sync"
)

type ctxKey string

type userKey struct{}

func handle(ctx context.Context, wg *sync.WaitGroup) {
	defer wg.Done()
	id, _ := ctx.Value(ctxKey("request-id")).(string)
	user, ok := ctx.Value(userKey{}).(string)
	if !ok {
		user = "anonymous"
	}
	fmt.Printf("request %s by %s, trace=%v\n", id, user, ctx.Value(ctxKey("trace")))
}

func main() {
	base := context.WithValue(context.Background(), ctxKey("trace"), true)
	var wg sync.WaitGroup
	for i, u := range []string{"ann", "", "bob"} {
		ctx := context.WithValue(base, ctxKey("request-id"), fmt.Sprintf("r-%d", i+1))
		if u != "" {
			ctx = context.WithValue(ctx, userKey{}, u)
		}
		wg.Add(1)
		go handle(ctx, &wg)
		wg.Wait()
	}
	shadow := context.WithValue(base, ctxKey("trace"), "overridden")
	fmt.Println(shadow.Value(ctxKey("trace")), base.Value(ctxKey("trace")))
	fmt.Println(shadow.Value("trace"), shadow.Value(ctxKey("missing")))
	cctx, cancel := context.WithCancel(shadow)
	cancel()
	fmt.Println("values survive cancel:", cctx.Value(ctxKey("trace")), cctx.Err())
}
