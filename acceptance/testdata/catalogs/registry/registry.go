// Package registry registers the registry's codes.
package registry

import (
	"net/http"

	"example.com/catalogs/errcode"
)

var (
	ErrorCodeBlobUnknown = errcode.Register("registry", errcode.Descriptor{Value: "BLOB_UNKNOWN", Message: "blob unknown to registry", HTTPStatusCode: http.StatusNotFound})
	ErrorCodeDenied      = errcode.Register("registry", errcode.Descriptor{Value: "DENIED", Message: "requested access to the resource is denied", HTTPStatusCode: http.StatusForbidden})
	ErrorCodeUnsupported = errcode.Register("registry", errcode.Descriptor{Value: "UNSUPPORTED", Message: "the operation is unsupported", HTTPStatusCode: 405}) // want `raw status 405; use http.StatusMethodNotAllowed`
)
