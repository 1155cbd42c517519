module github.com/py2goasync/py2goasync

go 1.26

require github.com/google/go-cmp v0.7.0
