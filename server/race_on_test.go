//go:build race

package server

// raceEnabled is true under -race, whose shadow memory is not the server's.
const raceEnabled = true
