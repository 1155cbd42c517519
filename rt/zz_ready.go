package rt

// This file's name sorts last, so its init runs after every other init
// function of the package (the go command presents files to the compiler
// in file name order, and init functions run in that order): every native
// type has its hooks and methods by then.
func init() {
	readyTypes()
}
