module github.com/asyncgen/asyncgen

go 1.26
