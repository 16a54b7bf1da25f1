package main

import (
	"fmt"
	"strings"
)

type Store interface {
	Get(k string) (string, bool)
	Set(k, v string)
}

type mapStore struct{ m map[string]string }

func (s *mapStore) Get(k string) (string, bool) { v, ok := s.m[k]; return v, ok }
func (s *mapStore) Set(k, v string)             { s.m[k] = v }

// loggingStore embeds the interface and overrides one method.
type loggingStore struct {
	Store
	log []string
}

func (l *loggingStore) Set(k, v string) {
	l.log = append(l.log, "set "+k)
	l.Store.Set(k, strings.ToUpper(v))
}

type readOnly struct{ Store }

func (readOnly) Set(k, v string) { fmt.Println("read-only: ignoring", k) }

func fill(s Store) {
	s.Set("a", "apple")
	s.Set("b", "banana")
}

func main() {
	base := &mapStore{m: map[string]string{}}
	ls := &loggingStore{Store: base}
	fill(ls)
	v, ok := ls.Get("a")
	fmt.Println(v, ok, ls.log)
	v, ok = base.Get("b")
	fmt.Println(v, ok)
	ro := readOnly{base}
	fill(ro)
	fmt.Println(len(base.m))

	var empty loggingStore
	fmt.Println(empty.Store == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	empty.Get("x") // nil embedded interface
}
