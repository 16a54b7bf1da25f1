package main

import "fmt"

type Fatal struct {
	Reason string
	Code   int
}

func main() {
	defer func() {
		r := recover()
		f := r.(*Fatal)
		fmt.Printf("recovered %T %+v\n", r, *f)
		panic(fmt.Sprintf("fatal: %s (code %d)", f.Reason, f.Code))
	}()
	panic(&Fatal{"disk", 5})
}
