package main

import (
	"context"
	"fmt"
	"time"
)

func watch(name string, ctx context.Context, done chan<- string) {
	<-ctx.Done()
	done <- fmt.Sprintf("%s stopped: %v", name, ctx.Err())
}

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	child, cancelChild := context.WithCancel(root)
	grandchild, cancelGrand := context.WithCancel(child)
	sibling, cancelSibling := context.WithCancel(root)
	defer cancelGrand()
	defer cancelSibling()
	fmt.Println("before:", root.Err(), child.Err(), grandchild.Err(), sibling.Err())

	done := make(chan string, 4)
	go watch("grandchild", grandchild, done)
	go watch("child", child, done)
	time.Sleep(10 * time.Millisecond)
	cancelChild()
	fmt.Println(<-done)
	fmt.Println(<-done)
	fmt.Println("after child cancel:", root.Err(), child.Err(), grandchild.Err(), sibling.Err())
	cancelChild()
	fmt.Println("second cancel is a no-op:", child.Err())

	go watch("sibling", sibling, done)
	time.Sleep(10 * time.Millisecond)
	cancelRoot()
	fmt.Println(<-done)
	fmt.Println("after root cancel:", root.Err(), sibling.Err())
	select {
	case <-root.Done():
		fmt.Println("root.Done() is closed")
	default:
		fmt.Println("root.Done() still open")
	}
	fmt.Println(context.Background().Err(), context.Background().Done() == nil)
	fmt.Println(context.Background(), context.TODO())
}
