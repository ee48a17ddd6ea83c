package main

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"math"
	"os"
	"time"

	"golang.org/x/image/font"
	"golang.org/x/image/font/basicfont"
	"golang.org/x/image/math/fixed"
)

// palette colours the contenders' bars, in table order.
var palette = []color.RGBA{
	{0x35, 0x6c, 0xb0, 0xff}, // cpython: blue
	{0x8e, 0x5e, 0xa8, 0xff}, // uvloop: purple
	{0x2a, 0xa1, 0x98, 0xff}, // go: teal
	{0xe0, 0x6c, 0x1f, 0xff}, // asyncgen: orange
}

const (
	barW     = 16
	groupGap = 28
	left     = 70
	top      = 52
	plotH    = 300
	bottom   = 50
)

// chart draws the median wall times as grouped bars, one group per
// workload, on a log scale.
func chart(t *table) *image.RGBA {
	nc := len(t.contenders)
	groupW := nc*barW + groupGap
	width := left + len(t.workloads)*groupW + 20
	img := image.NewRGBA(image.Rect(0, 0, width, top+plotH+bottom))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)

	lo, hi := math.Inf(1), math.Inf(-1)
	for wi := range t.workloads {
		for ci := range t.contenders {
			if c := t.cell(wi, ci); c.ok() {
				v := math.Log10(c.wall().Seconds())
				lo, hi = math.Min(lo, v), math.Max(hi, v)
			}
		}
	}
	if math.IsInf(lo, 1) {
		lo, hi = -3, 0
	}
	lo, hi = math.Floor(lo), math.Ceil(hi)
	if hi == lo {
		hi++
	}
	y := func(log float64) int { return top + plotH - int((log-lo)/(hi-lo)*plotH) }

	grey := color.RGBA{0xcc, 0xcc, 0xcc, 0xff}
	black := color.RGBA{0, 0, 0, 0xff}
	for d := lo; d <= hi; d++ {
		yy := y(d)
		fill(img, left, yy, width-10, yy+1, grey)
		label(img, 4, yy+4, decade(d), black)
	}
	fill(img, left, top, left+1, top+plotH, black)
	for wi, w := range t.workloads {
		x0 := left + 10 + wi*groupW
		for ci := range t.contenders {
			c := t.cell(wi, ci)
			x := x0 + ci*barW
			if !c.ok() {
				label(img, x+2, top+plotH-4, "-", black)
				continue
			}
			fill(img, x, y(math.Log10(c.wall().Seconds())), x+barW-2, top+plotH, palette[ci%len(palette)])
		}
		label(img, x0, top+plotH+16, w.name, black)
	}
	x := left
	for ci, name := range t.contenders {
		fill(img, x, 14, x+12, 26, palette[ci%len(palette)])
		label(img, x+16, 25, name, black)
		x += 24 + 7*len(name)
	}
	label(img, left, top-4, "median wall time, log scale (lower is faster)", black)
	return img
}

// decade labels 10^d seconds.
func decade(d float64) string {
	dur := time.Duration(math.Pow(10, d) * 1e9)
	switch {
	case dur >= time.Second:
		return fmt.Sprintf("%g s", dur.Seconds())
	case dur >= time.Millisecond:
		return fmt.Sprintf("%g ms", float64(dur)/1e6)
	}
	return fmt.Sprintf("%g us", float64(dur)/1e3)
}

func fill(img *image.RGBA, x0, y0, x1, y1 int, c color.Color) {
	draw.Draw(img, image.Rect(x0, y0, x1, y1), image.NewUniform(c), image.Point{}, draw.Src)
}

func label(img *image.RGBA, x, y int, s string, c color.Color) {
	d := font.Drawer{Dst: img, Src: image.NewUniform(c), Face: basicfont.Face7x13, Dot: fixed.P(x, y)}
	d.DrawString(s)
}

// writeChart writes the chart of t as a PNG file.
func writeChart(path string, t *table) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(f, chart(t)); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
