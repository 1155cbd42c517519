module github.com/py2goasync/py2goasync

go 1.26.0

require github.com/google/go-cmp v0.7.0

require golang.org/x/text v0.43.0

require github.com/dave/jennifer v1.7.1
