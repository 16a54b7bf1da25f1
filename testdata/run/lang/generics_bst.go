package main

import (
	"fmt"
	"strings"
)

type Ordered interface {
	~int | ~float64 | ~string
}

type Tree[K Ordered, V any] struct {
	root *treeNode[K, V]
	size int
}

type treeNode[K Ordered, V any] struct {
	key         K
	val         V
	left, right *treeNode[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch {
		case k < (*p).key:
			p = &(*p).left
		case k > (*p).key:
			p = &(*p).right
		default:
			(*p).val = v
			return
		}
	}
	*p = &treeNode[K, V]{key: k, val: v}
	t.size++
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		if k < n.key {
			n = n.left
		} else if k > n.key {
			n = n.right
		} else {
			return n.val, true
		}
	}
	var zero V
	return zero, false
}

func (t *Tree[K, V]) Walk(f func(K, V)) { walk(t.root, f) }

func walk[K Ordered, V any](n *treeNode[K, V], f func(K, V)) {
	if n == nil {
		return
	}
	walk(n.left, f)
	f(n.key, n.val)
	walk(n.right, f)
}

func (t *Tree[K, V]) Height() int { return height(t.root) }

func height[K Ordered, V any](n *treeNode[K, V]) int {
	if n == nil {
		return 0
	}
	l, r := height(n.left), height(n.right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func main() {
	var t Tree[string, int]
	for i, w := range strings.Fields("the quick brown fox jumps over the lazy dog") {
		old, _ := t.Get(w)
		t.Put(w, old+i)
	}
	t.Walk(func(k string, v int) { fmt.Print(k, ":", v, " ") })
	fmt.Println()
	fmt.Println(t.size, t.Height())
	v, ok := t.Get("cat")
	fmt.Println(v, ok)

	nums := &Tree[float64, []string]{}
	for _, x := range []float64{5, 2.5, 7, 1, 3, 6, 8} {
		nums.Put(x, []string{fmt.Sprint(x * 2)})
	}
	nums.Walk(func(k float64, v []string) { fmt.Print(k, v, " ") })
	fmt.Println(nums.Height())
}
