// Struct embedding: promoted fields and methods, shadowing by the outer
// type, embedded pointers and interfaces, interface embedding.
package main

import (
	"fmt"
	"sync"
)

type Animal struct {
	Name string
	legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.legs) }
func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Describe() string { return "dog: " + d.Animal.Describe() }

type Logger struct{ prefix string }

func (l *Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

type Service struct {
	*Logger
	sync.Mutex
	hits int
}

func (s *Service) Hit() {
	s.Lock()
	defer s.Unlock()
	s.hits++
	s.Log(fmt.Sprint("hit ", s.hits))
}

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type buffer struct{ data []string }

func (b *buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *buffer) Write(s string) { b.data = append(b.data, s) }

type Counted struct {
	ReadWriter
	reads int
}

func (c *Counted) Read() string {
	c.reads++
	return c.ReadWriter.Read()
}

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.legs, d.Breed)
	fmt.Println(d.Describe())
	d.Rename("Max")
	fmt.Println(d.Animal.Describe())

	s := &Service{Logger: &Logger{prefix: "[svc] "}}
	s.Hit()
	s.Hit()

	var rw ReadWriter = &buffer{}
	rw.Write("a")
	rw.Write("b")
	c := &Counted{ReadWriter: rw}
	fmt.Println(c.Read(), c.Read(), c.Read() == "", c.reads)
	var r Reader = c
	_ = r
}
