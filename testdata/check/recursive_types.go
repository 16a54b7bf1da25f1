// errorcheck

// Types that contain themselves by value have infinite size (spec: Struct types:
// "A struct type T may not contain a field of type T").
// wording: go1.20+ "invalid recursive type: Node refers to itself" for a one-type
// cycle and "invalid recursive type A\n\tA refers to B\n\tB refers to A" for longer
// ones; go1.19 says "invalid recursive type Node\n\tNode refers to\n\tNode".

package main

type Node struct { // ERROR "invalid recursive type(: Node refers to itself| Node)"
	next Node
}

type A struct{ b B } // ERROR "invalid recursive type A"
type B struct{ a A }

type List struct { // allowed: through a pointer
	next *List
}

func main() {
	_ = Node{}
	_ = A{}
	_ = List{}
}
