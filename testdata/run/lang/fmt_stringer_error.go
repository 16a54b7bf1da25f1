package main

import (
	"errors"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type PtrStringer struct{ N int }

func (p *PtrStringer) String() string { return fmt.Sprintf("PS(%d)", p.N) }

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as string" }

type Gopher struct{ Name string }

func (g Gopher) GoString() string { return "Gopher(" + g.Name + ")" }

type Wrapper struct {
	T Temp
	P PtrStringer
}

type Formatted int

func (f Formatted) Format(s fmt.State, verb rune) {
	w, wok := s.Width()
	fmt.Fprintf(s, "F<%c,%d,%v,%v>", verb, int(f), w, wok)
}

func main() {
	t := Temp(21.456)
	fmt.Println(t)
	fmt.Printf("%v %s %d %.2f %q\n", t, t, t, t, t)
	fmt.Println([]Temp{1, 2})
	fmt.Println(map[string]Temp{"in": 20, "out": -5})

	ps := PtrStringer{3}
	fmt.Println(ps, &ps)
	fmt.Printf("%v %v %+v\n", ps, &ps, ps)
	fmt.Println([]*PtrStringer{&ps}, []PtrStringer{ps})

	e := MyErr{404}
	fmt.Println(e)
	fmt.Printf("%v %s %d %+v %#v\n", e, e, e, e, e)
	var err error = e
	fmt.Println(err, err.Error())

	fmt.Println(Both{})
	fmt.Printf("%v %s\n", Both{}, Both{})

	fmt.Printf("%v %#v %+v\n", Gopher{"g"}, Gopher{"g"}, Gopher{"g"})
	fmt.Printf("%v %+v\n", Wrapper{5, PtrStringer{1}}, Wrapper{5, PtrStringer{1}})

	fmt.Printf("%v|%5d|%s\n", Formatted(7), Formatted(8), Formatted(9))
	fmt.Println(Formatted(1))

	wrapped := fmt.Errorf("context: %w", errors.New("base"))
	fmt.Println(wrapped)
	fmt.Printf("%v | %s | %q\n", wrapped, wrapped, wrapped)
	fmt.Println(fmt.Sprint(t, e), fmt.Sprintln(t, "x"))
}
