package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) Rename(n string) { a.Name = n }
func (a Animal) Sound() string    { return "..." }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Sound() string { return "woof (not " + d.Animal.Sound() + ")" }

type Logger struct{ prefix string }

func (l Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	*Logger
	Animal
	Name string // shadows Animal.Name
}

type Sounder interface{ Sound() string }

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	d.Rename("Max")
	fmt.Println(d.Name, d.Animal.Name)
	fmt.Println(d.Sound())
	var s Sounder = d
	fmt.Println(s.Sound())
	s = d.Animal
	fmt.Println(s.Sound())
	fmt.Printf("%v\n%+v\n", d, d)

	svc := Service{&Logger{"[svc] "}, Animal{"cat", 4}, "outer"}
	svc.Log("started")
	fmt.Println(svc.Name, svc.Animal.Name)
	svc.Rename("lion")
	fmt.Println(svc.Name, svc.Animal.Name, svc.Describe())
	svc.prefix = "[changed] "
	svc.Log("again")

	// embedded pointer is shared between copies
	svc2 := svc
	svc2.prefix = "[shared] "
	svc.Log("via svc")
	svc2.Animal.Name = "tiger"
	fmt.Println(svc.Animal.Name, svc2.Animal.Name)
}
