// errorcheck

// Expression switches (spec: Expression switches): case values must be
// comparable with the tag, constant cases must not repeat.
// wording: go1.20+ `cannot convert "a" (untyped string constant) to type int`;
// go1.19 says "... to int". The duplicate case carries "\n\tprevious case".

package main

func main() {
	x := 1
	s := "b"
	switch x {
	case 1:
	case 1: // ERROR "duplicate case 1 \(constant of type int\) in expression switch"
	case "a": // ERROR "cannot convert .a. \(untyped string constant\) to type int"
	case s: // ERROR "invalid case s in switch on x \(mismatched types string and int\)"
	}
	switch {
	case 1: // ERROR "cannot convert 1 \(untyped int constant\) to type bool|invalid case 1 in switch \(mismatched types untyped int and bool\)"
	}
	switch x {
	default:
	default: // ERROR "multiple defaults"
	}
	f := func() {}
	switch f { // allowed: a func value may be compared to nil
	case nil:
	}
}
