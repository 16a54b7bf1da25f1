// CPU-bound: Mandelbrot set membership on a 200x200 grid, 500 iterations.
package main

func main() {
	const size, maxIter = 200, 500
	count := 0
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			cr := 2.0*float64(x)/size - 1.5
			ci := 2.0*float64(y)/size - 1.0
			zr, zi := 0.0, 0.0
			i := 0
			for ; i < maxIter && zr*zr+zi*zi <= 4; i++ {
				zr, zi = zr*zr-zi*zi+cr, 2*zr*zi+ci
			}
			if i == maxIter {
				count++
			}
		}
	}
	println(count)
}
