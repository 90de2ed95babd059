// Package envelopeuse calls an HTTP-free writer from another HTTP-free
// package.
package envelopeuse

import "writers/envelope"

func body() map[string]any {
	return envelope.Fail("NOT_A_CODE") // want `error code "NOT_A_CODE" is not in the catalog`
}

func good() map[string]any {
	return envelope.Fail("FORBIDDEN")
}
