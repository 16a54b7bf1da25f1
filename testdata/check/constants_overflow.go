// errorcheck

// Constants that do not fit the type they meet (spec: Representability).
// wording: go1.22 "constant 300 overflows byte" for an integer constant
// conversion (go.dev/issue/63563); go1.19 says "cannot convert 300 (untyped int
// constant) to type byte".

package main

func main() {
	var b byte = 300 // ERROR "cannot use 300 \(untyped int constant\) as byte value in variable declaration \(overflows\)"
	_ = byte(300)    // ERROR "constant 300 overflows byte"
	const big = 1 << 100
	var n int = big    // ERROR "cannot use big \(untyped int constant 1267650600228229401496703205376\) as int value in variable declaration \(overflows\)"
	x := 1 << 64       // ERROR "cannot use 1 << 64 \(untyped int constant 18446744073709551616\) as int value in assignment \(overflows\)"
	const c int8 = 200 // ERROR "cannot use 200 \(untyped int constant\) as int8 value in constant declaration \(overflows\)"
	var u uint = -1    // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)"
	var k int = 3.5    // ERROR "cannot use 3.5 \(untyped float constant\) as int value in variable declaration \(truncated\)"
	_ = byte(255) + 1  // ERROR "byte\(255\) \+ 1 \(constant 256 of type byte\) overflows byte"
	var r byte = '世'   // ERROR "cannot use .世. \(untyped rune constant 19990\) as byte value in variable declaration \(overflows\)"
	_, _, _, _, _, _ = b, n, x, u, k, r
}
