// The declared Go API of package math/rand/v2 as chanscope provides it (see ../README.md).
export const source = String.raw`package rand

// Implemented natively with Go's algorithms (PCG, Lemire's bounded method);
// the top-level functions draw from the engine's seeded generator.

type Source interface {
	Uint64() uint64
}

type Rand struct {
	src Source
}

func New(src Source) *Rand {
	return &Rand{src: src}
}

func (r *Rand) Int64() int64
func (r *Rand) Uint32() uint32
func (r *Rand) Uint64() uint64
func (r *Rand) Int32() int32
func (r *Rand) Int() int
func (r *Rand) Uint() uint
func (r *Rand) Int64N(n int64) int64
func (r *Rand) Uint64N(n uint64) uint64
func (r *Rand) Int32N(n int32) int32
func (r *Rand) Uint32N(n uint32) uint32
func (r *Rand) IntN(n int) int
func (r *Rand) UintN(n uint) uint
func (r *Rand) Float64() float64
func (r *Rand) Float32() float32
func (r *Rand) Perm(n int) []int
func (r *Rand) Shuffle(n int, swap func(i, j int))
func (r *Rand) NormFloat64() float64
func (r *Rand) ExpFloat64() float64

type PCG struct {
	hi uint64
	lo uint64
}

func NewPCG(seed1, seed2 uint64) *PCG {
	return &PCG{seed1, seed2}
}

func (p *PCG) Seed(seed1, seed2 uint64) {
	p.hi = seed1
	p.lo = seed2
}

func (p *PCG) Uint64() uint64

func Int64() int64
func Uint32() uint32
func Uint64() uint64
func Int32() int32
func Int() int
func Uint() uint
func Int64N(n int64) int64
func Uint64N(n uint64) uint64
func Int32N(n int32) int32
func Uint32N(n uint32) uint32
func IntN(n int) int
func UintN(n uint) uint
func Float64() float64
func Float32() float32
func Perm(n int) []int
func Shuffle(n int, swap func(i, j int))
func NormFloat64() float64
func ExpFloat64() float64

type intType interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

func N[Int intType](n Int) Int {
	if n <= 0 {
		panic("invalid argument to N")
	}
	return Int(Uint64N(uint64(n)))
}
`;
