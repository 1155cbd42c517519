module github.com/py2goasync/py2goasync

go 1.26.0
