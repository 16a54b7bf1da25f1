package main

import (
	"fmt"
	"strings"
)

var romanVals = []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
var romanSyms = []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}

func toRoman(n int) string {
	var sb strings.Builder
	for i, v := range romanVals {
		for n >= v {
			sb.WriteString(romanSyms[i])
			n -= v
		}
	}
	return sb.String()
}

func fromRoman(s string) int {
	val := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v := val[s[i]]
		if i+1 < len(s) && val[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

func caesar(s string, shift int) string {
	shift = (shift%26 + 26) % 26
	out := []rune(s)
	for i, r := range out {
		switch {
		case r >= 'a' && r <= 'z':
			out[i] = 'a' + (r-'a'+rune(shift))%26
		case r >= 'A' && r <= 'Z':
			out[i] = 'A' + (r-'A'+rune(shift))%26
		}
	}
	return string(out)
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999} {
		r := toRoman(n)
		fmt.Printf("%4d %-12s %d\n", n, r, fromRoman(r))
	}
	msg := "Hello, World! Grüße"
	enc := caesar(msg, 3)
	fmt.Println(enc, "|", caesar(enc, -3), "|", caesar(msg, 29) == enc)
	fmt.Println(reverse(msg), reverse(""), reverse("ab"))
	isPal := func(s string) bool { return s == reverse(s) }
	fmt.Println(isPal("racecar"), isPal("世界世"), isPal("go"))
}
