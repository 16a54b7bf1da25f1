package main

import "fmt"

// %p and pointer printing where the output does not depend on addresses:
// nil pointers, nil slices, nil maps, nil channels and nil funcs, and %p
// applied to values that are not pointers.
func main() {
	var ip *int
	var s []int
	var m map[string]int
	var ch chan int
	var f func()
	fmt.Printf("%p|%p|%p|%p|%p\n", ip, s, m, ch, f)
	fmt.Printf("%v|%v|%v|%v|%t\n", ip, s, m, ch, f == nil)
	fmt.Printf("%#p|%10p|%-6p|\n", ip, ip, ip)
	fmt.Printf("%d|%x|%#v|%#v\n", ip, ip, ip, ch)
	fmt.Printf("%p|%p|%p\n", 5, "str", struct{}{})
	fmt.Printf("%s|%q\n", ip, ip)
	type node struct{ next *node }
	fmt.Printf("%v %+v %#v\n", node{}, &node{}, node{})
	x := 7
	p := &x
	pp := &p
	fmt.Println(*p, **pp, p == *pp, p != nil)
}
