// errorcheck

// fallthrough must be the last statement of a non-final case of an expression
// switch (spec: Fallthrough statements). Checked by gc's parser.

package main

func main() {
	x := 1
	switch x {
	case 1:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	switch x {
	case 1:
		if x > 0 {
			fallthrough // ERROR "fallthrough statement out of place"
		}
	case 2:
	}
	var v interface{} = x
	switch v.(type) {
	case int:
		fallthrough // ERROR "cannot fallthrough in type switch"
	case string:
	}
	fallthrough // ERROR "fallthrough statement out of place"
}
