package main

import "fmt"

type entry struct {
	key, val   string
	prev, next *entry
}

type LRU struct {
	cap        int
	items      map[string]*entry
	head, tail *entry // head = most recent
	evictions  []string
}

func NewLRU(c int) *LRU { return &LRU{cap: c, items: map[string]*entry{}} }

func (l *LRU) unlink(e *entry) {
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		l.head = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	} else {
		l.tail = e.prev
	}
	e.prev, e.next = nil, nil
}

func (l *LRU) pushFront(e *entry) {
	e.next = l.head
	if l.head != nil {
		l.head.prev = e
	}
	l.head = e
	if l.tail == nil {
		l.tail = e
	}
}

func (l *LRU) Get(k string) (string, bool) {
	e, ok := l.items[k]
	if !ok {
		return "", false
	}
	l.unlink(e)
	l.pushFront(e)
	return e.val, true
}

func (l *LRU) Put(k, v string) {
	if e, ok := l.items[k]; ok {
		e.val = v
		l.unlink(e)
		l.pushFront(e)
		return
	}
	if len(l.items) == l.cap {
		old := l.tail
		l.unlink(old)
		delete(l.items, old.key)
		l.evictions = append(l.evictions, old.key)
	}
	e := &entry{key: k, val: v}
	l.items[k] = e
	l.pushFront(e)
}

func (l *LRU) Keys() []string {
	var ks []string
	for e := l.head; e != nil; e = e.next {
		ks = append(ks, e.key)
	}
	return ks
}

func main() {
	c := NewLRU(3)
	for _, k := range []string{"a", "b", "c"} {
		c.Put(k, k+k)
	}
	fmt.Println(c.Keys())
	fmt.Println(c.Get("a"))
	c.Put("d", "dd")
	fmt.Println(c.Keys(), c.evictions)
	fmt.Println(c.Get("b"))
	c.Put("c", "CC")
	c.Put("e", "ee")
	fmt.Println(c.Keys(), c.evictions)
	v, _ := c.Get("c")
	fmt.Println(v, len(c.items))
}
