//go:build wasm

package main

func run() {}
