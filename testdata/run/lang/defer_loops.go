package main

import (
	"fmt"
	"strings"
)

type resource struct{ name string }

func open(name string, log *[]string) *resource {
	*log = append(*log, "open "+name)
	return &resource{name}
}

func (r *resource) Close(log *[]string) { *log = append(*log, "close "+r.name) }

func processAll(names []string) (log []string) {
	for _, n := range names {
		r := open(n, &log)
		defer r.Close(&log) // runs at function end, in reverse
	}
	log = append(log, "processing")
	return log
}

func perIteration(names []string) (log []string) {
	for _, n := range names {
		func() {
			r := open(n, &log)
			defer r.Close(&log)
			log = append(log, "use "+n)
		}()
	}
	return
}

func countdown() (s string) {
	for i := 3; i > 0; i-- {
		defer func(n int) { s += fmt.Sprint(n) }(i)
	}
	return "go:"
}

func deferredNamed() (n int, err error) {
	defer func() {
		if n > 10 {
			err = fmt.Errorf("n too large: %d", n)
			n = 10
		}
	}()
	n = 42
	return n, nil
}

func main() {
	fmt.Println(processAll([]string{"a", "b", "c"}))
	fmt.Println(strings.Join(perIteration([]string{"x", "y"}), ", "))
	fmt.Println(countdown())
	fmt.Println(deferredNamed())
	for i := 0; i < 3; i++ {
		defer fmt.Println("main deferred", i)
	}
	fmt.Println("main body done")
}
