// errorcheck

// Strings are immutable byte sequences (spec: String types, Index expressions).
// wording: go1.20+ "cannot assign to s[0] (neither addressable nor a map index
// expression)"; go1.19 says "cannot assign to s[0] (value of type byte)".

package main

import "strings"

func main() {
	s := "abc"
	s[0] = 'x'               // ERROR "cannot assign to s\[0\] \(neither addressable nor a map index expression\)"
	_ = s + 1                // ERROR "invalid operation: s \+ 1 \(mismatched types string and untyped int\)"
	var r rune = "a"         // ERROR "cannot use .a. \(untyped string constant\) as rune value in variable declaration"
	_ = &s[0]                // ERROR "invalid operation: cannot take address of s\[0\] \(value of type byte\)"
	_ = s[1:2:3]             // ERROR "invalid operation: 3-index slice of string"
	_ = strings.Contains(s)  // ERROR "not enough arguments in call to strings.Contains\n\thave \(string\)\n\twant \(string, string\)"
	_ = s + string(rune(65)) // allowed
	_ = r
}
