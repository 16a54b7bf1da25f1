package main

import "fmt"

type Mover interface{ Move(int) }
type Namer interface{ Name() string }

type Car struct {
	name string
	pos  int
}

func (c *Car) Move(d int)   { c.pos += d }
func (c Car) Name() string  { return c.name }
func (c Car) Pos() int      { return c.pos }
func (c Car) TryMove(d int) { c.pos += d } // value receiver: modifies a copy

func main() {
	c := Car{name: "beetle"}
	c.Move(5) // addressable: (&c).Move
	c.TryMove(100)
	fmt.Println(c.Pos())

	var m Mover = &c // only *Car has Move
	m.Move(2)
	fmt.Println(c.pos)

	var n Namer = c // Car has Name; the interface holds a copy
	c.name = "renamed"
	fmt.Println(n.Name(), c.Name())
	n = &c // *Car also has Name (method set includes value methods)
	c.name = "again"
	fmt.Println(n.Name())

	_, ok := interface{}(c).(Mover)
	_, okp := interface{}(&c).(Mover)
	fmt.Println(ok, okp)

	cars := []Car{{"a", 0}, {"b", 0}}
	for i := range cars {
		cars[i].Move(i + 1) // slice elements are addressable
	}
	fmt.Println(cars)
	pc := &cars[0]
	fmt.Println(pc.Name(), (*pc).Pos())

	mp := map[string]*Car{"x": {"x", 0}}
	mp["x"].Move(9)
	fmt.Println(mp["x"].pos)

	type Wrapper struct{ *Car }
	w := Wrapper{&Car{"w", 1}}
	var m2 Mover = w // promoted through embedded pointer
	m2.Move(10)
	fmt.Println(w.pos, w.Name())
}
