package main

import (
	"fmt"
	"strings"
)

// decimal big integers as little-endian digit slices
type Big []int

func FromInt(n int) Big {
	if n == 0 {
		return Big{0}
	}
	var b Big
	for n > 0 {
		b = append(b, n%10)
		n /= 10
	}
	return b
}

func (b Big) MulSmall(k int) Big {
	out := make(Big, 0, len(b)+10)
	carry := 0
	for _, d := range b {
		v := d*k + carry
		out = append(out, v%10)
		carry = v / 10
	}
	for carry > 0 {
		out = append(out, carry%10)
		carry /= 10
	}
	return out
}

func (b Big) Add(c Big) Big {
	var out Big
	carry := 0
	for i := 0; i < len(b) || i < len(c) || carry > 0; i++ {
		v := carry
		if i < len(b) {
			v += b[i]
		}
		if i < len(c) {
			v += c[i]
		}
		out = append(out, v%10)
		carry = v / 10
	}
	return out
}

func (b Big) String() string {
	var sb strings.Builder
	for i := len(b) - 1; i >= 0; i-- {
		sb.WriteByte(byte('0' + b[i]))
	}
	return sb.String()
}

func main() {
	f := FromInt(1)
	for i := 1; i <= 50; i++ {
		f = f.MulSmall(i)
		if i%10 == 0 {
			fmt.Printf("%d! = %v\n", i, f)
		}
	}
	a, b := FromInt(0), FromInt(1)
	for i := 0; i < 150; i++ {
		a, b = b, a.Add(b)
	}
	fmt.Println("fib(150) =", a, len(a), "digits")
	p := FromInt(1)
	for i := 0; i < 100; i++ {
		p = p.MulSmall(2)
	}
	fmt.Println("2^100 =", p)
	sum := 0
	for _, d := range p {
		sum += d
	}
	fmt.Println("digit sum", sum)
}
