// errorcheck

// The blank identifier may only appear on the left of an assignment or as a
// declared name (spec: Blank identifier).
// wording: go1.19 "cannot use _ as value or type"; the regexp accepts it and the
// shorter "cannot use _ as value".

package main

func use(int) {}

func main() {
	_ = 1
	x := _ // ERROR "cannot use _ as value"
	use(_) // ERROR "cannot use _ as value"
	_()    // ERROR "cannot use _ as value"
	_ = x
}
