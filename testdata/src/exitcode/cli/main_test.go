package main

import (
	"os"
	"testing"

	"exitcode/sdk"
)

func TestExit(t *testing.T) {
	e := &sdk.APIError{Code: "AUTH_REQUIRED"}
	switch e.Code { // a test file is never reported
	case "AUTH_REQUIRED":
		os.Exit(9)
	case "RATE_LIMITED":
		os.Exit(9)
	}
}
