package compare

import (
	"testing"

	"compare/sdk"
)

func TestCompare(t *testing.T) {
	e := &sdk.APIError{Code: "RATE_LIMITED"}
	if e.Code == "NOT_IN_THE_CATALOG" { // a test file is never reported
		t.Fatal("unreachable")
	}
}
