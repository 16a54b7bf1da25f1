package main

import "fmt"

type Matrix [][]float64

func NewMatrix(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := NewMatrix(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	out := NewMatrix(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			for k := range b {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out
}

func (a Matrix) String() string {
	s := ""
	for _, row := range a {
		for j, v := range row {
			if j > 0 {
				s += " "
			}
			s += fmt.Sprintf("%7.2f", v)
		}
		s += "\n"
	}
	return s
}

func det(m Matrix) float64 {
	n := len(m)
	if n == 1 {
		return m[0][0]
	}
	d := 0.0
	sign := 1.0
	for c := 0; c < n; c++ {
		sub := NewMatrix(n-1, n-1)
		for i := 1; i < n; i++ {
			cc := 0
			for j := 0; j < n; j++ {
				if j == c {
					continue
				}
				sub[i-1][cc] = m[i][j]
				cc++
			}
		}
		d += sign * m[0][c] * det(sub)
		sign = -sign
	}
	return d
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	fmt.Print(a.Mul(b))
	fmt.Print(b.Mul(a))
	fmt.Print(Identity(3).Mul(b))
	fmt.Println(det(Matrix{{2, 0, 1}, {1, 3, 2}, {1, 1, 1}}), det(Identity(4)))
	fib := Matrix{{1, 1}, {1, 0}}
	p := Identity(2)
	for i := 0; i < 30; i++ {
		p = p.Mul(fib)
	}
	fmt.Println(p[0][1])
	fmt.Println(a)
}
