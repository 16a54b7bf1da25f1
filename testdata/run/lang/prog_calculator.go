package main

import (
	"fmt"
	"strconv"
	"unicode"
)

// A small recursive-descent parser for + - * / ( ) and unary minus.
type parser struct {
	toks []string
	pos  int
}

func tokenize(s string) ([]string, error) {
	var toks []string
	for i := 0; i < len(s); {
		c := rune(s[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			j := i
			for j < len(s) && (unicode.IsDigit(rune(s[j])) || s[j] == '.') {
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		case c == '+' || c == '-' || c == '*' || c == '/' || c == '(' || c == ')':
			toks = append(toks, string(c))
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return toks, nil
}

func (p *parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}

func (p *parser) expr() float64 {
	v := p.term()
	for p.peek() == "+" || p.peek() == "-" {
		op := p.toks[p.pos]
		p.pos++
		r := p.term()
		if op == "+" {
			v += r
		} else {
			v -= r
		}
	}
	return v
}

func (p *parser) term() float64 {
	v := p.factor()
	for p.peek() == "*" || p.peek() == "/" {
		op := p.toks[p.pos]
		p.pos++
		r := p.factor()
		if op == "*" {
			v *= r
		} else {
			v /= r
		}
	}
	return v
}

func (p *parser) factor() float64 {
	t := p.peek()
	p.pos++
	switch t {
	case "-":
		return -p.factor()
	case "(":
		v := p.expr()
		p.pos++ // ')'
		return v
	}
	f, err := strconv.ParseFloat(t, 64)
	if err != nil {
		panic(err)
	}
	return f
}

func eval(s string) (v float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("eval %q: %v", s, r)
		}
	}()
	toks, err := tokenize(s)
	if err != nil {
		return 0, err
	}
	p := &parser{toks: toks}
	return p.expr(), nil
}

func main() {
	for _, s := range []string{"1 + 2 * 3", "(1 + 2) * 3", "-4 + 10 / 4", "2 * (3 + (4 - 1)) / 3", "1 / 0", "-(-2.5)", "7 $ 2", "3 +", "0.1 + 0.2"} {
		v, err := eval(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-24s = %v\n", s, v)
	}
}
